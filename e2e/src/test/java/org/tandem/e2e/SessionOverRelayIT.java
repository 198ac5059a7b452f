package org.tandem.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.tandem.agent.conversation.AgentConversation;
import org.tandem.customer.conversation.CustomerConversation;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;
import org.tandem.agent.history.Integrity;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.history.SessionRecord;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.message.ControlMessage;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.RelaySessionRendezvous;
import org.tandem.customer.session.CertificateTechnicianVerifier;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.CustomerSessionListener;
import org.tandem.customer.session.CustomerState;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.relay.RelayServer;
import org.tandem.agent.session.ActionStatus;
import org.tandem.agent.session.ControlState;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.platform.ActionCatalogFactory;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.CrossCheck;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.LogVerification;
import org.tandem.shared.log.SessionLogVerifier;
import org.testfx.util.WaitForAsyncUtils;
import org.tandem.shared.identity.OrganisationCa;
import org.tandem.shared.identity.TrustedOrganisations;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.testing.PatternFrameSource;

/**
 * The customer's and the technician's session logic, without any UI, paired through a real relay on
 * loopback: frames of a synthetic screen arrive pixel for pixel, frame after frame.
 */
class SessionOverRelayIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private RelayServer relay;
    private RelayClient customerRelay;
    private RelayClient agentRelay;
    private ScreenSharer sharer;

    @AfterEach
    void closeEverything() {
        if (sharer != null) {
            sharer.close();
        }
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
    void aWholeSessionThroughTheRelayIsExactAndLoggedOnBothEnds(@TempDir Path dir) throws Exception {
        KeyPair technicianKey = Ed25519Keys.loadOrCreate(dir.resolve("technician_ed25519"));
        relay = Sessions.startRelay(dir.resolve("relay"), technicianKey);
        RelayAddress address = new RelayAddress("127.0.0.1", relay.address().getPort());

        CompletableFuture<String> code = new CompletableFuture<>();
        CompletableFuture<List<ActionDescriptor>> catalog = new CompletableFuture<>();
        BlockingQueue<ActionStatus> finishedActions = new LinkedBlockingQueue<>();
        BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
        BlockingQueue<AgentState> agentStates = new LinkedBlockingQueue<>();
        agentRelay = RelayClient.start(dir.resolve("agent-known-relays"));
        AgentSession[] agent = new AgentSession[1];
        BlockingQueue<String> stepAnswers = new LinkedBlockingQueue<>();
        java.util.Set<String> chatAtConsole = java.util.concurrent.ConcurrentHashMap.newKeySet();
        CompletableFuture<String> working = new CompletableFuture<>();
        CompletableFuture<String> rating = new CompletableFuture<>();
        CompletableFuture<String> followUp = new CompletableFuture<>();
        agent[0] = new AgentSession(new AgentSession.Parts(
                RelaySessionRendezvous.factory(agentRelay, address, "dana", technicianKey), Optional.empty(),
                new SecureRandom(), Sessions.logsIn(dir.resolve("agent").resolve(SessionHistory.SESSIONS_DIRECTORY),
                "technician:Dana", technicianKey)), "Dana",
                new AgentSessionListener() {
                    @Override
                    public void stateChanged(AgentState state, String detail) {
                        agentStates.add(state);
                    }

                    @Override
                    public void codeReady(String value) {
                        code.complete(value);
                    }

                    @Override
                    public void paired(String checkString) {
                    }

                    @Override
                    public void controlChanged(org.tandem.agent.session.ControlState control, String detail) {
                    }

                    @Override
                    public void actionCatalog(String os, List<ActionDescriptor> actions) {
                        catalog.complete(actions);
                    }

                    @Override
                    public void actionChanged(ActionStatus status) {
                        if (status.stage().isFinished()) {
                            finishedActions.add(status);
                        }
                    }

                    @Override
                    public void planStepAnswered(ControlMessage.PlanStepAnswered answer) {
                        stepAnswers.add(answer.stepId() + (answer.ok() ? " ok" : " not ok"));
                    }

                    @Override
                    public void chatChanged(List<ChatLine> lines) {
                        lines.stream().filter(line -> !line.mine()).forEach(line -> chatAtConsole.add(line.text()));
                    }

                    @Override
                    public void workingAnswered(ControlMessage.WorkingAnswer answer) {
                        working.complete(answer.answer());
                    }

                    @Override
                    public void rated(int stars, String comment) {
                        rating.complete(stars + " " + comment);
                    }

                    @Override
                    public void followUpRequested(String when, String note) {
                        followUp.complete(when + " / " + note);
                    }

                    @Override
                    public void frameReady(Frame frame) {
                        frames.add(new Frame(frame.width(), frame.height(), frame.argb().clone()));
                        agent[0].frameDrawn();
                    }
                }, workers, WAIT);
        agent[0].start("Ticket 4711");

        PatternFrameSource screen = new PatternFrameSource(1024, 640);
        sharer = new ScreenSharer(() -> screen, TileScreenEncoder::new, Duration.ofMillis(5));
        customerRelay = RelayClient.start(dir.resolve("customer-known-relays"));
        CompletableFuture<IdentityVerdict> verdict = new CompletableFuture<>();
        CompletableFuture<Path> recorded = new CompletableFuture<>();
        BlockingQueue<CustomerState> customerStates = new LinkedBlockingQueue<>();
        CustomerSession customer = new CustomerSession(new CustomerSession.Parts(
                typed -> customerRelay.connectAsCustomer(address, WAIT).join(typed.nameplate(), WAIT),
                new CertificateTechnicianVerifier(TrustedOrganisations.of(List.of(
                        OrganisationCa.create("Somebody Else", Clock.systemUTC()).certificate())), Clock.systemUTC()),
                sharer, Sessions.control(Sessions.NO_INPUT),
                Sessions.logsIn(dir.resolve("customer"), "customer", Ed25519Keys.generate())::open,
                (journal, consent, listener) -> new ActionEngine(ActionCatalogFactory.forThisComputer(), consent,
                        journal, listener),
                request -> CompletableFuture.completedFuture(true)),
                new CustomerSessionListener() {
                    @Override
                    public void stateChanged(CustomerState state, String detail) {
                        customerStates.add(state);
                    }

                    @Override
                    public void paired(String checkString) {
                    }

                    @Override
                    public void technicianIdentified(IdentityVerdict value) {
                        verdict.complete(value);
                    }

                    @Override
                    public void sessionRecorded(Path logFile) {
                        recorded.complete(logFile);
                    }
                }, workers, WAIT);
        customer.connect(SessionCode.parse(code.get(WAIT.toSeconds(), TimeUnit.SECONDS)));

        assertInstanceOf(IdentityVerdict.Unverified.class, verdict.get(WAIT.toSeconds(), TimeUnit.SECONDS),
                "a technician without a certificate is not verified");
        for (int n = 0; n < 5; n++) {
            Frame frame = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertTrue(frame != null, "frame " + n + " arrived");
            assertArrayEquals(screen.frame(n + 1).argb(), frame.argb(), "frame " + n + " is exact");
        }

        // A look (no question asked) and a scan (asked first, with its exact target), both run for real.
        List<ActionDescriptor> offered = catalog.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        ActionDescriptor systemInfo = offered.stream().filter(a -> a.id().equals("system-info")).findFirst().orElseThrow();
        ActionDescriptor diskUsage = offered.stream().filter(a -> a.id().equals("disk-usage")).findFirst().orElseThrow();
        Files.writeString(dir.resolve("big.bin"), "x".repeat(100_000));
        agent[0].requestAction(systemInfo, java.util.Map.of());
        ActionStatus info = finishedActions.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(ActionStatus.Stage.DONE, info.stage(), info.describe());
        agent[0].requestAction(diskUsage, java.util.Map.of("folder", dir.toString()));
        ActionStatus usage = finishedActions.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(ActionStatus.Stage.DONE, usage.stage(), usage.describe());
        assertTrue(usage.result().orElseThrow().table().rows().toString().contains("big.bin")
                || usage.result().orElseThrow().lines().toString().contains("big.bin"), usage.result().toString());

        agent[0].requestControl();
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> agent[0].control() == ControlState.IN_CONTROL);
        agent[0].releaseControl();
        // The conversation: a plan with a step that needs the customer's OK, chat both ways, ending well.
        AgentConversation talk = agent[0].conversation().orElseThrow();
        PlanStep look = new PlanStep("s1", "Look at what fills the disk", "", "disk-usage", StepState.DONE);
        talk.setPlan(List.of(look, new PlanStep("s2", "Clear old downloads", "", "", StepState.NEEDS_OK)));
        assertEquals("s2 ok", stepAnswers.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        talk.setPlan(List.of(look, new PlanStep("s2", "Clear old downloads", "", "", StepState.DONE)));
        talk.sendChat("I can see your screen now.");
        CustomerConversation customerTalk = customer.conversation().orElseThrow();
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> customerTalk.chat().stream()
                .anyMatch(line -> line.text().equals("I can see your screen now.")));
        customerTalk.sendChat("Thank you, it works again!");
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> chatAtConsole.contains("Thank you, it works again!"));
        talk.askWorking();
        assertEquals("yes", working.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        customerTalk.rate(5, "Quick and kind");
        customerTalk.followUp("Next week", "Check the backups");
        assertEquals("5 Quick and kind", rating.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals("Next week / Check the backups", followUp.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        customer.stopSharing();
        customer.end();
        while (agentStates.poll(WAIT.toSeconds(), TimeUnit.SECONDS) != AgentState.ENDED) {
            // states until the end
        }
        assertEquals(AgentState.ENDED, agent[0].state());

        // Both logs verify, hold each other's signed receipt, and record every step.
        Path customerLog = recorded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Path technicianLog;
        try (var files = Files.walk(dir.resolve("agent"))) {
            technicianLog = files.filter(f -> f.getFileName().toString().equals("technician.log")).findFirst().orElseThrow();
        }
        for (Path log : List.of(customerLog, technicianLog)) {
            LogVerification checked = SessionLogVerifier.verify(log);
            LogVerification.Intact intact = assertInstanceOf(LogVerification.Intact.class, checked, checked.describe());
            assertTrue(intact.closed() && intact.receipt().isPresent(), log + " is closed with a receipt");
        }
        // Both recaps say exactly what happened, each in its own side's words.
        RecapGenerator recaps = new RecapGenerator(ZoneOffset.UTC);
        String customerRecap = recaps.markdown(LogReader.read(customerLog), SessionLogVerifier.verify(customerLog));
        String technicianRecap = recaps.markdown(LogReader.read(technicianLog), SessionLogVerifier.verify(technicianLog));
        String folder = dir.toString();
        String infoResult = info.result().orElseThrow().summary();
        String usageResult = usage.result().orElseThrow().summary();
        assertTrue(customerRecap.contains("\n**Who helped you:** Dana (their organisation was not verified)  \n"),
                customerRecap);
        assertEquals(List.of("Look at what fills the disk: done", "Clear old downloads: done"),
                items(customerRecap, "## The plan"), customerRecap);
        assertEquals(List.of("Dana: I can see your screen now.", "You: Thank you, it works again!"),
                items(customerRecap, "## Messages"), customerRecap);
        assertEquals(List.of("You ended the session.", "Is everything working now? — you said yes.",
                "Your rating: 5 of 5 — “Quick and kind”."),
                items(customerRecap, "## How it ended"), customerRecap);
        assertTrue(customerRecap.contains("## What comes next\n\nYou asked to be contacted again: Next week — "
                + "“Check the backups”.\n"), customerRecap);
        assertEquals(List.of(
                "Asked for permission to see your screen and basic information about your computer (system details, "
                        + "installed programs, running programs) — you allowed it.",
                "Asked for permission to measure what fills “" + folder + "” — you allowed it.",
                "Asked for permission to control your mouse and keyboard — you allowed it.",
                "Asked for permission to go ahead with the step “Clear old downloads” — you allowed it.",
                "You paused sharing your screen."),
                items(customerRecap, "## What you were asked to allow"), customerRecap);
        assertEquals(List.of(
                "Show system information — done: " + infoResult,
                "Measure what fills “" + folder + "” — done: " + usageResult,
                "Dana controlled your mouse and keyboard for under a minute (they gave it back)."),
                items(customerRecap, "## What was done"), customerRecap);
        assertTrue(customerRecap.endsWith("*This record was checked and is intact.*\n"), customerRecap);

        assertTrue(technicianRecap.contains("\n**Customer:** Ticket 4711  \n**Technician:** Dana (no certificate presented)  \n"),
                technicianRecap);
        assertEquals(List.of(
                "Asked for permission to see the customer's screen and basic information about their computer (system "
                        + "details, installed programs, running programs) — the customer allowed it.",
                "Asked for permission to find what fills the disk in “" + folder + "” — the customer allowed it.",
                "Asked for permission to control the customer's mouse and keyboard — the customer allowed it.",
                "Asked for permission to go ahead with the step “Clear old downloads” — the customer allowed it.",
                "The customer paused sharing their screen."),
                items(technicianRecap, "## What the customer was asked to allow"), technicianRecap);
        assertEquals(List.of("Look at what fills the disk: done", "Clear old downloads: done"),
                items(technicianRecap, "## The plan"), technicianRecap);
        assertEquals(List.of("You: I can see your screen now.", "Ticket 4711: Thank you, it works again!"),
                items(technicianRecap, "## Messages"), technicianRecap);
        assertEquals(List.of("The customer ended the session.", "Is everything working now? — the customer said yes.",
                "The customer's rating: 5 of 5 — “Quick and kind”."), items(technicianRecap, "## How it ended"),
                technicianRecap);
        assertTrue(technicianRecap.contains("## What comes next\n\nThe customer asked to be contacted again: Next week — "
                + "“Check the backups”.\n"), technicianRecap);
        assertEquals(List.of(
                "Show system information — done: " + infoResult,
                "Find what fills the disk in “" + folder + "” — done: " + usageResult,
                "You were in control of the customer's mouse and keyboard for under a minute (you gave it back)."),
                items(technicianRecap, "## What was done"), technicianRecap);
        assertEquals(new RecapGenerator().markdown(LogReader.read(technicianLog), SessionLogVerifier.verify(technicianLog)),
                Files.readString(technicianLog.resolveSibling(SessionHistory.RECAP_FILE)),
                "the console's recap sits with its log");

        // History's row for this session: who, what, how many answers, and that the log is intact.
        SessionRecord row = new SessionHistory(dir.resolve("agent")).list().get(0);
        assertEquals("Ticket 4711", row.customerName());
        assertEquals("Dana", row.technician());
        assertEquals(2, row.actions());
        assertEquals(4, row.consentDecisions());
        assertEquals("ended by the customer · working: yes · 5 of 5 · follow-up: Next week", row.ending());
        assertEquals(Integrity.INTACT, row.integrity(), row.integrityDetail());
        CrossCheck cross = SessionLogVerifier.crossCheck(customerLog, technicianLog);
        assertTrue(cross.consistent(), cross.problems().toString());
        List<String> customerEvents = LogReader.read(customerLog).stream().map(LogEntry::type).toList();
        assertTrue(customerEvents.containsAll(List.of(LogEventTypes.SESSION_CONNECTED, LogEventTypes.PAIRING_COMPLETED,
                LogEventTypes.IDENTITY_UNVERIFIED, LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_GRANTED,
                LogEventTypes.SHARE_STARTED, LogEventTypes.CONTROL_REQUESTED, LogEventTypes.CONTROL_STARTED,
                LogEventTypes.CONTROL_STOPPED, LogEventTypes.CONSENT_REVOKED, LogEventTypes.SHARE_STOPPED,
                LogEventTypes.SESSION_ENDED, LogEventTypes.CHECKPOINT, LogEventTypes.RECEIPT,
                LogEventTypes.ACTION_REQUESTED, LogEventTypes.ACTION_STARTED, LogEventTypes.ACTION_RESULT)),
                customerEvents.toString());
        List<String> technicianEvents = LogReader.read(technicianLog).stream().map(LogEntry::type).toList();
        assertTrue(technicianEvents.containsAll(List.of(LogEventTypes.SESSION_CONNECTED, LogEventTypes.SHARE_STARTED,
                LogEventTypes.CONTROL_REQUESTED, LogEventTypes.CONTROL_STARTED, LogEventTypes.CONTROL_STOPPED,
                LogEventTypes.SHARE_STOPPED, LogEventTypes.SESSION_ENDED, LogEventTypes.RECEIPT,
                LogEventTypes.ACTION_REQUESTED, LogEventTypes.ACTION_RESULT)), technicianEvents.toString());
    }

    /** The items under a recap heading, each without its leading time ("- 09:04 "). */
    private static List<String> items(String recap, String heading) {
        int start = recap.indexOf(heading + "\n");
        assertTrue(start >= 0, "no " + heading + " in " + recap);
        List<String> items = new java.util.ArrayList<>();
        for (String line : recap.substring(start + heading.length() + 1).split("\n")) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("- ")) {
                items.add(line.substring(2).replaceFirst("^\\d\\d:\\d\\d(–\\d\\d:\\d\\d)? ", ""));
            }
        }
        return items;
    }
}
