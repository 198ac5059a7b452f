package org.tandem.shared.pairing;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.util.BigIntegers;
import org.tandem.shared.wire.AesGcmRecordCipher;

/**
 * Derives the session's keys from the pairing with HKDF-SHA256: the J-PAKE keying material is the
 * input key material and the transcript hash the salt, so the keys depend on everything both sides
 * said, not only on the shared point. Each output has its own label, so no two outputs are related:
 * per direction a 32-byte AES key and a 12-byte nonce base, plus the check string.
 */
final class KeySchedule {
    private static final String PREFIX = "tandem v1 ";
    private static final int CHECK_DIGITS = 1_000_000;

    private final byte[] pseudorandomKey;

    private KeySchedule(byte[] pseudorandomKey) {
        this.pseudorandomKey = pseudorandomKey;
    }

    static KeySchedule derive(BigInteger keyingMaterial, byte[] transcriptHash) {
        // The keying material is a P-256 x coordinate: fixed width, so both sides hash the same bytes.
        byte[] inputKey = BigIntegers.asUnsignedByteArray(32, keyingMaterial);
        try {
            return new KeySchedule(new HKDFBytesGenerator(SHA256Digest.newInstance()).extractPRK(transcriptHash, inputKey));
        } finally {
            Arrays.fill(inputKey, (byte) 0);
        }
    }

    /** The label of records sent by {@code sender}, e.g. {@code tandem v1 technician to customer}. */
    static String directionLabel(PairingRole sender) {
        return PREFIX + name(sender) + " to " + name(sender.peer());
    }

    /** A fresh cipher for the records {@code sender} sends: the sender seals with it, the peer opens. */
    AesGcmRecordCipher cipherFrom(PairingRole sender) {
        String direction = name(sender) + " to " + name(sender.peer());
        byte[] key = expand("key " + direction, AesGcmRecordCipher.KEY_BYTES);
        byte[] nonceBase = expand("nonce " + direction, AesGcmRecordCipher.NONCE_BYTES);
        try {
            return new AesGcmRecordCipher(key, nonceBase, directionLabel(sender));
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(nonceBase, (byte) 0);
        }
    }

    /**
     * Six digits, grouped {@code 123 456}, that both screens show. Equal check strings mean both ends
     * hold the same keys; the 64-bit value's bias modulo a million is far below one in a billion.
     */
    String checkString() {
        long value = ByteBuffer.wrap(expand("check string", Long.BYTES)).getLong();
        int digits = (int) Long.remainderUnsigned(value, CHECK_DIGITS);
        // Locale.ROOT: some locales format digits in other scripts, and both screens must match.
        return String.format(Locale.ROOT, "%03d %03d", digits / 1000, digits % 1000);
    }

    private byte[] expand(String label, int length) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(SHA256Digest.newInstance());
        hkdf.init(HKDFParameters.skipExtractParameters(pseudorandomKey, (PREFIX + label).getBytes(StandardCharsets.US_ASCII)));
        byte[] out = new byte[length];
        hkdf.generateBytes(out, 0, length);
        return out;
    }

    private static String name(PairingRole role) {
        return role == PairingRole.TECHNICIAN ? "technician" : "customer";
    }
}
