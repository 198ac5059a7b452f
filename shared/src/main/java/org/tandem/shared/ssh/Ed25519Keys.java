package org.tandem.shared.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Ed25519 key pairs in the files OpenSSH uses: an unencrypted OpenSSH private key readable only by
 * its owner, and an authorized_keys line in a {@code .pub} file beside it. Both the relay host key
 * and technician keys are kept this way, so {@code ssh -i} and {@code ssh-keygen} work on them.
 */
public final class Ed25519Keys {
    /** The OpenSSH name of the key type. */
    public static final String KEY_TYPE = KeyPairProvider.SSH_ED25519;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private Ed25519Keys() {}

    public static KeyPair generate() {
        try {
            return KeyUtils.generateKeyPair(KEY_TYPE, 256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot make Ed25519 keys", e);
        }
    }

    /**
     * Reads the key pair stored at {@code privateKeyFile}, or makes a new one there (with parent
     * folders and the {@code .pub} file) when there is none yet.
     *
     * @throws IOException when the file cannot be read or written, or holds something else than an
     *     unencrypted Ed25519 key
     */
    public static KeyPair loadOrCreate(Path privateKeyFile) throws IOException {
        Objects.requireNonNull(privateKeyFile, "privateKeyFile");
        Path publicKeyFile = publicKeyFile(privateKeyFile);
        try {
            KeyPair existing = load(privateKeyFile);
            if (Files.notExists(publicKeyFile)) {
                writePublicKey(existing.getPublic(), publicKeyFile, commentFor(privateKeyFile));
            }
            return existing;
        } catch (NoSuchFileException absent) {
            KeyPair created = generate();
            writePrivateKey(created, privateKeyFile, commentFor(privateKeyFile));
            writePublicKey(created.getPublic(), publicKeyFile, commentFor(privateKeyFile));
            return created;
        }
    }

    /** The authorized_keys line for a key, e.g. {@code ssh-ed25519 AAAA... alice@example}. */
    public static String authorizedKeysLine(PublicKey key, String comment) {
        Objects.requireNonNull(key, "key");
        String entry = PublicKeyEntry.toString(key);
        if (comment == null || comment.isBlank()) {
            return entry;
        }
        if (comment.indexOf('\n') >= 0 || comment.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("A key comment must fit on one line");
        }
        return entry + " " + comment.strip();
    }

    /** The fingerprint OpenSSH shows for a key: {@code SHA256:} and unpadded base64. */
    public static String fingerprint(PublicKey key) {
        Objects.requireNonNull(key, "key");
        return KeyUtils.getFingerPrint(key);
    }

    /** The {@code .pub} file kept beside a private key file. */
    public static Path publicKeyFile(Path privateKeyFile) {
        return privateKeyFile.resolveSibling(privateKeyFile.getFileName() + ".pub");
    }

    private static KeyPair load(Path file) throws IOException {
        Iterable<KeyPair> pairs;
        try (InputStream in = Files.newInputStream(file)) {
            pairs = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()), in, null);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot read the key in " + file + ": " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IOException("Cannot read the key in " + file + ": " + e.getMessage(), e);
        }
        Iterator<KeyPair> it = pairs == null ? null : pairs.iterator();
        if (it == null || !it.hasNext()) {
            throw new IOException("No private key found in " + file);
        }
        KeyPair pair = it.next();
        if (!KEY_TYPE.equals(KeyUtils.getKeyType(pair))) {
            throw new IOException(file + " holds a " + KeyUtils.getKeyType(pair) + " key; an Ed25519 key is needed");
        }
        return pair;
    }

    private static void writePrivateKey(KeyPair pair, Path file, String comment) throws IOException {
        writeOwnerOnly(file, out -> {
            try {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, comment, null, out);
            } catch (GeneralSecurityException e) {
                throw new IOException("Cannot encode the key for " + file, e);
            }
        });
    }

    private static void writePublicKey(PublicKey key, Path file, String comment) throws IOException {
        byte[] line = (authorizedKeysLine(key, comment) + "\n").getBytes(StandardCharsets.UTF_8);
        createParent(file);
        Files.write(file, line);
    }

    /** Writes to a temporary file that only the owner can read, then moves it into place. */
    private static void writeOwnerOnly(Path file, StreamWriter writer) throws IOException {
        Path dir = createParent(file);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path temp = posix
                ? Files.createTempFile(dir, "." + file.getFileName(), ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path createParent(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return dir;
    }

    private static String commentFor(Path privateKeyFile) {
        return "tandem-" + privateKeyFile.getFileName();
    }

    @FunctionalInterface
    private interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }
}
