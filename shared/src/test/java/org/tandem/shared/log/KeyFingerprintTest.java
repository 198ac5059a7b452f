package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void matchesWhatSshKeygenPrintsForAKnownKey(@TempDir Path dir) throws Exception {
        // A key made by ssh-keygen -t ed25519; ssh-keygen -lf printed the fingerprint below for it.
        Path pub = Files.writeString(dir.resolve("known.pub"),
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEa9jOP9T0fx1yGN/uUh7kOGQeedOyAH/Zt/aZ5jESFl someone@example\n");

        assertEquals("SHA256:3PQ1RvMudmdbURtEtUz8CM/qDga+9dV5G4mEHBw9Ef0", KeyFingerprint.of(Ed25519PublicKeyFile.read(pub)));
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
