package org.tandem.relay;

import java.io.IOException;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.global.KeepAliveHandler;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactoryFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.global.NoMoreSessionsHandler;
import org.apache.sshd.server.session.ServerConnectionServiceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.relay.auth.CustomerGuestAuthenticatorFactory;
import org.tandem.relay.auth.TechnicianKeysAuthenticator;
import org.tandem.relay.channel.RelayChannelSessionFactory;
import org.tandem.relay.rendezvous.NameplateRegistry;
import org.tandem.relay.rendezvous.RendezvousService;
import org.tandem.relay.rendezvous.RendezvousSubsystem;
import org.tandem.relay.rendezvous.RendezvousSubsystemFactory;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.ssh.SshAlgorithms;

/**
 * The relay's SSH server (Apache MINA SSHD on its NIO2 transport). It offers one thing: the
 * {@code tandem} subsystem, to technicians with a listed key and to the guest user. No shell, no
 * commands, no forwarding of any kind.
 */
public final class RelayServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RelayServer.class);
    /** Sent in the SSH identification line instead of the library name and version. */
    private static final String SOFTWARE_VERSION = "TandemRelay";
    private static final int PIPE_BUFFER_SIZE = 32 * 1024;
    private static final Duration AUTH_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_AUTH_REQUESTS = 6;
    /** A client needs one channel; a second lets it reconnect before the old one is gone. */
    private static final int MAX_CHANNELS_PER_SESSION = 2;

    private final SshServer ssh;
    private final ExecutorService channelThreads;
    private final ScheduledExecutorService timer;
    private final InetSocketAddress address;
    private final String hostKeyFingerprint;

    private RelayServer(SshServer ssh, ExecutorService channelThreads, ScheduledExecutorService timer,
            InetSocketAddress address, String hostKeyFingerprint) {
        this.ssh = ssh;
        this.channelThreads = channelThreads;
        this.timer = timer;
        this.address = address;
        this.hostKeyFingerprint = hostKeyFingerprint;
    }

    /** Creates the data folder, host key and technicians file as needed, and starts listening. */
    public static RelayServer start(RelaySettings settings) throws IOException {
        Files.createDirectories(settings.dataDir());
        KeyPair hostKey = Ed25519Keys.loadOrCreate(settings.hostKeyFile());
        createTechniciansFile(settings.techniciansFile());

        ExecutorService channelThreads = Executors.newCachedThreadPool(daemonThreads("tandem-relay-channel-"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("tandem-relay-timer-"));
        RendezvousService rendezvous = new RendezvousService(
                new NameplateRegistry<RendezvousSubsystem>(Clock.systemUTC(), settings.nameplateLifetime(), new SecureRandom()),
                channelThreads, timer, PIPE_BUFFER_SIZE, settings.maxJoinAttempts());

        SshServer ssh = SshAlgorithms.applyTo(ServerBuilder.builder(), ServerBuilder.DH2KEX)
                .signatureFactories(SshAlgorithms.userKeySignatures())
                .channelFactories(List.of(new RelayChannelSessionFactory()))
                .forwardingFilter(RejectAllForwardingFilter.INSTANCE)
                .globalRequestHandlers(List.of(KeepAliveHandler.INSTANCE, NoMoreSessionsHandler.INSTANCE))
                .build();
        ssh.setIoServiceFactoryFactory(new Nio2ServiceFactoryFactory());
        ssh.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        ssh.setServiceFactories(List.of(new CustomerGuestAuthenticatorFactory(), ServerConnectionServiceFactory.INSTANCE));
        ssh.setUserAuthFactories(List.of(new UserAuthPublicKeyFactory(SshAlgorithms.userKeySignatures())));
        ssh.setPublickeyAuthenticator(new TechnicianKeysAuthenticator(settings.techniciansFile()));
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
        // The relay forwards small, latency-bound records (keystrokes, frame requests) at once.
        CoreModuleProperties.TCP_NODELAY.set(ssh, true);
        CoreModuleProperties.AUTH_TIMEOUT.set(ssh, AUTH_TIMEOUT);
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(ssh, MAX_AUTH_REQUESTS);
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(ssh, MAX_CHANNELS_PER_SESSION);

        ssh.setHost(settings.listen().host());
        ssh.setPort(settings.listen().port());
        try {
            ssh.start();
        } catch (IOException | RuntimeException e) {
            channelThreads.shutdownNow();
            timer.shutdownNow();
            throw new IOException("Cannot listen on " + settings.listen() + ": " + e.getMessage(), e);
        }
        InetSocketAddress bound = boundAddress(ssh, settings.listen());
        String fingerprint = Ed25519Keys.fingerprint(hostKey.getPublic());
        LOG.info("Relay data in {}; technicians listed in {}", settings.dataDir(), settings.techniciansFile());
        return new RelayServer(ssh, channelThreads, timer, bound, fingerprint);
    }

    /** The address actually bound, with the real port when port 0 was asked for. */
    public InetSocketAddress address() {
        return address;
    }

    /** The host key as OpenSSH shows it, e.g. {@code SHA256:...}. */
    public String hostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    @Override
    public void close() {
        try {
            ssh.stop(true);
        } catch (IOException e) {
            LOG.warn("Stopping the SSH server: {}", e.getMessage());
        } finally {
            timer.shutdownNow();
            channelThreads.shutdownNow();
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
                    # e.g. the content of a technician's id_ed25519.pub. Changes apply without a restart.
                    """, StandardCharsets.UTF_8);
            LOG.info("Created an empty technicians file at {}", file);
        } catch (FileAlreadyExistsException e) {
            // kept as it is
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
