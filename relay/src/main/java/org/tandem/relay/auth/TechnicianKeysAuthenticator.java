package org.tandem.relay.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.relay.audit.AuditSink;
import org.tandem.relay.connection.ConnectionState;
import org.tandem.relay.limit.AdmissionControl;
import org.tandem.shared.relay.RelayProtocol;

/**
 * Accepts the public keys listed in the technicians file, under any user name but the guest one.
 * The file is read again whenever it changes, so adding or removing a technician needs no
 * restart. A key that is not listed counts as a failed login of its address; a key that is
 * records the technician's name on the connection for the audit log.
 */
public final class TechnicianKeysAuthenticator implements PublickeyAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(TechnicianKeysAuthenticator.class);

    private final TechniciansFile file;
    private final AdmissionControl admission;
    private final AuditSink audit;
    private List<TechnicianKey> keys = List.of();
    private FileStamp loaded;

    public TechnicianKeysAuthenticator(Path file, AdmissionControl admission, AuditSink audit) {
        this.file = new TechniciansFile(Objects.requireNonNull(file, "file"));
        this.admission = Objects.requireNonNull(admission, "admission");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        ConnectionState state = ConnectionState.of(session);
        String fingerprint = KeyUtils.getFingerPrint(key);
        if (RelayProtocol.CUSTOMER_USER.equals(username)) {
            return false;
        }
        Optional<TechnicianKey> listed = currentKeys().stream().filter(k -> KeyUtils.compareKeys(k.key(), key)).findFirst();
        if (listed.isEmpty()) {
            admission.loginFailed(state.source(), "key " + fingerprint + " for '" + username + "' is not listed");
            audit.write("auth", Map.of("source", state.source(), "user", username, "key", fingerprint, "result", "refused"));
            return false;
        }
        state.technician(listed.get().name(), fingerprint);
        return true;
    }

    /** Called once the login succeeded, to write it to the audit log. */
    public void loggedIn(ServerSession session) {
        ConnectionState state = ConnectionState.of(session);
        if (state.technician() != null) {
            audit.write("auth", Map.of("source", state.source(), "user", session.getUsername(), "key",
                    state.keyFingerprint(), "technician", state.technician(), "result", "accepted"));
        }
    }

    /** The keys listed now, read again if the file changed since the last call. */
    public synchronized List<TechnicianKey> currentKeys() {
        FileStamp now = FileStamp.of(file.path());
        if (!now.equals(loaded)) {
            keys = file.read();
            loaded = now;
            LOG.info("{} technician key(s) listed in {}", keys.size(), file.path());
        }
        return keys;
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
