package org.tandem.shared.wire;

/**
 * Protects one record of the session envelope. This is where end-to-end encryption plugs into the
 * record layer: the writer seals every record before framing it and the reader opens every record
 * after unframing it, so nothing above this interface sees ciphertext and nothing below sees
 * plaintext.
 *
 * <p>Implementations are stateful (per-direction counters) and must be used by one writer or one
 * reader at a time.
 */
public interface RecordCipher {

    /** Returns the record to put on the wire for this plaintext. */
    byte[] seal(byte[] plaintext);

    /**
     * Returns the plaintext of a record read from the wire.
     *
     * @throws RecordException when the record fails authentication or arrives out of order
     */
    byte[] open(byte[] record) throws RecordException;

    /** How many bytes {@link #seal} adds to a plaintext. */
    int overhead();
}
