package org.tandem.relay.rendezvous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tandem.shared.relay.RelayMessageCodec;
import org.tandem.shared.relay.RelayProtocolException;

/**
 * Feeds arbitrary channel data to the relay's envelope reader as the rendezvous subsystem does:
 * in the pieces SSH delivers (the first input byte sets the piece size, 1 to 64 bytes), each line
 * gathered by {@link EnvelopeLineReader} then decoded by {@link RelayMessageCodec}. This is what any
 * guest who logs in can send. A line that breaks the envelope must be a {@link RelayProtocolException};
 * anything else escaping is a finding. The reader must never take a byte past a newline, since what
 * follows it may belong to the paired byte pipe.
 */
class EnvelopeLineReaderFuzzTest {
    private static final RelayMessageCodec CODEC = new RelayMessageCodec();

    @FuzzTest(maxDuration = "5m")
    void readsLines(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int piece = 1 + (data[0] & 0x3F);
        EnvelopeLineReader lines = new EnvelopeLineReader();
        try {
            for (int start = 1; start < data.length; start += piece) {
                int length = Math.min(piece, data.length - start);
                int taken = 0;
                while (taken < length) {
                    int n = lines.feed(data, start + taken, length - taken);
                    assertTrue(n >= 1 && n <= length - taken, "took " + n + " of " + (length - taken));
                    taken += n;
                    byte[] line = lines.take();
                    if (line == null) {
                        assertEquals(length, taken, "an unfinished line must take the whole piece");
                        break;
                    }
                    assertEquals('\n', data[start + taken - 1], "a line ends at its newline, not past it");
                    CODEC.decode(line);
                }
            }
        } catch (RelayProtocolException expected) {
            // the documented way for a line to be refused; the subsystem then closes the channel
        }
    }
}
