package org.tandem.shared.wire;

/**
 * A stand-in for the real cipher that is just strong enough to show the record layer's seam works:
 * it scrambles every byte, and appends one check byte: the XOR of the plaintext bytes and of a
 * per-direction record counter. A flipped bit, or a record replayed or taken out of order (within
 * 256 records), fails to open. Not cryptography; tests only.
 */
final class CountingChecksumRecordCipher implements RecordCipher {
    private static final int MASK = 0x5A;

    private int sealed;
    private int opened;

    @Override
    public byte[] seal(byte[] plaintext) {
        byte[] record = new byte[plaintext.length + 1];
        for (int i = 0; i < plaintext.length; i++) {
            record[i] = (byte) (plaintext[i] ^ MASK);
        }
        record[plaintext.length] = check(plaintext, sealed++);
        return record;
    }

    @Override
    public byte[] open(byte[] record) throws RecordException {
        if (record.length < 1) {
            throw new RecordException("Record too short to carry its check byte");
        }
        byte[] plaintext = new byte[record.length - 1];
        for (int i = 0; i < plaintext.length; i++) {
            plaintext[i] = (byte) (record[i] ^ MASK);
        }
        if (record[plaintext.length] != check(plaintext, opened)) {
            throw new RecordException("Record " + opened + " failed its check");
        }
        opened++;
        return plaintext;
    }

    @Override
    public int overhead() {
        return 1;
    }

    int sealedCount() {
        return sealed;
    }

    private static byte check(byte[] plaintext, int counter) {
        int check = counter;
        for (byte b : plaintext) {
            check ^= b;
        }
        return (byte) check;
    }
}
