package org.tandem.shared.wire;

/**
 * Passes records through unchanged. Only for tests of the layers above the cipher, and for the
 * pre-pairing walking skeleton; a session that has paired keys never uses it.
 */
public final class UnprotectedRecordCipher implements RecordCipher {

    @Override
    public byte[] seal(byte[] plaintext) {
        return plaintext.clone();
    }

    @Override
    public byte[] open(byte[] record) {
        return record.clone();
    }

    @Override
    public int overhead() {
        return 0;
    }
}
