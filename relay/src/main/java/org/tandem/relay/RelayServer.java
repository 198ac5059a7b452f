package org.tandem.relay;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.global.KeepAliveHandler;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactoryFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.global.NoMoreSessionsHandler;
import org.apache.sshd.server.session.ServerConnectionServiceFactory;
import org.apache.sshd.server.session.ServerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.relay.audit.JsonLinesAuditLog;
import org.tandem.relay.auth.CustomerGuestAuthenticatorFactory;
import org.tandem.relay.auth.TechnicianKeysAuthenticator;
import org.tandem.relay.channel.RelayChannelSessionFactory;
import org.tandem.relay.connection.ConnectionGate;
import org.tandem.relay.connection.ConnectionState;
import org.tandem.relay.limit.AdmissionControl;
import org.tandem.relay.limit.RefusalLog;
import org.tandem.relay.rendezvous.NameplateRegistry;
import org.tandem.relay.rendezvous.RendezvousService;
import org.tandem.relay.rendezvous.RendezvousSubsystem;
import org.tandem.relay.rendezvous.RendezvousSubsystemFactory;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.ssh.SshAlgorithms;

/**
 * The relay's SSH server (Apache MINA SSHD on its NIO2 transport). It offers one thing: the
 * {@code tandem} subsystem, to technicians with a listed key and to the guest user, one channel
 * per connection. No shell, no commands, no forwarding of any kind. Every channel is served by
 * SSHD's I/O threads and one timer thread: the thread count does not grow with sessions.
 */
