package org.tandem.shared.pairing;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A relay in memory between a technician and a customer that reads the pairing frames
 * ({@code [u32 length][u8 type][payload]}) passing through and lets a test rewrite, drop, repeat or
 * replace them, as a hostile relay could. Every frame as sent is kept per sender, so a later pairing
 * can be fed an earlier one's messages. When a side closes, the relay closes the other side.
 */
final class FrameRelay {
    /** One pairing frame. */
    record Frame(int type, byte[] payload) {}

    /** What the relay forwards in place of a frame: the frame itself, a changed one, none or several. */
    @FunctionalInterface
    interface Rewrite {
        List<Frame> apply(PairingRole sender, Frame frame);
    }

    static final Rewrite FAITHFUL = (sender, frame) -> List.of(frame);

    private final MemoryPipe technicianPipe = new MemoryPipe();
    private final MemoryPipe customerPipe = new MemoryPipe();
    private final Map<PairingRole, List<Frame>> sent = new ConcurrentHashMap<>();

    FrameRelay(Rewrite rewrite) {
        sent.put(PairingRole.TECHNICIAN, new CopyOnWriteArrayList<>());
        sent.put(PairingRole.CUSTOMER, new CopyOnWriteArrayList<>());
        forward(PairingRole.TECHNICIAN, technicianPipe.second(), customerPipe.first().out(), rewrite);
        forward(PairingRole.CUSTOMER, customerPipe.first(), technicianPipe.second().out(), rewrite);
    }

    /** The technician's end of the relay. */
    MemoryPipe.End technician() {
        return technicianPipe.first();
    }

    /** The customer's end of the relay. */
    MemoryPipe.End customer() {
        return customerPipe.second();
    }

    /** The frames {@code sender} sent, before any rewriting. */
    List<Frame> sentBy(PairingRole sender) {
        return List.copyOf(sent.get(sender));
    }

    /** Writes one frame in the handshake's framing. */
    static void write(OutputStream out, Frame frame) throws IOException {
        HandshakeFrames.write(out, frame.type(), frame.payload());
    }

    private void forward(PairingRole sender, MemoryPipe.End from, OutputStream to, Rewrite rewrite) {
        Thread thread = new Thread(() -> {
            DataInputStream in = new DataInputStream(from.in());
            try {
                while (true) {
                    int length = in.readInt();
                    int type = in.readUnsignedByte();
                    byte[] payload = in.readNBytes(length - 1);
                    Frame frame = new Frame(type, payload);
                    sent.get(sender).add(frame);
                    for (Frame out : rewrite.apply(sender, frame)) {
                        write(to, out);
                    }
                }
            } catch (EOFException e) {
                // the sender hung up: pass it on
            } catch (IOException e) {
                // the test is over or a side broke; close below
            } finally {
                try {
                    to.close();
                } catch (IOException ignored) {
                    // nothing more to tell
                }
            }
        }, "frame-relay-" + sender);
        thread.setDaemon(true);
        thread.start();
    }
}
