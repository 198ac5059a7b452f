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
 * Derives the session's keys from the pairing with HKDF-SHA256. The input key material is the J-PAKE
 * keying material, the ML-KEM-768 secret and the X25519 secret, concatenated (32 bytes each); the
 * salt is the transcript hash through round 2, which covers every key share. So the keys depend on
 * everything both sides said, and stay secret while any one of the three exchanges holds: a
 * recording of the pipe opens only to someone who breaks ML-KEM as well as elliptic curves.
 *
 * <p>Each output has its own label, so no two outputs are related: per direction a 32-byte AES key
 * and a 12-byte nonce base, the check string, per sender the key confirmation sent in round 3, and
 * the resume secret with its token.
 */
final class KeySchedule {
    private static final String PREFIX = "tandem v2 ";
    private static final int CHECK_DIGITS = 1_000_000;
    private static final int SECRET_BYTES = 32;

    private final byte[] pseudorandomKey;

    private KeySchedule(byte[] pseudorandomKey) {
        this.pseudorandomKey = pseudorandomKey;
    }

    /**
     * @param pakeKeyingMaterial J-PAKE's keying material (a P-256 x coordinate)
     * @param mlKemSecret the ML-KEM-768 shared secret, 32 bytes
     * @param x25519Secret the X25519 shared secret, 32 bytes
     * @param transcriptHash the transcript hash through round 2
     */
    static KeySchedule derive(BigInteger pakeKeyingMaterial, byte[] mlKemSecret, byte[] x25519Secret,
            byte[] transcriptHash) {
        if (mlKemSecret.length != SECRET_BYTES || x25519Secret.length != SECRET_BYTES) {
            throw new IllegalArgumentException("The ML-KEM and X25519 secrets have " + SECRET_BYTES + " bytes each");
        }
        // The keying material is a P-256 x coordinate: fixed width, so both sides hash the same bytes.
        byte[] pakeKey = BigIntegers.asUnsignedByteArray(SECRET_BYTES, pakeKeyingMaterial);
        byte[] inputKey = new byte[3 * SECRET_BYTES];
        System.arraycopy(pakeKey, 0, inputKey, 0, SECRET_BYTES);
        System.arraycopy(mlKemSecret, 0, inputKey, SECRET_BYTES, SECRET_BYTES);
        System.arraycopy(x25519Secret, 0, inputKey, 2 * SECRET_BYTES, SECRET_BYTES);
        Arrays.fill(pakeKey, (byte) 0);
        try {
            return new KeySchedule(new HKDFBytesGenerator(SHA256Digest.newInstance()).extractPRK(transcriptHash, inputKey));
        } finally {
            Arrays.fill(inputKey, (byte) 0);
        }
    }

    /** The label of records sent by {@code sender}, e.g. {@code tandem v2 technician to customer}. */
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
     * What {@code sender} sends in round 3 to prove it derived these keys. Every input of the schedule
     * is in it, so a share altered on the way, or a different transcript, gives another value.
     */
    byte[] confirmation(PairingRole sender) {
        return expand("confirmation from " + name(sender), JpakeMessages.CONFIRMATION_BYTES);
    }

    /**
     * The secret that authorises resuming this session and the public token the relay pairs the
     * reconnecting sides by, each from its own label (decision 0013).
     */
    ResumeSecret resumeSecret() {
        byte[] secret = expand("resume secret", ResumeSecret.SECRET_BYTES);
        byte[] token = expand("resume token", ResumeSecret.TOKEN_BYTES);
        try {
            return new ResumeSecret(secret, token);
        } finally {
            Arrays.fill(secret, (byte) 0);
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
