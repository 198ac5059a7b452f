package org.tandem.shared.identity;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * Brings Ed25519 keys from any provider (the JDK's, Bouncy Castle's, or what the SSH key loader
 * returns) to one form, the JDK's, by way of their standard encodings: SubjectPublicKeyInfo for
 * public keys and the 32-byte seed inside PKCS#8 for private keys.
 */
final class Ed25519KeyConverter {
    private static final AlgorithmIdentifier ED25519 = new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519);
    private static final int KEY_BYTES = 32;
    private static final String SSH_KEY_TYPE = "ssh-ed25519";

    private Ed25519KeyConverter() {}

    /**
     * Converts a key pair to JDK Ed25519 keys.
     *
     * @throws IllegalArgumentException when the keys are not Ed25519 or do not belong together
     */
    static KeyPair toJdk(KeyPair pair) {
        if (pair == null || pair.getPublic() == null || pair.getPrivate() == null) {
            throw new IllegalArgumentException("A key pair needs both its public and its private key");
        }
        byte[] seed = seed(pair.getPrivate());
        byte[] publicKey = rawPublicKey(pair.getPublic());
        if (!Arrays.equals(publicFromSeed(seed), publicKey)) {
            throw new IllegalArgumentException("The private key does not belong to the public key");
        }
        return new KeyPair(publicKey(publicKey), privateKey(seed));
    }

    /** The 32-byte encoding of an Ed25519 public key. */
    static byte[] rawPublicKey(PublicKey key) {
        SubjectPublicKeyInfo info = subjectPublicKeyInfo(key);
        byte[] raw;
        try {
            raw = info.getPublicKeyData().getOctets();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The Ed25519 public key is damaged", e);
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("An Ed25519 public key is " + KEY_BYTES + " bytes");
        }
        return raw;
    }

    static boolean isEd25519(PublicKey key) {
        try {
            rawPublicKey(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether {@code privateKey} is the private half of {@code publicKey}. */
    static boolean belongTogether(PrivateKey privateKey, PublicKey publicKey) {
        try {
            return Arrays.equals(publicFromSeed(seed(privateKey)), rawPublicKey(publicKey));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A JDK private key from a PKCS#8 structure (either version, with or without the public key). */
    static PrivateKey privateKey(PrivateKeyInfo info) {
        return privateKey(seed(info));
    }

    /** The key as one line of an OpenSSH {@code authorized_keys} file, with {@code comment} at the end. */
    static String authorizedKeysLine(PublicKey key, String comment) {
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(blob)) {
            byte[] type = SSH_KEY_TYPE.getBytes(StandardCharsets.US_ASCII);
            out.writeInt(type.length);
            out.write(type);
            byte[] raw = rawPublicKey(key);
            out.writeInt(raw.length);
            out.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String line = SSH_KEY_TYPE + " " + Base64.getEncoder().encodeToString(blob.toByteArray());
        return comment == null || comment.isBlank() ? line : line + " " + comment.strip();
    }

    private static SubjectPublicKeyInfo subjectPublicKeyInfo(PublicKey key) {
        byte[] encoded = key == null ? null : key.getEncoded();
        if (encoded == null) {
            throw new IllegalArgumentException("Not an Ed25519 public key");
        }
        SubjectPublicKeyInfo info;
        try {
            info = SubjectPublicKeyInfo.getInstance(encoded);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
        if (!EdECObjectIdentifiers.id_Ed25519.equals(info.getAlgorithm().getAlgorithm())) {
            throw new IllegalArgumentException("Not an Ed25519 public key (" + key.getAlgorithm() + ")");
        }
        return info;
    }

    private static byte[] seed(PrivateKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new IllegalArgumentException("The private key cannot be exported, so it cannot be used here");
        }
        try {
            return seed(PrivateKeyInfo.getInstance(encoded));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key (" + key.getAlgorithm() + ")", e);
        }
    }

    private static byte[] seed(PrivateKeyInfo info) {
        if (!EdECObjectIdentifiers.id_Ed25519.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
            throw new IllegalArgumentException("Not an Ed25519 private key");
        }
        byte[] seed;
        try {
            seed = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The Ed25519 private key is damaged", e);
        }
        if (seed.length != KEY_BYTES) {
            throw new IllegalArgumentException("An Ed25519 private key is " + KEY_BYTES + " bytes");
        }
        return seed;
    }

    private static byte[] publicFromSeed(byte[] seed) {
        return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
    }

    private static PublicKey publicKey(byte[] raw) {
        try {
            byte[] encoded = new SubjectPublicKeyInfo(ED25519, raw).getEncoded();
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot handle Ed25519 keys", e);
        }
    }

    private static PrivateKey privateKey(byte[] seed) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot handle Ed25519 keys", e);
        }
    }
}
