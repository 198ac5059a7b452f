package org.tandem.relay.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.relay.RelayProtocol;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * Accepts the public keys listed in the technicians file (OpenSSH authorized_keys format), under
 * any user name but the guest one. The file is read again whenever it changes, so adding or
 * removing a technician needs no restart. Lines that cannot be read are skipped with a warning.
 */
public final class TechnicianKeysAuthenticator implements PublickeyAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(TechnicianKeysAuthenticator.class);

    private final Path file;
    private List<PublicKey> keys = List.of();
    private FileStamp loaded;

    public TechnicianKeysAuthenticator(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        if (RelayProtocol.CUSTOMER_USER.equals(username)) {
            return false;
        }
        boolean listed = currentKeys().stream().anyMatch(k -> KeyUtils.compareKeys(k, key));
        if (!listed) {
            LOG.info("Refused key {} for '{}' from {}: not in {}",
                    KeyUtils.getFingerPrint(key), username, session.getClientAddress(), file);
        }
        return listed;
    }

    /** The keys listed now, read again if the file changed since the last call. */
    public synchronized List<PublicKey> currentKeys() {
        FileStamp now = FileStamp.of(file);
        if (!now.equals(loaded)) {
            keys = read();
            loaded = now;
            LOG.info("{} technician key(s) listed in {}", keys.size(), file);
        }
        return keys;
    }

    private List<PublicKey> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            LOG.warn("No technicians file at {}: no technician can log in", file);
            return List.of();
        } catch (IOException e) {
            LOG.error("Cannot read the technicians file {}: {}; no technician can log in", file, e.getMessage());
            return List.of();
        }
        List<PublicKey> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
                PublicKey key = entry == null ? null : entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
                if (key == null) {
                    throw new IOException("not a public key line");
                }
                if (!entry.getLoginOptions().isEmpty()) {
                    throw new IOException("options such as " + entry.getLoginOptions().keySet()
                            + " are not supported; list the bare key");
                }
                result.add(key);
                LOG.debug("Technician key {} from {}:{}", Ed25519Keys.fingerprint(key), file, i + 1);
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                LOG.warn("Skipped {}:{}: {}", file, i + 1, e.getMessage());
            }
        }
        return List.copyOf(result);
    }

    /** Enough of a file's metadata to notice that it changed. */
    private record FileStamp(boolean exists, FileTime modified, long size, Object fileKey) {
        static FileStamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileStamp(true, attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
            } catch (IOException e) {
                return new FileStamp(false, null, -1, null);
            }
        }
    }
}
