package org.tandem.agent.history;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Objects;
import java.util.Optional;
import org.tandem.shared.log.LogSigner;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * This console's sessions as History reads them (decision 0050): the folder they are kept in, the key
 * the console signs its logs with, and the logs it is writing now. A log whose checkpoints another key
 * signed was written on another console (a colleague's, copied over), whatever name it gives its
 * technician; a log this console is still writing is a session in progress.
 *
 * @param dataDir    the console's data folder; the sessions are in its {@code sessions} folder
 * @param signingKey the fingerprint of this console's key, as OpenSSH prints it; empty when not known,
 *                   and then no log reads as this console's own
 * @param open       the logs of the sessions running in this console now
 */
public record OwnSessions(Path dataDir, Optional<String> signingKey, OpenLogs open) {
    public OwnSessions {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(open, "open");
    }

    /** The sessions of the console that signs with {@code key}, running those in {@code open}. */
    public static OwnSessions of(Path dataDir, KeyPair key, OpenLogs open) {
        return new OwnSessions(dataDir, Optional.of(Ed25519Keys.fingerprint(key.getPublic())), open);
    }

    /** The sessions in {@code dataDir} read by no console in particular: none is its own, none runs. */
    public static OwnSessions readOnly(Path dataDir) {
        return new OwnSessions(dataDir, Optional.empty(), new OpenLogs());
    }

    /** Whether {@code signer}, who signed a log's checkpoints, is this console's own key. */
    public boolean signedHere(Optional<LogSigner> signer) {
        return signingKey.isPresent() && signer.map(LogSigner::fingerprint).equals(signingKey);
    }
}
