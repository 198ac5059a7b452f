package org.tandem.shared.identity;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Reads a technician's SSH private key (OpenSSH format, or PEM) with the SSH library's own loader,
 * asking for the passphrase on the terminal when the key is protected.
 */
final class OpenSshKeyReader {
    private OpenSshKeyReader() {}

    /**
     * @return the Ed25519 key pair in the file, as JDK keys
     * @throws IOException when the file cannot be read, holds no single key pair, or the key is not Ed25519
     */
    static KeyPair read(Path file) throws IOException {
        List<KeyPair> pairs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> loaded = SecurityUtils.loadKeyPairIdentities(
                    null, NamedResource.ofName(file.toString()), in, OpenSshKeyReader::askPassphrase);
            if (loaded != null) {
                loaded.forEach(pairs::add);
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IOException("Cannot read the SSH private key " + file + ": " + e.getMessage()
                    + " (a key with a passphrase needs a terminal to type it in)", e);
        }
        if (pairs.size() != 1) {
            throw new IOException(file + " is not an SSH private key file with exactly one key"
                    + " (give the private key, not the .pub file)");
        }
        try {
            return Ed25519KeyConverter.toJdk(pairs.get(0));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage() + "; Tandem technicians use Ed25519 keys"
                    + " (ssh-keygen -t ed25519)", e);
        }
    }

    /** A {@code FilePasswordProvider}: asks on the terminal, or gives up when there is none. */
    private static String askPassphrase(Object session, NamedResource resource, int retryIndex) {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] passphrase = console.readPassword("Passphrase for %s: ", resource.getName());
        return passphrase == null ? null : new String(passphrase);
    }
}
