package org.tandem.relay.rendezvous;

import java.util.Arrays;
import org.tandem.shared.relay.RelayMessageCodec;
import org.tandem.shared.relay.RelayProtocolException;

/**
 * Gathers relay envelope lines from channel data as it arrives, never taking a byte past a
 * newline: what follows a line may already belong to the byte pipe. Holds at most one line of
 * {@link RelayMessageCodec#MAX_LINE_BYTES}.
 */
final class EnvelopeLineReader {
    private byte[] line = new byte[128];
    private int length;
    private boolean complete;

    /**
     * Takes bytes up to and including the first newline.
     *
     * @return how many bytes were taken
     * @throws RelayProtocolException when the line grows past the limit
     */
    int feed(byte[] data, int offset, int count) throws RelayProtocolException {
        for (int i = 0; i < count; i++) {
            byte b = data[offset + i];
            if (b == '\n') {
                complete = true;
                return i + 1;
            }
            if (length == RelayMessageCodec.MAX_LINE_BYTES) {
                throw new RelayProtocolException("Line longer than " + RelayMessageCodec.MAX_LINE_BYTES + " bytes");
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(line.length * 2, RelayMessageCodec.MAX_LINE_BYTES));
            }
            line[length++] = b;
        }
        return count;
    }

    /** The line completed by {@link #feed}, without its newline, or null while it is not whole yet. */
    byte[] take() {
        if (!complete) {
            return null;
        }
        byte[] whole = Arrays.copyOf(line, length);
        length = 0;
        complete = false;
        return whole;
    }
}
