package org.tandem.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.agent.session.RelaySessionRendezvous;
import org.tandem.customer.session.CertificateTechnicianVerifier;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.CustomerSessionListener;
import org.tandem.customer.session.CustomerState;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.relay.RelayServer;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.identity.TrustedOrganisations;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.testing.PatternFrameSource;

/**
 * Wrong codes typed by a customer, through a real relay on loopback, with the customer client's and
 * the console's own session logic at both ends: what each person reads, and that the code cannot be
 * used afterwards. Nothing of the customer's screen is captured.
 */
class WrongCodeOverRelayIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final BlockingQueue<AgentState> agentStates = new LinkedBlockingQueue<>();
    private final List<String> agentDetails = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CompletableFuture<String> shownCode = new CompletableFuture<>();
    private final PatternFrameSource screen = new PatternFrameSource(1024, 640);
    private final List<ScreenSharer> sharers = new java.util.ArrayList<>();
    private RelayServer relay;
    private RelayAddress address;
    private RelayClient agentRelay;
    private RelayClient customerRelay;

    @BeforeEach
    void startRelayAndConsole() throws Exception {
        KeyPair technicianKey = Ed25519Keys.loadOrCreate(dir.resolve("technician_ed25519"));
        relay = Sessions.startRelay(dir.resolve("relay"), technicianKey);
        address = new RelayAddress("127.0.0.1", relay.address().getPort());
        agentRelay = RelayClient.start(dir.resolve("agent-known-relays"));
        customerRelay = RelayClient.start(dir.resolve("customer-known-relays"));
        AgentSession agent = new AgentSession(new AgentSession.Parts(
                RelaySessionRendezvous.factory(agentRelay, address, "dana", technicianKey), Optional.empty(),
                new SecureRandom(), Sessions.logsIn(dir.resolve("agent"), "technician:Dana", technicianKey)), "Dana",
                new AgentSessionListener() {
                    @Override
                    public void stateChanged(AgentState state, String detail) {
                        agentDetails.add(detail);
                        agentStates.add(state);
                    }

                    @Override
                    public void codeReady(String code) {
                        shownCode.complete(code);
                    }

                    @Override
                    public void paired(String checkString) {
                    }

                    @Override
                    public void controlChanged(ControlState state, String detail) {
                    }
                }, workers, WAIT);
        agent.start();
    }

    @AfterEach
    void closeEverything() {
        sharers.forEach(ScreenSharer::close);
        for (AutoCloseable c : new AutoCloseable[] {customerRelay, agentRelay, relay}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // closing anyway
            }
        }
        workers.shutdownNow();
    }

    @Test
    void aWrongSecretEndsBothSidesInPlainWordsAndTheCodeCannotBeUsedAgain() throws Exception {
        SessionCode shown = SessionCode.parse(shownCode.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        String otherSecret = String.format(Locale.ROOT, "%06d", (Integer.parseInt(shown.secret()) + 1) % 1_000_000);

        String typo = typeCode(new SessionCode(shown.nameplate(), otherSecret));

        assertTrue(typo.startsWith("The code did not match."), typo);
        awaitAgent(AgentState.ENDED);
        assertTrue(agentDetails.stream().anyMatch(d -> d.startsWith("The code did not match: the customer typed another"
                + " code, or someone tried to guess it.")), agentDetails.toString());
        String again = typeCode(shown);
        // The customer's first join claimed the nameplate; a claimed number stays taken for its whole lifetime,
        // so nobody (the right code included) can pair on it again.
        assertTrue(again.startsWith("This code is already in use."), "the right code after a failed pairing: " + again);
        assertEquals(0, screen.captures(), "nothing of the screen was captured");
    }

    @Test
    void threeWrongCodesTypedByCustomersBurnTheNameplateAtTheRelay() throws Exception {
        SessionCode shown = SessionCode.parse(shownCode.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        String nameplate = shown.nameplate();
        // The relay's nameplates are 10 digits: the first five find the technician, the rest check it.
        for (int i = 1; i <= 3; i++) {
            String check = String.format(Locale.ROOT, "%05d", (Integer.parseInt(nameplate.substring(5)) + i) % 100_000);
            String words = typeCode(new SessionCode(nameplate.substring(0, 5) + check, shown.secret()));
            assertTrue(words.startsWith("No session has this code."), "try " + i + " is told only that: " + words);
        }

        awaitAgent(AgentState.ENDED);
        assertTrue(agentDetails.contains("Someone tried wrong codes for this session three times, so the relay closed it. "
                + "Press New code and read the new code to your customer."), agentDetails.toString());
        String late = typeCode(shown);
        assertTrue(late.startsWith("This code was closed after wrong tries."), "the right code, too late: " + late);
        assertEquals(0, screen.captures(), "nothing of the screen was captured");
    }

    /** A customer types {@code code} in a fresh client and presses Connect; returns what the client ends with. */
    private String typeCode(SessionCode code) throws Exception {
        ScreenSharer sharer = new ScreenSharer(() -> screen, TileScreenEncoder::new, Duration.ofMillis(5));
        sharers.add(sharer);
        BlockingQueue<String> ended = new LinkedBlockingQueue<>();
        CustomerSession customer = new CustomerSession(new CustomerSession.Parts(
                typed -> customerRelay.connectAsCustomer(address, WAIT).join(typed.nameplate(), WAIT),
                new CertificateTechnicianVerifier(TrustedOrganisations.of(List.of()), Clock.systemUTC()),
                sharer, Sessions.control(Sessions.NO_INPUT),
                Sessions.logsIn(dir.resolve("customer"), "customer", Ed25519Keys.generate())::open, Sessions.NO_ACTIONS,
                request -> CompletableFuture.completedFuture(true)),
                new CustomerSessionListener() {
                    @Override
                    public void stateChanged(CustomerState state, String detail) {
                        if (state == CustomerState.ENDED) {
                            ended.add(detail);
                        }
                    }

                    @Override
                    public void paired(String checkString) {
                    }

                    @Override
                    public void technicianIdentified(IdentityVerdict verdict) {
                    }
                }, workers, WAIT);
        customer.connect(code);
        String words = ended.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (words == null) {
            throw new AssertionError("The customer client did not end after the code " + code.display());
        }
        return words;
    }

    private void awaitAgent(AgentState wanted) throws InterruptedException {
        for (AgentState state = agentStates.poll(WAIT.toSeconds(), TimeUnit.SECONDS); state != wanted;
                state = agentStates.poll(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            if (state == null) {
                throw new AssertionError("The console did not reach " + wanted + ": " + agentDetails);
            }
        }
    }
}
