package org.tandem.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.history.SessionRecord;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.agent.session.SessionRendezvous;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.CustomerSessionListener;
import org.tandem.customer.session.CustomerState;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalEvents;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.testing.PatternFrameSource;
import org.tandem.shared.testing.SocketLinks;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each way a session can end, driven through both real sessions over a loopback pipe while the
 * technician is in control: each side reads its own sentence, both journals record the same
 * {@code how}, and both recaps say how it ended in their reader's words.
 */
class SessionEndingsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private ScreenSharer sharer;

    @AfterEach
    void closeEverything() {
        if (sharer != null) {
            sharer.close();
        }
        workers.shutdownNow();
    }

    /** Both sides of one live session and the pipe between them. */
    private record Live(AgentSession agent, CustomerSession customer, SocketLinks.Pair links) {}

    static Stream<Arguments> endings() {
        return Stream.of(
                Arguments.of(SessionEnding.TECHNICIAN_ENDED, (Consumer<Live>) live -> live.agent().end()),
                Arguments.of(SessionEnding.TECHNICIAN_CLOSED_WINDOW, (Consumer<Live>) live -> live.agent().endBecauseClosed()),
                Arguments.of(SessionEnding.CUSTOMER_ENDED, (Consumer<Live>) live -> live.customer().end()),
                Arguments.of(SessionEnding.CUSTOMER_CLOSED_WINDOW, (Consumer<Live>) live -> live.customer().endBecauseClosed()),
                Arguments.of(SessionEnding.CONNECTION_LOST, (Consumer<Live>) live -> live.links().first().close()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endings")
    void eachSideReadsItsOwnSentenceAndBothJournalsAndRecapsAgree(SessionEnding expected, Consumer<Live> end,
            @TempDir Path dir) throws Exception {
        BlockingQueue<String> agentDetails = new LinkedBlockingQueue<>();
        BlockingQueue<String> customerDetails = new LinkedBlockingQueue<>();
        CompletableFuture<String> agentEnded = new CompletableFuture<>();
        CompletableFuture<String> customerEnded = new CompletableFuture<>();
        CompletableFuture<Path> customerLog = new CompletableFuture<>();
        SocketLinks.Pair links = SocketLinks.open();

        SessionRendezvous.Factory rendezvous = () -> new SessionRendezvous() {
            @Override
            public String nameplate() {
                return "482";
            }

            @Override
            public RelayLink awaitCustomer(Duration timeout) {
                return links.first();
            }

            @Override
            public void cancel() {
            }
        };
        CompletableFuture<String> code = new CompletableFuture<>();
        AgentSession agent = new AgentSession(new AgentSession.Parts(rendezvous, Optional.empty(), new SecureRandom(),
                Sessions.logsIn(dir.resolve("agent").resolve(SessionHistory.SESSIONS_DIRECTORY), "technician:Dana",
                        Ed25519Keys.generate())), "Dana",
                new AgentSessionListener() {
                    @Override
                    public void stateChanged(AgentState state, String detail) {
                        agentDetails.add(detail);
                        if (state == AgentState.ENDED) {
                            agentEnded.complete(detail);
                        }
                    }

                    @Override
                    public void codeReady(String value) {
                        code.complete(value);
                    }

                    @Override
                    public void paired(String checkString) {
                    }

                    @Override
                    public void controlChanged(ControlState control, String detail) {
                    }
                }, workers, WAIT);
        agent.start("Ticket 4711");

        PatternFrameSource screen = new PatternFrameSource(320, 200);
        sharer = new ScreenSharer(() -> screen, TileScreenEncoder::new, Duration.ofMillis(5));
        CustomerSession customer = new CustomerSession(new CustomerSession.Parts(typed -> links.second(),
                (hello, transcript) -> new IdentityVerdict.Unverified(hello.displayName(), "", "no certificate"),
                sharer, Sessions.control(Sessions.NO_INPUT),
                Sessions.logsIn(dir.resolve("customer"), "customer", Ed25519Keys.generate())::open,
                Sessions.NO_ACTIONS, request -> CompletableFuture.completedFuture(true)),
                new CustomerSessionListener() {
                    @Override
                    public void stateChanged(CustomerState state, String detail) {
                        customerDetails.add(detail);
                        if (state == CustomerState.ENDED) {
                            customerEnded.complete(detail);
                        }
                    }

                    @Override
                    public void paired(String checkString) {
                    }

                    @Override
                    public void technicianIdentified(IdentityVerdict verdict) {
                    }

                    @Override
                    public void sessionRecorded(Path logFile) {
                        customerLog.complete(logFile);
                    }
                }, workers, WAIT);
        customer.connect(SessionCode.parse(code.get(WAIT.toSeconds(), TimeUnit.SECONDS)));
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> agent.state() == AgentState.VIEWING);
        agent.requestControl();
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> agent.control() == ControlState.IN_CONTROL);

        end.accept(new Live(agent, customer, links));

        assertEquals(expected.toTechnician(), agentEnded.get(WAIT.toSeconds(), TimeUnit.SECONDS), agentDetails::toString);
        assertEquals(expected.toCustomer(), customerEnded.get(WAIT.toSeconds(), TimeUnit.SECONDS),
                customerDetails::toString);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> agent.control() == ControlState.VIEW_ONLY);

        List<LogEntry> customerEntries = LogReader.read(customerLog.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        List<LogEntry> agentEntries = LogReader.read(technicianLog(dir.resolve("agent")));
        assertEquals(List.of(expected.code()), hows(customerEntries), "the customer's journal");
        assertEquals(List.of(expected.code()), hows(agentEntries), "the console's journal");

        RecapGenerator recaps = new RecapGenerator();
        String customerRecap = recaps.markdown(customerEntries, org.tandem.shared.log.SessionLogVerifier.verify(
                customerLog.get()), RecapGenerator.Viewpoint.CUSTOMER);
        String agentRecap = recaps.markdown(agentEntries, org.tandem.shared.log.SessionLogVerifier.verify(
                technicianLog(dir.resolve("agent"))), RecapGenerator.Viewpoint.TECHNICIAN);
        assertTrue(customerRecap.contains("## How it ended\n\n- " + expected.toCustomer()), customerRecap);
        assertTrue(agentRecap.contains("## How it ended\n\n- " + expected.toTechnician()), agentRecap);
        assertEquals(expected.failure(), !customerRecap.contains("Nothing more is needed from you"), customerRecap);
        // History's "How it ended" column says which way first.
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> !new SessionHistory(dir.resolve("agent"))
                .list().isEmpty());
        // Read by no console in particular: a technician's ending names them instead of "you" (decision 0050).
        SessionRecord row = new SessionHistory(dir.resolve("agent")).list().get(0);
        assertEquals(expected.labelNaming(row.technician()), row.ending());
        for (String words : Stream.concat(agentDetails.stream(), customerDetails.stream()).toList()) {
            assertFalse(words.matches("(?s).*(Exception|SSH|Socket|closed by|\\bat org\\.).*"),
                    "raw exception text reached a person: " + words);
        }
    }

    private static List<String> hows(List<LogEntry> entries) {
        return entries.stream().map(JournalEvents::read).flatMap(Optional::stream)
                .filter(JournalEvent.SessionEnded.class::isInstance).map(JournalEvent.SessionEnded.class::cast)
                .map(JournalEvent.SessionEnded::how).toList();
    }

    /** The console's log is written under a folder named for the session id. */
    private static Path technicianLog(Path agentDir) throws IOException {
        try (Stream<Path> files = Files.walk(agentDir)) {
            return files.filter(file -> file.getFileName().toString().equals("technician.log")).findFirst().orElseThrow();
        }
    }
}
