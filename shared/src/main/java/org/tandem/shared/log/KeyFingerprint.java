package org.tandem.shared.log;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * An Ed25519 public key's fingerprint as OpenSSH prints it ({@code ssh-keygen -lf key.pub}):
 * {@code SHA256:} and the unpadded base64 of the SHA-256 of the key's SSH encoding. The console's
 * and the client's signing keys are OpenSSH keys, so a person can compare the two by eye.
 */
final class KeyFingerprint {
    static final String SSH_KEY_TYPE = "ssh-ed25519";
    static final int KEY_BYTES = 32;

    private KeyFingerprint() {}

    /** @throws IllegalArgumentException when {@code key} is not an Ed25519 public key */
    static String of(PublicKey key) {
        byte[] encoded = key == null ? null : key.getEncoded();
        if (encoded == null) {
            throw new IllegalArgumentException("Not an Ed25519 public key");
        }
        return of(encoded);
    }

    /** @throws IllegalArgumentException when {@code subjectPublicKeyInfo} is not the X.509 encoding of an Ed25519 public key */
    static String of(byte[] subjectPublicKeyInfo) {
        byte[] raw = rawKey(subjectPublicKeyInfo);
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        writeString(blob, SSH_KEY_TYPE.getBytes(StandardCharsets.US_ASCII));
        writeString(blob, raw);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob.toByteArray());
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The 32 bytes of the key inside its X.509 SubjectPublicKeyInfo. */
    static byte[] rawKey(byte[] subjectPublicKeyInfo) {
        SubjectPublicKeyInfo info;
        try {
            info = SubjectPublicKeyInfo.getInstance(subjectPublicKeyInfo);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an X.509 public key", e);
        }
        if (info == null || !EdECObjectIdentifiers.id_Ed25519.equals(info.getAlgorithm().getAlgorithm())) {
            throw new IllegalArgumentException("Not an Ed25519 public key");
        }
        byte[] raw = info.getPublicKeyData().getOctets();
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("An Ed25519 public key is " + KEY_BYTES + " bytes, not " + raw.length);
        }
        return raw;
    }

    /** An SSH {@code string}: a big-endian 32-bit length, then the bytes. */
    private static void writeString(ByteArrayOutputStream out, byte[] bytes) {
        int length = bytes.length;
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        out.writeBytes(bytes);
    }
}
