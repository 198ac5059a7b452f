package org.tandem.shared.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes session records as {@code [u32 length][sealed record]}. A plaintext larger than
 * {@link RecordReader#MAX_PLAINTEXT} is refused here, before anything reaches the wire. Safe for use
 * by several threads: each record is written whole.
 */
public final class RecordWriter {
    private final OutputStream out;
    private final RecordCipher cipher;

    public RecordWriter(OutputStream out, RecordCipher cipher) {
        this.out = Objects.requireNonNull(out, "out");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    public synchronized void write(byte[] plaintext) throws IOException {
        if (plaintext.length > RecordReader.MAX_PLAINTEXT) {
            throw new RecordException("Record of " + plaintext.length + " bytes is over the "
                    + RecordReader.MAX_PLAINTEXT + "-byte limit");
        }
        byte[] sealed = cipher.seal(plaintext);
        byte[] frame = new byte[4 + sealed.length];
        int n = sealed.length;
        frame[0] = (byte) (n >>> 24);
        frame[1] = (byte) (n >>> 16);
        frame[2] = (byte) (n >>> 8);
        frame[3] = (byte) n;
        System.arraycopy(sealed, 0, frame, 4, n);
        out.write(frame);
        out.flush();
    }
}
