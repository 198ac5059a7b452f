package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.tandem.shared.ssh.Ed25519Keys;

class KeyFingerprintTest {
    @Test
    void isTheFingerprintOpenSshPrintsForTheKey() {
        KeyPair key = Ed25519Keys.generate();

        assertEquals(Ed25519Keys.fingerprint(key.getPublic()), KeyFingerprint.of(key.getPublic()));
        assertEquals(Ed25519Keys.fingerprint(key.getPublic()),
                Checkpoint.sign("482-abc", 3, "ab".repeat(32), false, key).signerFingerprint());
    }

    @Test
    void aJdkKeyAndTheSameKeyFromBouncyCastleHaveOneFingerprint() throws Exception {
        KeyPair jdk = SampleSessionLogs.newKey();
        PublicKey bc = KeyFactory.getInstance("Ed25519", new BouncyCastleProvider())
                .generatePublic(new X509EncodedKeySpec(jdk.getPublic().getEncoded()));

        assertEquals(KeyFingerprint.of(jdk.getPublic()), KeyFingerprint.of(bc));
        assertNotEquals(KeyFingerprint.of(jdk.getPublic()), KeyFingerprint.of(SampleSessionLogs.newKey().getPublic()));
    }

    @Test
    void aKeyOfAnotherAlgorithmHasNone() throws Exception {
        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();

        assertThrows(IllegalArgumentException.class, () -> KeyFingerprint.of(ec.getPublic()));
    }
}
