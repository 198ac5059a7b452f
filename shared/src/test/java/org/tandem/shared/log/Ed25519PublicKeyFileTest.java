package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.ssh.Ed25519Keys;

class Ed25519PublicKeyFileTest {
    @TempDir
    Path dir;

    private Path privateKeyFile;
    private KeyPair key;

    @BeforeEach
    void makeKey() throws Exception {
        privateKeyFile = dir.resolve("id_ed25519");
        key = Ed25519Keys.loadOrCreate(privateKeyFile);
    }

    @Test
    void readsThePubFileBesideAnOpenSshKey() throws Exception {
        assertArrayEquals(key.getPublic().getEncoded(),
                Ed25519PublicKeyFile.read(Ed25519Keys.publicKeyFile(privateKeyFile)).getEncoded());
    }

    @Test
    void readsTheKeyLineAmongCommentsAndBlankLines() throws Exception {
        String line = Files.readString(Ed25519Keys.publicKeyFile(privateKeyFile)).strip();
        Path file = Files.writeString(dir.resolve("dana.pub"), "# Dana Scully, Contoso Support\n\n" + line + "\n\n");

        assertArrayEquals(key.getPublic().getEncoded(), Ed25519PublicKeyFile.read(file).getEncoded());
    }

    @Test
    void readsAPemPublicKey() throws Exception {
        Path file = pem("dana.pem", "PUBLIC KEY", key.getPublic().getEncoded());

        assertArrayEquals(key.getPublic().getEncoded(), Ed25519PublicKeyFile.read(file).getEncoded());
    }

    @Test
    void refusesWhatIsNotOneEd25519PublicKeyAndSaysWhatItIs() throws Exception {
        String line = Files.readString(Ed25519Keys.publicKeyFile(privateKeyFile)).strip();
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();

        assertRefused(privateKeyFile, "id_ed25519 holds a private key; give the public key instead (the .pub file beside it)");
        assertRefused(pem("rsa.pem", "PUBLIC KEY", rsa.getPublic().getEncoded()),
                "rsa.pem holds a public key that is not Ed25519; Tandem signs logs with Ed25519 keys");
        assertRefused(Files.writeString(dir.resolve("two.pub"), line + "\n" + line + "\n"),
                "two.pub holds more than one line; give a file with one public key");
        assertRefused(Files.writeString(dir.resolve("cut.pub"), line.substring(0, 40) + "\n"),
                "cut.pub holds a damaged ssh-ed25519 key");
        assertRefused(Files.writeString(dir.resolve("empty.pub"), "\n"), "empty.pub holds no public key");
        assertRefused(Files.writeString(dir.resolve("words.txt"), "Dana's key\n"),
                "words.txt does not start with ssh-ed25519; Tandem signs logs with Ed25519 keys (an OpenSSH .pub file or a PEM public key)");
        assertRefused(Files.write(dir.resolve("huge.pub"), new byte[(int) Ed25519PublicKeyFile.MAX_FILE_BYTES + 1]),
                "huge.pub is too large to be a public key file");
        assertRefused(dir.resolve("absent.pub"), "there is no file " + dir.resolve("absent.pub"));
    }

    private static void assertRefused(Path file, String message) {
        assertEquals(message, assertThrows(IOException.class, () -> Ed25519PublicKeyFile.read(file)).getMessage());
    }

    private Path pem(String name, String type, byte[] content) throws Exception {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, content));
        }
        return Files.writeString(dir.resolve(name), text.toString(), StandardCharsets.US_ASCII);
    }
}
