package org.tandem.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.tandem.agent.session.AgentLogs;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.RelaySessionRendezvous;
import org.tandem.customer.CustomerSettings;
import org.tandem.customer.capture.RobotFrameSource;
import org.tandem.customer.control.LocalActivityMonitor;
import org.tandem.customer.control.RobotInputInjector;
import org.tandem.customer.session.CertificateTechnicianVerifier;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.control.OwnWindows;
import org.tandem.customer.session.CustomerControl;
import org.tandem.customer.session.CustomerLogs;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.CustomerSessionListener;
import org.tandem.customer.session.CustomerState;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.relay.ListenAddress;
import org.tandem.relay.RelayServer;
import org.tandem.relay.RelaySettings;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.identity.TrustedOrganisations;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.screen.FrameSource;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * A relay, a customer and a technician in this process, on loopback, as the apps build them but
 * without their windows: the customer shares the real X screen and lets the technician's keys reach
 * it through the real injector, answering both consent prompts yes. The relay's data and both
 * session logs live in a temporary folder that {@link #close()} removes.
 */
final class LoopbackSetup implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TECHNICIAN = "Bench Technician";
    /** Apache MINA SSHD reads settings it was not given from system properties with this prefix. */
    private static final String SSHD_TCP_NODELAY = "org.apache.sshd.config.tcp-nodelay";

    private final Path dir;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "tandem-bench-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final FrameStages stages = new FrameStages();
    private final ConsoleWatcher console = new ConsoleWatcher(stages);
    private final RobotInputInjector robotInjector;
    private final TimedInjector injector;
    private final ScreenSharer sharer;
    private RelayServer relay;
    private RelayClient agentRelay;
    private RelayClient customerRelay;
    private LocalActivityMonitor pointerWatch;
    private AgentSession agent;
    private CustomerSession customer;

    private LoopbackSetup(Duration minFrameInterval) throws IOException {
        robotInjector = RobotInputInjector.forPrimaryScreen(
                (event, reason) -> System.err.println("Not injected: " + event + " (" + reason + ")"));
        dir = Files.createTempDirectory("tandem-bench");
        injector = new TimedInjector(robotInjector);
        sharer = new ScreenSharer(() -> new TimedFrameSource(realScreen(), stages), TileScreenEncoder::new,
                minFrameInterval);
    }

    /**
     * Starts everything and returns once the technician sees the screen and is in control.
     *
     * @param minFrameInterval the screen sharer's wait after an unchanged frame
     * @param tcpNoDelay whether the relay and both clients turn Nagle's algorithm off, which Tandem
     *     does not do (yet): a what-if, set for the whole process
     */
    static LoopbackSetup start(Duration minFrameInterval, boolean tcpNoDelay) throws Exception {
        if (tcpNoDelay) {
            System.setProperty(SSHD_TCP_NODELAY, "true");
        }
        LoopbackSetup setup = new LoopbackSetup(minFrameInterval);
        try {
            setup.connect();
            return setup;
        } catch (Exception | Error e) {
            setup.close();
            throw e;
        }
    }

    AgentSession agent() {
        return agent;
    }

    ConsoleWatcher console() {
        return console;
    }

    FrameStages stages() {
        return stages;
    }

    TimedInjector injector() {
        return injector;
    }

    private void connect() throws Exception {
        KeyPair technicianKey = Ed25519Keys.generate();
        Path relayDir = Files.createDirectories(dir.resolve("relay"));
        Files.writeString(relayDir.resolve(RelaySettings.TECHNICIANS_FILE),
                Ed25519Keys.authorizedKeysLine(technicianKey.getPublic(), "bench") + "\n");
        relay = RelayServer.start(RelaySettings.defaults().withListen(new ListenAddress("127.0.0.1", 0))
                .withDataDir(relayDir));
        RelayAddress address = new RelayAddress("127.0.0.1", relay.address().getPort());

        agentRelay = RelayClient.start(dir.resolve("agent-known-relays"));
        agent = new AgentSession(new AgentSession.Parts(
                RelaySessionRendezvous.factory(agentRelay, address, "bench", technicianKey), Optional.empty(),
                new SecureRandom(), agentLogs(technicianKey)), TECHNICIAN, console, workers, WAIT);
        console.attach(agent);
        agent.start();

        customerRelay = RelayClient.start(dir.resolve("customer-known-relays"));
        CustomerSettings defaults = CustomerSettings.defaults();
        CustomerControl control = new CustomerControl(injector, Clock.systemUTC(), defaults.localActivityPause(),
                OwnWindows.NONE, (granted, detail) -> { });
        customer = new CustomerSession(new CustomerSession.Parts(
                typed -> customerRelay.connectAsCustomer(address, WAIT).join(typed.nameplate(), WAIT),
                new CertificateTechnicianVerifier(TrustedOrganisations.of(List.of()), Clock.systemUTC()),
                sharer, control, customerLogs(), (journal, consent, listener) -> new ActionEngine(
                        new ActionCatalog("Benchmark", List.of()), consent, journal, listener),
                request -> CompletableFuture.completedFuture(true)),
                new QuietCustomer(), workers, WAIT);
        customer.connect(SessionCode.parse(await(console.code)));

        await(console.viewing);
        agent.requestControl();
        await(console.inControl);
        // As the customer's app does once control is granted: the customer's own mouse pauses input.
        pointerWatch = LocalActivityMonitor.ofRealPointer(control.gate(), robotInjector);
        pointerWatch.start();
    }

    private AgentLogs agentLogs(KeyPair key) {
        return id -> SessionLogWriter.create(dir.resolve("agent").resolve(id).resolve("technician.log"), id,
                "technician:" + TECHNICIAN, key, 20, Clock.systemUTC());
    }

    private CustomerLogs customerLogs() {
        KeyPair installKey = Ed25519Keys.generate();
        return id -> SessionLogWriter.create(dir.resolve("customer").resolve(id).resolve("customer.log"), id,
                "customer", installKey, 20, Clock.systemUTC());
    }

    private static FrameSource realScreen() {
        try {
            return new RobotFrameSource();
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (pointerWatch != null) {
            pointerWatch.close();
        }
        if (customer != null) {
            customer.end();
            try {
                console.ended.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // closing anyway
            }
        }
        sharer.close();
        for (AutoCloseable c : new AutoCloseable[] {customerRelay, agentRelay, relay}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing anyway
            }
        }
        workers.shutdownNow();
        deleteQuietly(dir);
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove the benchmark's temporary folder " + root + ": " + e.getMessage());
        }
    }

    /** The customer's view, which the benchmark does not need: the consent prompt answers for the customer. */
    private static final class QuietCustomer implements CustomerSessionListener {
        @Override
        public void stateChanged(CustomerState state, String detail) {
        }

        @Override
        public void paired(String checkString) {
        }

        @Override
        public void technicianIdentified(IdentityVerdict verdict) {
        }
    }
}
