package org.tandem.shared.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ed25519KeysTest {
    @TempDir
    Path dir;

    @Test
    void loadOrCreateReturnsTheSameKeyOnTheSecondCall() throws Exception {
        Path file = dir.resolve("keys/technician_ed25519");

        KeyPair created = Ed25519Keys.loadOrCreate(file);
        KeyPair loaded = Ed25519Keys.loadOrCreate(file);

        assertEquals(Ed25519Keys.KEY_TYPE, KeyUtils.getKeyType(loaded));
        assertTrue(KeyUtils.compareKeys(created.getPublic(), loaded.getPublic()), "same public key");
        byte[] data = "relay host key check".getBytes(StandardCharsets.UTF_8);
        assertTrue(verifies(created.getPublic(), data, sign(loaded.getPrivate(), data)),
                "the loaded private key signs for the created public key");
    }

    private static byte[] sign(PrivateKey key, byte[] data) throws Exception {
        Signature signer = SecurityUtils.getEDDSASigner();
        signer.initSigner(null, key);
        signer.update(null, data);
        return signer.sign(null);
    }

    private static boolean verifies(PublicKey key, byte[] data, byte[] signature) throws Exception {
        Signature verifier = SecurityUtils.getEDDSASigner();
        verifier.initVerifier(null, key);
        verifier.update(null, data);
        return verifier.verify(null, signature);
    }

    @Test
    void newKeyFileIsInOpenSshFormatAndReadableOnlyByItsOwner() throws IOException {
        Path file = dir.resolve("host_ed25519");

        Ed25519Keys.loadOrCreate(file);

        String text = Files.readString(file, StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"), text);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void publicKeyFileHoldsTheAuthorizedKeysLine() throws IOException {
        Path file = dir.resolve("host_ed25519");

        KeyPair pair = Ed25519Keys.loadOrCreate(file);

        String pub = Files.readString(dir.resolve("host_ed25519.pub"), StandardCharsets.UTF_8);
        assertEquals(Ed25519Keys.authorizedKeysLine(pair.getPublic(), "tandem-host_ed25519") + "\n", pub);
    }

    @Test
    void missingPublicKeyFileIsWrittenAgain() throws IOException {
        Path file = dir.resolve("host_ed25519");
        KeyPair pair = Ed25519Keys.loadOrCreate(file);
        Files.delete(Ed25519Keys.publicKeyFile(file));

        Ed25519Keys.loadOrCreate(file);

        assertTrue(Files.readString(Ed25519Keys.publicKeyFile(file))
                .startsWith(Ed25519Keys.authorizedKeysLine(pair.getPublic(), null)));
    }

    @Test
    void authorizedKeysLineHasTypeBlobAndComment() {
        KeyPair pair = Ed25519Keys.generate();

        String line = Ed25519Keys.authorizedKeysLine(pair.getPublic(), "alice@example");

        assertTrue(line.matches("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5[A-Za-z0-9+/]+=* alice@example"), line);
    }

    @Test
    void authorizedKeysLineRefusesACommentOnTwoLines() {
        KeyPair pair = Ed25519Keys.generate();

        assertThrows(IllegalArgumentException.class,
                () -> Ed25519Keys.authorizedKeysLine(pair.getPublic(), "a\nssh-ed25519 AAAA evil"));
    }

    @Test
    void fingerprintIsTheUnpaddedSha256OfTheKeyBlobAsOpenSshPrintsIt() throws Exception {
        KeyPair pair = Ed25519Keys.generate();
        String blob = Ed25519Keys.authorizedKeysLine(pair.getPublic(), null).split(" ")[1];
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(blob));
        String expected = "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);

        String fingerprint = Ed25519Keys.fingerprint(pair.getPublic());

        assertEquals(expected, fingerprint);
        assertTrue(fingerprint.matches("SHA256:[A-Za-z0-9+/]{43}"), fingerprint);
    }

    @Test
    void generatedKeysDiffer() {
        assertNotEquals(Ed25519Keys.fingerprint(Ed25519Keys.generate().getPublic()),
                Ed25519Keys.fingerprint(Ed25519Keys.generate().getPublic()));
    }

    @Test
    void aKeyOfAnotherTypeIsRefused() throws Exception {
        Path file = dir.resolve("ecdsa_key");
        KeyPair ecdsa = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(ecdsa, "ec", null, out);
        }

        IOException e = assertThrows(IOException.class, () -> Ed25519Keys.loadOrCreate(file));

        assertTrue(e.getMessage().contains("Ed25519"), e.getMessage());
    }

    @Test
    void aFileThatIsNoKeyIsRefused() throws IOException {
        Path file = dir.resolve("garbage");
        Files.writeString(file, "not a key\n");

        assertThrows(IOException.class, () -> Ed25519Keys.loadOrCreate(file));
    }
}
