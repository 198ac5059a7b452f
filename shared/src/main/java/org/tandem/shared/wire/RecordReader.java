package org.tandem.shared.wire;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads session records written by {@link RecordWriter}. The length prefix is checked against the
 * limit before any buffer is allocated, so a hostile peer cannot make the reader allocate more than
 * one maximum-size record.
 */
public final class RecordReader {
    /** Largest plaintext a record may carry: 64 KiB. */
    public static final int MAX_PLAINTEXT = 64 * 1024;

    private final InputStream in;
    private final RecordCipher cipher;
    private final int maxRecord;

    public RecordReader(InputStream in, RecordCipher cipher) {
        this.in = Objects.requireNonNull(in, "in");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.maxRecord = MAX_PLAINTEXT + cipher.overhead();
    }

    /**
     * Reads the next record's plaintext; empty when the stream ended cleanly between records.
     *
     * @throws RecordException for an oversize or cut-short record or one the cipher rejects
     */
    public Optional<byte[]> read() throws IOException {
        byte[] header = new byte[4];
        int got = readFully(header);
        if (got == 0) {
            return Optional.empty();
        }
        if (got < 4) {
            throw new RecordException("Connection closed inside a record header");
        }
        long length = ((header[0] & 0xFFL) << 24) | ((header[1] & 0xFF) << 16)
                | ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
        if (length > maxRecord) {
            throw new RecordException("Record of " + length + " bytes is over the " + maxRecord + "-byte limit");
        }
        byte[] record = new byte[(int) length];
        if (readFully(record) < record.length) {
            throw new RecordException("Connection closed inside a record");
        }
        return Optional.of(cipher.open(record));
    }

    private int readFully(byte[] buffer) throws IOException {
        int total = 0;
        while (total < buffer.length) {
            int n;
            try {
                n = in.read(buffer, total, buffer.length - total);
            } catch (EOFException e) {
                n = -1;
            }
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
