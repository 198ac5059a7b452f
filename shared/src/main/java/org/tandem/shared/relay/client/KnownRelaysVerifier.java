package org.tandem.shared.relay.client;

import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.PublicKey;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * Trust on first use for relay host keys, kept in a file in OpenSSH known_hosts format. A relay
 * seen for the first time is recorded; a relay whose key changed is refused, and the change is
 * left on the session so the caller can say what happened.
 *
 * <p>This is enough because the relay never sees the session in clear: the end-to-end key
 * exchange on the session code is what protects the customer, not the relay's identity.
 */
final class KnownRelaysVerifier extends KnownHostsServerKeyVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(KnownRelaysVerifier.class);

    /** Set on a session whose relay presented another key than the one on record. */
    static final AttributeKey<HostKeyChange> HOST_KEY_CHANGE = new AttributeKey<>();

    record HostKeyChange(PublicKey recorded, PublicKey presented) {}

    /**
     * The same, kept here too: a refused session may be closed, and its attributes cleared, before
     * the client asks why its login failed.
     */
    private final java.util.Map<ClientSession, HostKeyChange> changes =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    KnownRelaysVerifier(Path knownRelaysFile) {
        super(KnownRelaysVerifier::trustOnFirstUse, knownRelaysFile);
    }

    private static boolean trustOnFirstUse(ClientSession session, SocketAddress remote, PublicKey key) {
        LOG.info("First connection to the relay at {}: recording its host key {}", remote, Ed25519Keys.fingerprint(key));
        return true;
    }

    @Override
    public boolean acceptModifiedServerKey(ClientSession session, SocketAddress remote, KnownHostEntry entry,
            PublicKey expected, PublicKey actual) {
        HostKeyChange change = new HostKeyChange(expected, actual);
        changes.put(session, change);
        session.setAttribute(HOST_KEY_CHANGE, change);
        LOG.warn("The relay at {} presented host key {} but {} is on record; refusing it",
                remote, Ed25519Keys.fingerprint(actual), Ed25519Keys.fingerprint(expected));
        return false;
    }

    /** The key change this verifier refused for {@code session}, if it refused one. */
    java.util.Optional<HostKeyChange> changeFor(ClientSession session) {
        HostKeyChange change = session.getAttribute(HOST_KEY_CHANGE);
        return java.util.Optional.ofNullable(change != null ? change : changes.get(session));
    }
}
