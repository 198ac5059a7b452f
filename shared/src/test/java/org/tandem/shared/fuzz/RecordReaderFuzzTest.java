package org.tandem.shared.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.tandem.shared.wire.AesGcmRecordCipher;
import org.tandem.shared.wire.RecordCipher;
import org.tandem.shared.wire.RecordException;
import org.tandem.shared.wire.RecordReader;
import org.tandem.shared.wire.UnprotectedRecordCipher;

/**
 * Feeds arbitrary bytes to a {@link RecordReader}, as a hostile relay could. The first byte picks the
 * cipher (even: AES-GCM under a fixed test key, odd: unprotected), the rest is the stream. A record
 * the reader cannot accept must be a {@link RecordException}; anything else escaping is a finding.
 */
class RecordReaderFuzzTest {
    /** The fixed key of the seed corpus; see {@link #gcm()}. */
    static final byte[] KEY = filled(32, 0x4B);
    static final byte[] NONCE_BASE = filled(12, 0x4E);
    static final String DIRECTION = "tandem v1 customer to technician";

    @FuzzTest(maxDuration = "5m")
    void readsRecords(byte[] data) throws IOException {
        if (data.length == 0) {
            return;
        }
        RecordCipher cipher = (data[0] & 1) == 0 ? gcm() : new UnprotectedRecordCipher();
        RecordReader reader = new RecordReader(new ByteArrayInputStream(data, 1, data.length - 1), cipher);
        try {
            while (reader.read().isPresent()) {
                // keep reading until the stream ends or a record is refused
            }
        } catch (RecordException expected) {
            // the documented way for a record to be refused
        }
    }

    static AesGcmRecordCipher gcm() {
        return new AesGcmRecordCipher(KEY, NONCE_BASE, DIRECTION);
    }

    private static byte[] filled(int size, int value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