public final class RelayServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RelayServer.class);
    /** Sent in the SSH identification line instead of the library name and version. */
    private static final String SOFTWARE_VERSION = "TandemRelay";
    /** The relay's own rule is one channel; SSHD's check counts one too few and kills the connection. */
    private static final int SSHD_CHANNEL_LIMIT = 4;
    /** Per connection, what SSHD reads from the socket at once; small, as each idle connection holds one. */
    private static final int READ_BUFFER_SIZE = 8 * 1024;
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);
    private static final Duration REFUSAL_LOG_WINDOW = Duration.ofMinutes(1);

    private final SshServer ssh;
    private final ScheduledExecutorService timer;
    private final InetSocketAddress address;
    private final String hostKeyFingerprint;
    private final RendezvousService rendezvous;
    private final AdmissionControl admission;
    private final ConnectionGate gate;
    private final JsonLinesAuditLog audit;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RelayServer(SshServer ssh, ScheduledExecutorService timer, InetSocketAddress address, String hostKeyFingerprint,
            RendezvousService rendezvous, AdmissionControl admission, ConnectionGate gate, JsonLinesAuditLog audit) {
        this.ssh = ssh;
        this.timer = timer;
        this.address = address;
        this.hostKeyFingerprint = hostKeyFingerprint;
        this.rendezvous = rendezvous;
        this.admission = admission;
        this.gate = gate;
        this.audit = audit;
    }

    /** Creates the data folder, host key and technicians file as needed, and starts listening. */
    public static RelayServer start(RelaySettings settings) throws IOException {
        return start(settings, Clock.systemUTC());
    }

    /** As {@link #start(RelaySettings)}, with the clock every limit and deadline reads. */
    public static RelayServer start(RelaySettings settings, Clock clock) throws IOException {
        Files.createDirectories(settings.dataDir());
        KeyPair hostKey = Ed25519Keys.loadOrCreate(settings.hostKeyFile());
        createTechniciansFile(settings.techniciansFile());
        JsonLinesAuditLog audit = new JsonLinesAuditLog(settings.auditLogFile(), settings.auditLogMaxBytes(),
                settings.auditLogFiles(), clock);

        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tandem-relay-timer");
            thread.setDaemon(true);
            return thread;
        });
        RefusalLog refusals = new RefusalLog(clock, REFUSAL_LOG_WINDOW, audit);
        AdmissionControl admission = new AdmissionControl(clock, settings.limits(), refusals);
        RendezvousService rendezvous = new RendezvousService(
                new NameplateRegistry<RendezvousSubsystem>(clock, settings.nameplateLifetime(), new SecureRandom()),
                admission, audit, timer, clock, settings.maxJoinAttempts());
        ConnectionGate gate = new ConnectionGate(admission, timer, settings.authTimeout(), settings.pairingTimeout(), audit);
        TechnicianKeysAuthenticator technicians = new TechnicianKeysAuthenticator(settings.techniciansFile(), admission, audit);

        SshServer ssh = SshAlgorithms.applyTo(ServerBuilder.builder(), ServerBuilder.DH2KEX)
                .signatureFactories(SshAlgorithms.userKeySignatures())
                .channelFactories(List.of(new RelayChannelSessionFactory(refusals)))
                .forwardingFilter(RejectAllForwardingFilter.INSTANCE)
                .globalRequestHandlers(List.of(KeepAliveHandler.INSTANCE, NoMoreSessionsHandler.INSTANCE))
                .build();
        ssh.setIoServiceFactoryFactory(new Nio2ServiceFactoryFactory());
        ssh.addSessionListener(gate);
        ssh.addSessionListener(new SessionListener() {
            @Override
            public void sessionEvent(Session session, Event event) {
                if (event == Event.Authenticated && session instanceof ServerSession server) {
                    technicians.loggedIn(server);
                    if (ConnectionState.of(session).technician() == null) {
                        audit.write("auth", Map.of("source", ConnectionState.of(session).source(), "user",
                                session.getUsername(), "result", "guest"));
                    }
                }
            }
        });
        ssh.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        ssh.setServiceFactories(List.of(new CustomerGuestAuthenticatorFactory(admission),
                ServerConnectionServiceFactory.INSTANCE));
        ssh.setUserAuthFactories(List.of(new UserAuthPublicKeyFactory(SshAlgorithms.userKeySignatures())));
        ssh.setPublickeyAuthenticator(technicians);
        ssh.setPasswordAuthenticator(null);
        ssh.setKeyboardInteractiveAuthenticator(null);
        ssh.setGSSAuthenticator(null);
        ssh.setHostBasedAuthenticator(null);
        ssh.setShellFactory(null);
        ssh.setCommandFactory(null);
        ssh.setSubsystemFactories(List.of(new RendezvousSubsystemFactory(rendezvous)));

        CoreModuleProperties.SERVER_IDENTIFICATION.set(ssh, SOFTWARE_VERSION);
        CoreModuleProperties.WINDOW_SIZE.set(ssh, (long) settings.windowSize());
        CoreModuleProperties.WAIT_FOR_SPACE_TIMEOUT.set(ssh, settings.writeStallLimit());
        CoreModuleProperties.IDLE_TIMEOUT.set(ssh, settings.idleTimeout());
        CoreModuleProperties.NIO2_READ_BUFFER_SIZE.set(ssh, READ_BUFFER_SIZE);
        // The relay forwards small, latency-bound records (keystrokes, frame requests) at once.
        CoreModuleProperties.TCP_NODELAY.set(ssh, true);
        CoreModuleProperties.AUTH_TIMEOUT.set(ssh, settings.authTimeout());
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(ssh, settings.limits().loginAttemptsPerConnection());
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(ssh, SSHD_CHANNEL_LIMIT);

        ssh.setHost(settings.listen().host());
        ssh.setPort(settings.listen().port());
        try {
            ssh.start();
        } catch (IOException | RuntimeException e) {
            timer.shutdownNow();
            audit.close();
            throw new IOException("Cannot listen on " + settings.listen() + ": " + e.getMessage(), e);
        }
        InetSocketAddress bound = boundAddress(ssh, settings.listen());
        String fingerprint = Ed25519Keys.fingerprint(hostKey.getPublic());
        LOG.info("Relay data in {}; technicians listed in {}; audit log {}", settings.dataDir(),
                settings.techniciansFile(), settings.auditLogFile());
        audit.write("start", Map.of("listen", bound.toString(), "hostKey", fingerprint,
                "maxHeapBytes", Runtime.getRuntime().maxMemory()));
        return new RelayServer(ssh, timer, bound, fingerprint, rendezvous, admission, gate, audit);
    }

    /** The address actually bound, with the real port when port 0 was asked for. */
    public InetSocketAddress address() {
        return address;
    }

    /** The host key as OpenSSH shows it, e.g. {@code SHA256:...}. */
    public String hostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    /** Channels, pairings and bytes, for metrics and tests. */
    public RendezvousService rendezvous() {
        return rendezvous;
    }

    /** The rate limits and their refusal counts. */
    public AdmissionControl admission() {
        return admission;
    }

    /** SSH connections open now, logged in or not. */
    public int openConnections() {
        return ssh.getActiveSessions().size();
    }

    /** Live threads of this JVM. */
    public static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /**
     * Stops: refuses new connections, tells every open channel {@code {"type":"closing"}}, gives
     * them a moment to hear it, then closes everything.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        gate.closeGate();
        audit.write("stop", Map.of("channels", rendezvous.openChannels(), "paired", rendezvous.pairedSessions()));
        try {
            rendezvous.closeAll(SHUTDOWN_GRACE);
            long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
            while (rendezvous.openChannels() > 0 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            ssh.stop(true);
        } catch (IOException e) {
            LOG.warn("Stopping the SSH server: {}", e.getMessage());
        } finally {
            timer.shutdownNow();
            audit.close();
        }
    }

    private static InetSocketAddress boundAddress(SshServer ssh, ListenAddress listen) {
        for (SocketAddress bound : ssh.getBoundAddresses()) {
            if (bound instanceof InetSocketAddress inet) {
                return inet;
            }
        }
        return new InetSocketAddress(listen.host(), ssh.getPort());
    }

    private static void createTechniciansFile(Path file) throws IOException {
        try {
            Files.writeString(Files.createFile(file), """
                    # Technicians allowed to create sessions on this relay: one OpenSSH public key per line,
                    # ending with the technician's name, e.g. the content of a technician's id_ed25519.pub:
                    #   ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA... alice@contoso
                    # Changes apply without a restart. ./tandem relay add-technician appends one safely.
                    """, StandardCharsets.UTF_8);
            LOG.info("Created an empty technicians file at {}", file);
        } catch (FileAlreadyExistsException e) {
            // kept as it is
        }
    }
}
