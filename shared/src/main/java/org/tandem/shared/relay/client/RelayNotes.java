package org.tandem.shared.relay.client;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.RelayMessageCodec;

/**
 * What the relay says on the channel's extended data stream after pairing: only
 * {@code {"type":"closing"}} so far. Kept as it arrives (at most 1 KiB; the rest is dropped),
 * because the channel's own streams are gone once it closes.
 */
final class RelayNotes extends OutputStream {
    private static final int LIMIT = 1024;
    private static final String CLOSING = new String(new RelayMessageCodec().encode(new RelayMessage.Closing()),
            StandardCharsets.UTF_8).strip();

    private final byte[] kept = new byte[LIMIT];
    private int length;

    @Override
    public synchronized void write(int b) {
        if (length < LIMIT) {
            kept[length++] = (byte) b;
        }
    }

    @Override
    public synchronized void write(byte[] data, int offset, int count) {
        int n = Math.min(count, LIMIT - length);
        if (n > 0) {
            System.arraycopy(data, offset, kept, length, n);
            length += n;
        }
    }

    /** Whether the relay said it is shutting down. */
    synchronized boolean saidClosing() {
        return new String(kept, 0, length, StandardCharsets.UTF_8).contains(CLOSING);
    }
}
