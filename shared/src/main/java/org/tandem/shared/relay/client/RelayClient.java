package org.tandem.shared.relay.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.sshd.client.ClientBuilder;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.future.OpenFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientUserAuthServiceFactory;
import org.apache.sshd.common.channel.StreamingChannel;
import org.apache.sshd.common.future.CancelOption;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactoryFactory;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.tandem.shared.relay.RelayProtocol;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.ssh.SshAlgorithms;

/**
 * Connects to Tandem relays over SSH. One instance serves a whole app; each connection is one SSH
 * session with one {@code tandem} subsystem channel.
 *
 * <p>Relay host keys are trusted on first use and kept in a known_hosts file; a relay whose key
 * has changed is refused.
 */
public final class RelayClient implements AutoCloseable {
    /** How long the relay may take to let a slow reader catch up before a write gives up. */
    private static final Duration WRITE_STALL_LIMIT = Duration.ofMinutes(2);
    /** How often a wait for the TCP connection looks whether the person cancelled. */
    private static final Duration CANCEL_CHECK = Duration.ofMillis(50);
    /**
     * Keeps idle sessions alive through NAT and the relay's idle timeout, and notices a relay that
     * stopped answering: each heartbeat asks for a reply, and after {@value #HEARTBEATS_UNANSWERED}
     * unanswered ones in a row (under 10 s) the connection is given up. Only until the link's own
     * heartbeats take over ({@link RelayLink#heartbeatsTakeOver}, {@link RelayKeepalive}).
     */
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);
    private static final int HEARTBEATS_UNANSWERED = 3;
    private static final String HEARTBEAT_REQUEST = "keepalive@openssh.com";

    private final SshClient ssh;
    private final Path knownRelaysFile;
    private final KnownRelaysVerifier verifier;

    private RelayClient(SshClient ssh, Path knownRelaysFile, KnownRelaysVerifier verifier) {
        this.ssh = ssh;
        this.knownRelaysFile = knownRelaysFile;
        this.verifier = verifier;
    }

    /**
     * Starts a client that records relay host keys in {@code knownRelaysFile} (created with its
     * folder when missing).
     */
    public static RelayClient start(Path knownRelaysFile) {
        Objects.requireNonNull(knownRelaysFile, "knownRelaysFile");
        Path file = knownRelaysFile.toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder for " + file, e);
        }
        KnownRelaysVerifier verifier = new KnownRelaysVerifier(file);
        SshClient ssh = SshAlgorithms.applyTo(ClientBuilder.builder(), ClientBuilder.DH2KEX)
                .signatureFactories(SshAlgorithms.hostKeySignatures())
                .serverKeyVerifier(verifier)
                .hostConfigEntryResolver(HostConfigEntryResolver.EMPTY)
                .build();
        ssh.setIoServiceFactoryFactory(new Nio2ServiceFactoryFactory());
        ssh.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        ssh.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        ssh.setServiceFactories(List.of(ClientUserAuthServiceFactory.INSTANCE, new RelayKeepalive()));
        CoreModuleProperties.WAIT_FOR_SPACE_TIMEOUT.set(ssh, WRITE_STALL_LIMIT);
        CoreModuleProperties.HEARTBEAT_INTERVAL.set(ssh, HEARTBEAT);
        CoreModuleProperties.HEARTBEAT_REQUEST.set(ssh, HEARTBEAT_REQUEST);
        CoreModuleProperties.HEARTBEAT_NO_REPLY_MAX.set(ssh, HEARTBEATS_UNANSWERED);
        // Keystrokes and frame requests are small and latency-bound: Nagle's algorithm would hold
        // each back for a delayed acknowledgement (about 40 ms a keystroke, docs/performance.md).
        CoreModuleProperties.TCP_NODELAY.set(ssh, true);
        ssh.start();
        return new RelayClient(ssh, file, verifier);
    }

    /**
     * Logs in with a technician key listed on the relay.
     *
     * @param user any name but the guest user {@value RelayProtocol#CUSTOMER_USER}; the relay
     *     logs it
     */
    public RelayConnection connectAsTechnician(RelayAddress relay, String user, KeyPair key, Duration timeout)
            throws IOException {
        return connectAsTechnician(relay, user, key, timeout, new ConnectAttempt());
    }

    /**
     * As {@link #connectAsTechnician(RelayAddress, String, KeyPair, Duration)}, given up at once when
     * {@code attempt} is cancelled; the connection returned is held by {@code attempt} until it finishes.
     *
     * @throws ConnectCancelledException when {@code attempt} was cancelled: nothing is left open
     */
    public RelayConnection connectAsTechnician(RelayAddress relay, String user, KeyPair key, Duration timeout,
            ConnectAttempt attempt) throws IOException {
        Objects.requireNonNull(key, "key");
        requireTechnicianUser(user);
        return connect(relay, user, key, timeout, attempt);
    }

    /** Logs in as the guest user, which may only join a waiting technician. */
    public RelayConnection connectAsCustomer(RelayAddress relay, Duration timeout) throws IOException {
        return connectAsCustomer(relay, timeout, new ConnectAttempt());
    }

    /**
     * As {@link #connectAsCustomer(RelayAddress, Duration)}, given up at once when {@code attempt} is
     * cancelled; the connection returned is held by {@code attempt} until it finishes.
     *
     * @throws ConnectCancelledException when {@code attempt} was cancelled: nothing is left open
     */
    public RelayConnection connectAsCustomer(RelayAddress relay, Duration timeout, ConnectAttempt attempt)
            throws IOException {
        return connect(relay, RelayProtocol.CUSTOMER_USER, null, timeout, attempt);
    }

    /** The known_hosts file this client reads and adds relay host keys to. */
    public Path knownRelaysFile() {
        return knownRelaysFile;
    }

    @Override
    public void close() {
        ssh.close(true);
    }

    private RelayConnection connect(RelayAddress relay, String user, KeyPair key, Duration timeout,
            ConnectAttempt attempt) throws IOException {
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(attempt, "attempt");
        Deadline deadline = Deadline.after(timeout);
        ClientSession session = openSession(relay, user, deadline, attempt);
        try {
            attempt.opened(() -> session.close(true));
            if (key != null) {
                session.addPublicKeyIdentity(key);
            }
            authenticate(session, relay, user, key, deadline, attempt);
            RelayNotes notes = new RelayNotes();
            ChannelSubsystem channel = openChannel(session, relay, deadline, notes, attempt);
            RelayConnection connection = new RelayConnection(relay, session, channel, notes);
            attempt.opened(connection);
            return connection;
        } catch (IOException | RuntimeException e) {
            session.close(true);
            if (attempt.isCancelled() && !(e instanceof ConnectCancelledException)) {
                throw new ConnectCancelledException(e); // what failed was closed by the cancel
            }
            throw e;
        }
    }

    private ClientSession openSession(RelayAddress relay, String user, Deadline deadline, ConnectAttempt attempt)
            throws IOException {
        attempt.checkNotCancelled();
        ConnectFuture connecting = ssh.connect(user, relay.host(), relay.port());
        // A cancelled future ignores the session MINA makes when the TCP connection comes after all,
        // and that session would stay open. So a cancel leaves the future be and closes whatever session
        // it brings, now or later; the wait looks for a cancel between short waits.
        attempt.opened(() -> connecting.addListener(RelayClient::closeWhatItBrings));
        boolean done = false;
        while (!done && !attempt.isCancelled() && !deadline.remaining().isZero()) {
            done = connecting.await(min(CANCEL_CHECK, deadline.remaining()));
        }
        attempt.checkNotCancelled();
        if (!done) {
            connecting.addListener(RelayClient::closeWhatItBrings);
            throw noAnswer(relay, deadline);
        }
        Throwable failure = connecting.getException();
        if (failure != null || connecting.getSession() == null) {
            throw new IOException("Cannot reach the relay at " + relay + ": " + reason(failure), failure);
        }
        return connecting.getSession();
    }

    private static void closeWhatItBrings(ConnectFuture future) {
        if (future.isConnected()) {
            future.getSession().close(true);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void authenticate(ClientSession session, RelayAddress relay, String user, KeyPair key,
            Deadline deadline, ConnectAttempt attempt) throws IOException {
        AuthFuture auth = session.auth();
        boolean done = auth.await(deadline.remaining(), CancelOption.CANCEL_ON_TIMEOUT);
        attempt.checkNotCancelled();
        requireSameHostKey(session, relay);
        if (!done) {
            throw noAnswer(relay, deadline);
        }
        if (auth.isSuccess()) {
            return;
        }
        if (key == null) {
            throw new RelayLoginRefusedException("The relay at " + relay + " did not let the customer in: "
                    + reason(auth.getException()), auth.getException());
        }
        throw new RelayLoginRefusedException("The relay at " + relay + " did not accept the technician key "
                + Ed25519Keys.fingerprint(key.getPublic()) + " for '" + user + "'. Its operator can add this line"
                + " to the relay's technicians file: " + Ed25519Keys.authorizedKeysLine(key.getPublic(), user),
                auth.getException());
    }

    private ChannelSubsystem openChannel(ClientSession session, RelayAddress relay, Deadline deadline, RelayNotes notes,
            ConnectAttempt attempt) throws IOException {
        ChannelSubsystem channel = session.createSubsystemChannel(RelayProtocol.SUBSYSTEM);
        channel.setStreaming(StreamingChannel.Streaming.Sync);
        channel.setErr(notes);
        OpenFuture open = channel.open();
        boolean done = open.await(deadline.remaining(), CancelOption.CANCEL_ON_TIMEOUT);
        attempt.checkNotCancelled();
        if (!done) {
            throw noAnswer(relay, deadline);
        }
        if (!open.isOpened()) {
            throw new IOException("The relay at " + relay + " refused the " + RelayProtocol.SUBSYSTEM + " channel: "
                    + reason(open.getException()), open.getException());
        }
        return channel;
    }

    private void requireSameHostKey(ClientSession session, RelayAddress relay) throws IOException {
        KnownRelaysVerifier.HostKeyChange change = verifier.changeFor(session).orElse(null);
        if (change != null) {
            throw new RelayHostKeyChangedException("The relay at " + relay + " presented host key "
                    + Ed25519Keys.fingerprint(change.presented()) + ", but host key "
                    + Ed25519Keys.fingerprint(change.recorded()) + " is on record for it. Refusing to connect:"
                    + " someone may be posing as the relay. If its operator replaced the key on purpose,"
                    + " remove the relay's line from " + knownRelaysFile + ".");
        }
    }

    static IOException noAnswer(RelayAddress relay, Deadline deadline) {
        return new SocketTimeoutException(
                "The relay at " + relay + " did not answer within " + deadline.describe());
    }

    static String reason(Throwable failure) {
        if (failure == null) {
            return "no reason given";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static void requireTechnicianUser(String user) {
        if (user == null || user.isBlank() || !user.strip().equals(user) || user.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A technician user name must be a non-empty name without"
                    + " surrounding spaces or control characters, got: '" + user + "'");
        }
        if (RelayProtocol.CUSTOMER_USER.equals(user)) {
            throw new IllegalArgumentException("'" + RelayProtocol.CUSTOMER_USER
                    + "' is the relay's guest user; a technician logs in under another name");
        }
    }
}
