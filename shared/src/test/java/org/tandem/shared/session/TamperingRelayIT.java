package org.tandem.shared.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.testing.SocketLinks;

/**
 * A relay that meddles with the session after pairing: it flips a byte of a record, replays one, or
 * drops one. Every case ends the session with the reason, and nothing altered reaches the listener.
 */
class TamperingRelayIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final SessionCode CODE = new SessionCode("482", "193775");
    /** The pairing handshake is four frames each way (rounds 1-3 and the key share); records follow. */
    private static final int HANDSHAKE_FRAMES = 4;

    enum Tampering { FLIP_A_BYTE, REPLAY, DROP, REORDER }

    /** Which way the relay meddles: with what the technician sends, or with what the customer sends. */
    enum Direction { TECHNICIAN_TO_CUSTOMER, CUSTOMER_TO_TECHNICIAN }

    static Stream<Arguments> everyMeddlingBothWays() {
        return Stream.of(Direction.values()).flatMap(direction -> Stream.of(Tampering.values())
                .map(tampering -> Arguments.of(direction, tampering)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyMeddlingBothWays")
    void meddlingWithARecordEndsTheSessionWithTheReason(Direction direction, Tampering tampering) throws Exception {
        SocketLinks.Pair technicianToRelay = SocketLinks.open();
        SocketLinks.Pair relayToCustomer = SocketLinks.open();
        boolean towardsCustomer = direction == Direction.TECHNICIAN_TO_CUSTOMER;
        startPipe(technicianToRelay.second(), relayToCustomer.first(), towardsCustomer ? tampering : null);
        startPipe(relayToCustomer.first(), technicianToRelay.second(), towardsCustomer ? null : tampering);

        CompletableFuture<SessionPairing.Paired> customerSide = CompletableFuture.supplyAsync(() -> pair(
                relayToCustomer.second(), PairingRole.CUSTOMER));
        SessionPairing.Paired technician = pair(technicianToRelay.first(), PairingRole.TECHNICIAN);
        SessionPairing.Paired customer = customerSide.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        Recorder atCustomer = new Recorder();
        Recorder atTechnician = new Recorder();
        customer.channel().start(atCustomer, "customer");
        technician.channel().start(atTechnician, "technician");
        List<ControlMessage> sent = List.of(new ControlMessage.SessionEnd("first"), new ControlMessage.ScreenRefresh(),
                ControlMessage.ScreenShareStopped.byCustomer("third"));
        SessionChannel sender = towardsCustomer ? technician.channel() : customer.channel();
        Recorder receiver = towardsCustomer ? atCustomer : atTechnician;
        Recorder other = towardsCustomer ? atTechnician : atCustomer;
        for (ControlMessage message : sent) {
            try {
                sender.send(message);
            } catch (IOException e) {
                break; // the receiver already hung up on a bad record
            }
        }

        SessionEndReason reason = receiver.ended.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(reason.failure(), reason.toString());
        assertEquals(SessionEnding.INVALID_DATA, reason.ending(), "the receiver reads the catalog's words, never the cipher's");
        switch (tampering) {
            case FLIP_A_BYTE -> assertEquals(List.of(), List.copyOf(receiver.received), "nothing altered arrives");
            case REPLAY -> assertEquals(List.of(sent.get(0)), List.copyOf(receiver.received), "the replay is refused");
            case DROP -> assertEquals(List.of(), List.copyOf(receiver.received), "nothing after a gap arrives");
            case REORDER -> assertEquals(List.of(), List.copyOf(receiver.received), "nothing out of order arrives");
        }
        // The receiving side hung up, so the sending side hears of the end too.
        other.ended.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static SessionPairing.Paired pair(RelayLink link, PairingRole role) {
        try {
            return SessionPairing.pair(link, role, CODE, WAIT);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    /** Copies length-prefixed frames from one link to another, meddling with the first record if asked. */
    private static void startPipe(RelayLink from, RelayLink to, Tampering tampering) {
        Thread thread = new Thread(() -> {
            try {
                DataInputStream in = new DataInputStream(from.input());
                DataOutputStream out = new DataOutputStream(to.output());
                byte[] held = null;
                byte[] delayed = null;
                for (int frame = 0; ; frame++) {
                    int length = in.readInt();
                    byte[] body = in.readNBytes(length);
                    int record = frame - HANDSHAKE_FRAMES;
                    if (tampering != null && record == 0) {
                        switch (tampering) {
                            case FLIP_A_BYTE -> body[body.length / 2] ^= 0x01;
                            case REPLAY -> held = body.clone();
                            case DROP -> {
                                continue;
                            }
                            case REORDER -> {
                                delayed = body; // sent after the next one: records 1 and 0 swap places
                                continue;
                            }
                        }
                    } else if (delayed != null) {
                        held = delayed;
                        delayed = null;
                    }
                    out.writeInt(body.length);
                    out.write(body);
                    if (held != null) {
                        out.writeInt(held.length);
                        out.write(held);
                        held = null;
                    }
                    out.flush();
                }
            } catch (EOFException e) {
                to.close();
            } catch (IOException e) {
                to.close();
                from.close();
            }
        }, "tampering-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static final class Recorder implements SessionListener {
        final BlockingQueue<SessionMessage> received = new LinkedBlockingQueue<>();
        final CompletableFuture<SessionEndReason> ended = new CompletableFuture<>();

        @Override
        public void received(SessionMessage message) {
            received.add(message);
        }

        @Override
        public void ended(SessionEndReason reason) {
            ended.complete(reason);
        }
    }
}
