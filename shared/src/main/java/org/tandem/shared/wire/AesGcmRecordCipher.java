package org.tandem.shared.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals records of one direction with AES-256-GCM and a 128-bit tag.
 *
 * <p>The nonce of record number {@code n} is the direction's 12-byte nonce base with {@code n}
 * (64-bit big-endian) XORed into its last 8 bytes. The counter is never sent: the sender uses its
 * next send counter and the receiver its next expected counter, so a record that was altered,
 * replayed, reordered or dropped opens under the wrong nonce and fails its tag. The direction label
 * is the associated data, so a record reflected back to its sender fails too, even if both
 * directions were ever keyed alike.
 *
 * <p>After one record fails, every later {@link #open} fails as well: the stream can no longer be
 * trusted and the session must end.
 */
public final class AesGcmRecordCipher implements RecordCipher {
    /** Bytes in a key: AES-256. */
    public static final int KEY_BYTES = 32;
    /** Bytes in a nonce base and a nonce. */
    public static final int NONCE_BYTES = 12;
    /** Bytes of the GCM tag each record carries. */
    public static final int TAG_BYTES = 16;

    static final String INTEGRITY_FAILURE =
            "A record failed its integrity check: it was altered, replayed, reordered or lost";

    /** Counter value that is never used, so that the counter cannot wrap and repeat a nonce. */
    private static final long EXHAUSTED = -1L;

    private final SecretKeySpec key;
    private final byte[] nonceBase;
    private final byte[] associatedData;
    private final Cipher cipher;
    private long sendCounter;
    private long receiveCounter;
    private boolean failed;

    /**
     * @param key       32-byte AES key of this direction
     * @param nonceBase 12-byte nonce base of this direction
     * @param direction label of this direction, bound into every record as associated data
     */
    public AesGcmRecordCipher(byte[] key, byte[] nonceBase, String direction) {
        this(key, nonceBase, direction, 0);
    }

    /** Starts both counters at {@code firstCounter}; lets tests reach the end of the counter space. */
    AesGcmRecordCipher(byte[] key, byte[] nonceBase, String direction, long firstCounter) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(nonceBase, "nonceBase");
        Objects.requireNonNull(direction, "direction");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("An AES-256 key is " + KEY_BYTES + " bytes, not " + key.length);
        }
        if (nonceBase.length != NONCE_BYTES) {
            throw new IllegalArgumentException("A nonce base is " + NONCE_BYTES + " bytes, not " + nonceBase.length);
        }
        this.key = new SecretKeySpec(key, "AES");
        this.nonceBase = nonceBase.clone();
        this.associatedData = direction.getBytes(StandardCharsets.UTF_8);
        this.sendCounter = firstCounter;
        this.receiveCounter = firstCounter;
        try {
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no AES-GCM", e);
        }
    }

    /**
     * Seals the next record.
     *
     * @throws IllegalStateException when this direction has used up its counter; the session must
     *     end rather than repeat a nonce
     */
    @Override
    public synchronized byte[] seal(byte[] plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        if (sendCounter == EXHAUSTED) {
            throw new IllegalStateException("This session has sent all the records one key may protect; start a new session");
        }
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(sendCounter)));
            cipher.updateAAD(associatedData);
            byte[] sealed = cipher.doFinal(plaintext);
            sendCounter++;
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused to seal a record", e);
        }
    }

    @Override
    public synchronized byte[] open(byte[] record) throws RecordException {
        Objects.requireNonNull(record, "record");
        if (failed) {
            throw new RecordException("Records are refused after an earlier record failed its integrity check");
        }
        if (receiveCounter == EXHAUSTED) {
            failed = true;
            throw new RecordException("The other side sent more records than one key may protect");
        }
        if (record.length < TAG_BYTES) {
            failed = true;
            throw new RecordException(INTEGRITY_FAILURE);
        }
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(receiveCounter)));
            cipher.updateAAD(associatedData);
            byte[] plaintext = cipher.doFinal(record);
            receiveCounter++;
            return plaintext;
        } catch (AEADBadTagException e) {
            failed = true;
            throw new RecordException(INTEGRITY_FAILURE, e);
        } catch (GeneralSecurityException e) {
            failed = true;
            throw new RecordException("AES-GCM refused to open a record", e);
        }
    }

    @Override
    public int overhead() {
        return TAG_BYTES;
    }

    private byte[] nonce(long counter) {
        byte[] nonce = nonceBase.clone();
        for (int i = 0; i < 8; i++) {
            nonce[NONCE_BYTES - 1 - i] ^= (byte) (counter >>> (8 * i));
        }
        return nonce;
    }

    /** Names the direction only; keys never reach a log. */
    @Override
    public String toString() {
        return "AesGcmRecordCipher[" + new String(associatedData, StandardCharsets.UTF_8) + "]";
    }
}
