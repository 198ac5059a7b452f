package org.tandem.shared.log;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * Ed25519 signing and checking with the JDK's provider. A technician key may come from Bouncy
 * Castle or the SSH key loader; the JDK refuses those objects, so they are rebuilt from their
 * standard encodings (the 32-byte seed inside PKCS#8) first.
 */
final class Ed25519Signatures {
    private static final String ALGORITHM = "Ed25519";

    private Ed25519Signatures() {}

    static byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            try {
                signature.initSign(key);
            } catch (InvalidKeyException notAJdkKey) {
                signature.initSign(toJdk(key));
            }
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot sign with this key: it must be an Ed25519 key", e);
        }
    }

    /** Whether {@code signature} (base64) is a valid signature of {@code message} by {@code publicKey} (base64 X.509). */
    static boolean verify(String publicKey, byte[] message, String signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey(publicKey));
            verifier.update(message);
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The JDK public key from its base64 X.509 SubjectPublicKeyInfo. */
    static PublicKey publicKey(String base64) throws GeneralSecurityException {
        byte[] encoded;
        try {
            encoded = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidKeyException("The public key is not base64", e);
        }
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
    }

    /** Base64 of the X.509 SubjectPublicKeyInfo, which the JDK and Bouncy Castle encode alike. */
    static String encode(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new IllegalArgumentException("The public key cannot be encoded");
        }
        try {
            // Round trip through the JDK so that a key of another algorithm is refused here, not at the verifier.
            return Base64.getEncoder().encodeToString(
                    KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded)).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key (" + key.getAlgorithm() + ")", e);
        }
    }

    /** Whether two base64 public keys are the same key. */
    static boolean sameKey(String a, String b) {
        try {
            return Arrays.equals(Base64.getDecoder().decode(a), Base64.getDecoder().decode(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static PrivateKey toJdk(PrivateKey key) throws GeneralSecurityException {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new InvalidKeyException("The private key cannot be exported");
        }
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(encoded);
            if (!EdECObjectIdentifiers.id_Ed25519.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
                throw new InvalidKeyException("Not an Ed25519 private key (" + key.getAlgorithm() + ")");
            }
            byte[] seed = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
        } catch (IOException | RuntimeException e) {
            throw new InvalidKeyException("The Ed25519 private key is damaged", e);
        }
    }
}
