package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.capture.SharedArea;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ControlMessage.Hello;
import org.tandem.shared.message.ControlMessage.Role;
import org.tandem.shared.message.FrameCredit;
import org.tandem.shared.message.InputBatch;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.screen.TileScreenDecoder;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.session.SessionListener;
import org.tandem.shared.testing.PatternFrameSource;
import org.tandem.shared.testing.SocketLinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import java.util.Map;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.Consent;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.customer.consent.ConsentPrompt;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.input.Key;
import org.tandem.shared.log.Checkpoint;
import org.tandem.shared.log.LogVerification;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.session.SessionPairing;

class CustomerSessionTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final PatternFrameSource screen = new PatternFrameSource(200, 120);
    private final BlockingQueue<SessionMessage> atTechnician = new LinkedBlockingQueue<>();
    private final BlockingQueue<CustomerState> states = new LinkedBlockingQueue<>();
    private final CompletableFuture<SessionEndReason> technicianEnded = new CompletableFuture<>();
    private final CompletableFuture<String> technicianPairingFailed = new CompletableFuture<>();
    private ScreenSharer sharer = new ScreenSharer(() -> screen, TileScreenEncoder::new, Duration.ZERO);
    private SessionChannel technician;

    @AfterEach
    void closeEverything() {
        sharer.close();
        if (technician != null) {
            technician.close();
        }
    }

    private static final SessionCode CODE = SessionCode.parse("482-193 775");
    private final java.util.concurrent.atomic.AtomicInteger looks = new java.util.concurrent.atomic.AtomicInteger();
    /** A look at the computer, counted when it runs. */
    private final Action LOOK = new Action() {
        @Override
        public ActionDescriptor descriptor() {
            return new ActionDescriptor("processes", "List running programs", ActionRisk.READ, "Nothing is changed.",
                    true, true, "", List.of());
        }

        @Override
        public Consent consentFor(Map<String, String> parameters) {
            return new Consent.Ask("List running programs", "Nothing is changed.", (progress, cancel) -> {
                looks.incrementAndGet();
                return ActionReport.succeeded("3 programs.", List.of("a", "b", "c"));
            });
        }
    };

    /** A scan that measures until it is stopped: the customer may stop it while it runs. */
    private final Action MEASURE = new Action() {
        @Override
        public ActionDescriptor descriptor() {
            return new ActionDescriptor("measure", "Find what fills the disk", ActionRisk.SCAN, "Reads sizes.",
                    true, true, "", List.of());
        }

        @Override
        public Consent consentFor(Map<String, String> parameters) {
            return new Consent.Ask("Measure what fills “/”", "Tandem reads the sizes of the files.", (progress, cancel) -> {
                java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
                try (org.tandem.customer.action.CancellationToken.Registration r = cancel.onCancel(stopped::countDown)) {
                    stopped.await();
                }
                return ActionReport.failed("Measured 3 files before it stopped.");
            });
        }
    };

    private final BlockingQueue<String> details = new LinkedBlockingQueue<>();
    private final BlockingQueue<IdentityVerdict> verdicts = new LinkedBlockingQueue<>();
    private CompletableFuture<String> customerCheck = new CompletableFuture<>();
    private String technicianCheck;
    private SessionPairing.Paired technicianPaired;
    private org.tandem.shared.testing.SocketLinks.Pair links;
    private org.tandem.shared.session.resume.SessionResumer.Reconnector resumeThrough;
    private final BlockingQueue<InputEvent> injected = new LinkedBlockingQueue<>();
    private final BlockingQueue<Boolean> controlChanges = new LinkedBlockingQueue<>();
    private final CompletableFuture<Path> customerLog = new CompletableFuture<>();
    private final CompletableFuture<Path> recorded = new CompletableFuture<>();
    private final java.security.KeyPair installKey = org.tandem.shared.ssh.Ed25519Keys.generate();
    private CustomerControl control;
    /** Whether the technician answers the customer's final checkpoint by itself, as the console does. */
    private volatile boolean answersWithReceipt = true;
    @TempDir
    Path logDir;

    private CustomerSession newSession(RelayJoiner joiner, ConsentPrompt prompt, Duration consentTimeout) {
        TechnicianVerifier verifier = (hello, transcript) -> hello.displayName().equals("Dana")
                ? new IdentityVerdict.Verified("Dana", "Contoso Support")
                : new IdentityVerdict.Unverified(hello.displayName(), "", "no proof");
        var worker = Executors.newSingleThreadExecutor();
        InputInjector recording = new InputInjector() {
            @Override
            public void inject(InputEvent event) {
                injected.add(event);
            }

            @Override
            public void releaseAll() {
            }
        };
        if (control == null) { // one per app, as in the client: it outlives each session
            control = new CustomerControl(recording, Clock.systemUTC(), Duration.ofSeconds(2), OwnWindows.NONE,
                    (granted, detail) -> controlChanges.add(granted));
        }
        CustomerLogs logs = id -> {
            Path file = logDir.resolve(id).resolve("customer.log");
            customerLog.complete(file);
            return SessionLogWriter.create(file, id, "customer", installKey, 20, Clock.systemUTC());
        };
        ActionEngines actions = (journal, consent, listener) -> new ActionEngine(
                new ActionCatalog("Test OS", List.of(LOOK, MEASURE)), consent, journal, listener);
        CustomerSession session = new CustomerSession(new CustomerSession.Parts(joiner, verifier, sharer, control, logs,
                actions, prompt), new CustomerSessionListener() {
            @Override
            public void stateChanged(CustomerState state, String detail) {
                details.add(detail);
                states.add(state);
            }

            @Override
            public void paired(String checkString) {
                customerCheck.complete(checkString);
            }

            @Override
            public void technicianIdentified(IdentityVerdict verdict) {
                verdicts.add(verdict);
            }

            @Override
            public void sessionRecorded(Path logFile) {
                recorded.complete(logFile);
            }
        }, worker, consentTimeout);
        if (resumeThrough != null) {
            session.resumeWithin(Duration.ofMinutes(2), resumeThrough);
        }
        return session;
    }

    /** Joins over a loopback link whose other end pairs as the technician with {@code technicianCode}. */
    private CustomerSession join(ConsentPrompt prompt, Duration consentTimeout, SessionCode technicianCode)
            throws Exception {
        links = SocketLinks.open();
        CompletableFuture<SessionPairing.Paired> technicianSide = CompletableFuture.supplyAsync(() -> {
            try {
                return SessionPairing.pair(links.second(), PairingRole.TECHNICIAN, technicianCode, WAIT);
            } catch (java.io.IOException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        CustomerSession session = newSession(code -> links.first(), prompt, consentTimeout);
        session.connect(CODE);
        try {
            SessionPairing.Paired paired = technicianSide.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            technicianCheck = paired.pairing().checkString();
            technicianPaired = paired;
            technician = paired.channel();
            technician.start(new SessionListener() {
                @Override
                public void received(SessionMessage message) {
                    atTechnician.add(message);
                    if (answersWithReceipt) { // as the console does, so that the customer's side may close
                        org.tandem.shared.testing.Receipts.answer(message, logDir, "technician:Dana", technician);
                    }
                }

                @Override
                public void ended(SessionEndReason reason) {
                    technicianEnded.complete(reason);
                }
            }, "test-technician");
        } catch (java.util.concurrent.ExecutionException e) {
            technicianPairingFailed.complete(e.getCause().getMessage());
        }
        return session;
    }

    private CustomerSession connect(ConsentPrompt prompt, Duration consentTimeout) throws Exception {
        CustomerSession session = join(prompt, consentTimeout, CODE);
        awaitState(CustomerState.CONNECTED);
        assertEquals(technicianCheck, customerCheck.get(WAIT.toSeconds(), TimeUnit.SECONDS),
                "both ends show the same check string");
        Hello hello = assertInstanceOf(Hello.class, next());
        assertEquals(Role.CUSTOMER, hello.role());
        technician.send(new Hello(Protocol.VERSION, Role.TECHNICIAN, "Dana"));
        return session;
    }

    /** Connects and the customer starts the session: the catalog comes first, then the screen. */
    private CustomerSession accepted(ConsentPrompt prompt, Duration consentTimeout) throws Exception {
        CustomerSession session = connect(prompt, consentTimeout);
        ControlMessage.ActionCatalog catalog = assertInstanceOf(ControlMessage.ActionCatalog.class, next(),
                "once the session is started, the customer's computer says what actions it offers");
        assertEquals("Test OS", catalog.os());
        return session;
    }

    @Test
    void allowedShareServesRequestedFramesPixelForPixel() throws Exception {
        accepted(request -> CompletableFuture.completedFuture(true), WAIT);
        awaitState(CustomerState.SHARING);
        ControlMessage.ScreenShareStarted started = assertInstanceOf(ControlMessage.ScreenShareStarted.class, next());
        assertEquals(200, started.width());
        assertEquals(120, started.height());

        technician.send(new FrameCredit(1));
        TileScreenDecoder decoder = new TileScreenDecoder();
        while (!decoder.apply(assertInstanceOf(ScreenUpdate.class, next()))) {
            // parts of one frame
        }
        int sentFrame = screen.captures() - 1;
        assertTrue(java.util.Arrays.equals(screen.frame(sentFrame).argb(), decoder.frame().argb()),
                "the technician sees exactly the captured frame");
    }

    @Test
    void theTechnicianAsksForLowScreenQualityAndTheNextFrameIsEncodedAtIt() throws Exception {
        List<org.tandem.shared.screen.ScreenQuality> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        sharer.close();
        sharer = new ScreenSharer(() -> screen, () -> new org.tandem.shared.screen.ScreenEncoder() {
            private final TileScreenEncoder encoder = new TileScreenEncoder();

            @Override
            public List<ScreenUpdate> encode(org.tandem.shared.screen.Frame frame) {
                return encoder.encode(frame);
            }

            @Override
            public void reset() {
                encoder.reset();
            }

            @Override
            public void quality(org.tandem.shared.screen.ScreenQuality quality) {
                asked.add(quality);
                encoder.quality(quality);
            }

            @Override
            public boolean refining() {
                return encoder.refining();
            }
        }, Duration.ZERO);
        accepted(request -> CompletableFuture.completedFuture(true), WAIT);
        awaitState(CustomerState.SHARING);
        assertInstanceOf(ControlMessage.ScreenShareStarted.class, next());

        technician.send(new ControlMessage.ScreenQualityRequest("low"));
        technician.send(new FrameCredit(1));
        TileScreenDecoder decoder = new TileScreenDecoder();
        while (!decoder.apply(assertInstanceOf(ScreenUpdate.class, next()))) {
            // parts of one frame
        }

        assertEquals(org.tandem.shared.screen.ScreenQuality.LOW, asked.get(asked.size() - 1),
                "the frame was encoded at the quality asked for: " + asked);
    }

    @Test
    void decliningTheSessionEndsItAndCapturesNothing() throws Exception {
        connect(request -> CompletableFuture.completedFuture(false), WAIT);
        technician.send(new FrameCredit(1));
        awaitState(CustomerState.ENDED);
        ControlMessage.SessionEnd end = assertInstanceOf(ControlMessage.SessionEnd.class, next());
        assertEquals(SessionEnding.CUSTOMER_DECLINED.code(), end.how());
        assertEquals("The customer chose not to start the session.", end.reason(), "what an older console shows");
        assertTrue(details.contains(SessionEnding.CUSTOMER_DECLINED.toCustomer()), details.toString());
        assertTrue(atTechnician.stream().noneMatch(ScreenUpdate.class::isInstance), "no screen after a no");
        assertTrue(atTechnician.stream().noneMatch(ControlMessage.ActionCatalog.class::isInstance), "no catalog after a no");
        assertEquals(0, screen.captures(), "the screen was never captured");
    }

    @Test
    void unansweredPromptDeniesAfterTheTimeout() throws Exception {
        CompletableFuture<Boolean> neverAnswered = new CompletableFuture<>();
        connect(request -> neverAnswered, Duration.ofMillis(200));
        awaitState(CustomerState.ENDED);
        assertEquals(SessionEnding.CUSTOMER_DID_NOT_ANSWER.code(),
                assertInstanceOf(ControlMessage.SessionEnd.class, next()).how());
        assertTrue(neverAnswered.isDone(), "the prompt is settled, so it closes");
        assertTrue(details.contains(SessionEnding.CUSTOMER_DID_NOT_ANSWER.toCustomer()), details.toString());
        assertEquals(0, screen.captures());
        assertTrue(Files.readString(customerLog.get()).contains("\"type\":\"consent.timed-out\""),
                "the log says nobody answered");
        assertEquals("system", endedBy(recorded.get(WAIT.toSeconds(), TimeUnit.SECONDS)),
                "nobody ended it: Tandem did, as nobody answered");
    }

    @Test
    void stopSharingStopsFramesAndTellsTheTechnician() throws Exception {
        CustomerSession session = accepted(request -> CompletableFuture.completedFuture(true), WAIT);
        awaitState(CustomerState.SHARING);
        assertInstanceOf(ControlMessage.ScreenShareStarted.class, next());

        session.stopSharing();
        awaitState(CustomerState.NOT_SHARING);
        assertInstanceOf(ControlMessage.ScreenShareStopped.class, next());
        int capturesAfterStop = screen.captures();
        technician.send(new FrameCredit(1));
        technician.send(new ControlMessage.SessionEnd("bye"));
        awaitState(CustomerState.ENDED);
        assertEquals(capturesAfterStop, screen.captures(), "no capture after Stop sharing");
        assertTrue(atTechnician.stream().noneMatch(m -> m instanceof ScreenUpdate));
    }

    @Test
    void technicianOfAnotherProtocolVersionEndsTheSessionTellingThemWhyAndRecordingIt() throws Exception {
        join(request -> CompletableFuture.completedFuture(true), WAIT, CODE);
        awaitState(CustomerState.CONNECTED);
        assertInstanceOf(Hello.class, next());
        technician.send(new Hello(Protocol.VERSION + 1, Role.TECHNICIAN, "Dana"));
        ControlMessage.SessionEnd end = assertInstanceOf(ControlMessage.SessionEnd.class, next());
        assertEquals(SessionEnding.VERSION_MISMATCH.code(), end.how(), "the technician hears why");
        assertInstanceOf(ControlMessage.LogCheckpoint.class, next(), "and gets the customer's checkpoint");
        awaitState(CustomerState.ENDED);
        assertTrue(details.contains(SessionEnding.VERSION_MISMATCH.toCustomer()), details.toString());
        recorded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(Files.readString(customerLog.get()).contains("\"how\":\"version-mismatch\""));
        assertEquals("system", endedBy(customerLog.get()), "Tandem ended it, not the customer");
        assertEquals(0, screen.captures());
    }

    @Test
    void theTechniciansEndIsReadInTheCustomersOwnWordsNeverTheirs() throws Exception {
        accepted(request -> CompletableFuture.completedFuture(true), WAIT);
        awaitState(CustomerState.SHARING);
        technician.send(new ControlMessage.SessionEnd("Call 0900-SCAM now to finish", "technician-closed-window"));
        awaitState(CustomerState.ENDED);
        assertTrue(details.contains(SessionEnding.TECHNICIAN_CLOSED_WINDOW.toCustomer()), details.toString());
        assertTrue(details.stream().noneMatch(d -> d.contains("SCAM")), details.toString());
        recorded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(Files.readString(customerLog.get()).contains("\"how\":\"technician-closed-window\""));
        assertEquals("technician:Dana", endedBy(customerLog.get()), "the technician ended it");
    }

    /** Who the log says ended the session ({@code session.ended}'s {@code by}). */
    private static String endedBy(Path log) throws Exception {
        return org.tandem.shared.log.LogReader.read(log).stream()
                .filter(e -> e.type().equals(org.tandem.shared.log.LogEventTypes.SESSION_ENDED))
                .map(e -> e.detail("by")).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aTechnicianCannotClaimAnEndingOnlyTheCustomerCanChoose() throws Exception {
        accepted(request -> CompletableFuture.completedFuture(true), WAIT);
        awaitState(CustomerState.SHARING);
        technician.send(new ControlMessage.SessionEnd("", "customer-declined"));
        awaitState(CustomerState.ENDED);
        assertTrue(details.contains(SessionEnding.TECHNICIAN_ENDED.toCustomer()), details.toString());
        assertFalse(details.contains(SessionEnding.CUSTOMER_DECLINED.toCustomer()), details.toString());
    }

    @Test
    void wrongCodeSaysTheCodeDidNotMatchAndSharesNothing() throws Exception {
        join(request -> CompletableFuture.completedFuture(true), WAIT, SessionCode.parse("482-193 776"));
        awaitState(CustomerState.ENDED);
        assertTrue(details.stream().anyMatch(d -> d.startsWith("The code did not match")), details.toString());
        assertTrue(technicianPairingFailed.get(WAIT.toSeconds(), TimeUnit.SECONDS).contains("did not match"));
        assertEquals(0, screen.captures());
    }

    @Test
    void unverifiedTechnicianIsReportedBeforeThePromptWithTheWarning() throws Exception {
        CompletableFuture<IdentityVerdict> asked = new CompletableFuture<>();
        join(request -> {
            asked.complete(request.technician());
            return CompletableFuture.completedFuture(false);
        }, WAIT, CODE);
        awaitState(CustomerState.CONNECTED);
        assertInstanceOf(Hello.class, next());
        technician.send(new Hello(Protocol.VERSION, Role.TECHNICIAN, "Mallory"));
        IdentityVerdict verdict = asked.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertInstanceOf(IdentityVerdict.Unverified.class, verdict);
        assertTrue(verdict.displayLine().contains("Did you contact this company yourself?"));
        assertEquals(verdict, verdicts.poll(WAIT.toSeconds(), TimeUnit.SECONDS), "the view heard it too");
    }

    @Test
    void failingToReachTheRelayEndsWithTheReason() throws Exception {
        CustomerSession session = newSession(code -> {
            throw new java.io.IOException("The relay at 127.0.0.1:9 did not answer");
        }, request -> CompletableFuture.completedFuture(true), WAIT);
        session.connect(CODE);
        awaitState(CustomerState.ENDED);
        assertTrue(details.contains(ConnectFailureWords.describe(new java.io.IOException("no answer"))), details.toString());
        assertTrue(details.stream().noneMatch(d -> d.contains("127.0.0.1")), "raw failure text shown: " + details);
    }

    @Test
    void controlReachesTheScreenOnlyAfterTheCustomerAllowsIt() throws Exception {
        CompletableFuture<Boolean> controlAnswer = new CompletableFuture<>();
        CompletableFuture<ConsentRequest> controlAsked = new CompletableFuture<>();
        accepted(request -> {
            if (request.kind() == ConsentRequest.Kind.SESSION) {
                return CompletableFuture.completedFuture(true);
            }
            controlAsked.complete(request);
            return controlAnswer;
        }, WAIT);
        awaitState(CustomerState.SHARING);
        assertInstanceOf(ControlMessage.ScreenShareStarted.class, next());

        technician.send(new InputEvent.KeyStroke(Key.SPACE, true));
        technician.send(new ControlMessage.ControlRequest());
        assertEquals(ConsentRequest.Kind.CONTROL, controlAsked.get(WAIT.toSeconds(), TimeUnit.SECONDS).kind());
        // While the prompt is open the technician presses Enter and Space: they must not answer it.
        technician.send(new InputEvent.KeyStroke(Key.ENTER, true));
        technician.send(new InputEvent.KeyStroke(Key.SPACE, true));
        assertEquals(null, injected.poll(300, TimeUnit.MILLISECONDS), "nothing injected before the customer allows");
        assertTrue(control.gate().droppedCount() >= 3, "the events were dropped and counted");
        assertTrue(!controlAnswer.isDone(), "remote keys did not answer the prompt");

        controlAnswer.complete(true);
        assertInstanceOf(ControlMessage.ControlGranted.class, next());
        assertEquals(Boolean.TRUE, controlChanges.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        technician.send(new InputEvent.PointerMove(10, 20));
        assertEquals(new InputEvent.PointerMove(10, 20), injected.poll(WAIT.toSeconds(), TimeUnit.SECONDS));

        control.stop("The customer took back control.");
        ControlMessage.ControlRevoked revoked = assertInstanceOf(ControlMessage.ControlRevoked.class, next());
        assertEquals("The customer took back control.", revoked.reason());
        technician.send(new InputEvent.PointerMove(30, 40));
        technician.send(new ControlMessage.SessionEnd("bye"));
        awaitState(CustomerState.ENDED);
        assertEquals(null, injected.poll(200, TimeUnit.MILLISECONDS), "nothing injected after Stop");

        String log = Files.readString(customerLog.get());
        int granted = log.indexOf("\"type\":\"control.started\"");
        int consent = log.indexOf("\"for\":\"control your mouse and keyboard\"},\"hash\"");
        assertTrue(consent >= 0 && granted > consent, "the grant was logged before control started");
        assertTrue(log.contains("\"type\":\"control.stopped\""));
    }

    @Test
    void creditsInAnInputBatchBringFramesWhetherOrNotTheInputIsTaken() throws Exception {
        CompletableFuture<Boolean> controlAnswer = new CompletableFuture<>();
        accepted(request -> request.kind() == ConsentRequest.Kind.SESSION ? CompletableFuture.completedFuture(true)
                : controlAnswer, WAIT);
        awaitState(CustomerState.SHARING);
        assertInstanceOf(ControlMessage.ScreenShareStarted.class, next());

        // No control yet: the key is refused, its credit still brings a frame.
        technician.send(InputBatch.of(1, new InputEvent.KeyStroke(Key.DOWN, true)));
        TileScreenDecoder decoder = new TileScreenDecoder();
        while (!decoder.apply(assertInstanceOf(ScreenUpdate.class, next()))) {
            // parts of one frame
        }
        assertEquals(null, injected.poll(200, TimeUnit.MILLISECONDS), "nothing injected before the customer allows");

        technician.send(new ControlMessage.ControlRequest());
        controlAnswer.complete(true);
        assertInstanceOf(ControlMessage.ControlGranted.class, next());
        assertEquals(Boolean.TRUE, controlChanges.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        technician.send(InputBatch.of(1, new InputEvent.KeyStroke(Key.DOWN, false), new InputEvent.PointerMove(10, 20)));
        assertEquals(new InputEvent.KeyStroke(Key.DOWN, false), injected.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(new InputEvent.PointerMove(10, 20), injected.poll(WAIT.toSeconds(), TimeUnit.SECONDS),
                "a batch's events are taken in order");
    }

    @Test
    void noLookRunsBeforeTheCustomerStartsTheSession() throws Exception {
        CompletableFuture<Boolean> notYet = new CompletableFuture<>();
        connect(request -> notYet, WAIT);
        awaitState(CustomerState.ASKING_TO_SHARE);
        technician.send(new ControlMessage.ActionRequested(new ActionRequest("early", "processes", Map.of())));
        technician.send(new ControlMessage.ControlRequest());
        technician.send(new FrameCredit(1));

        ControlMessage.ActionFinished refused = awaitMessage(ControlMessage.ActionFinished.class);
        assertEquals(ActionResult.Outcome.DENIED, refused.result().outcome());
        assertEquals("The customer has not started the session yet, so nothing was done.", refused.result().summary());
        assertEquals(0, looks.get(), "the look ran before the customer said yes");
        assertEquals(0, screen.captures(), "the screen was captured before the customer said yes");
        assertTrue(atTechnician.stream().noneMatch(m -> m instanceof ControlMessage.ActionCatalog));

        notYet.complete(true);
        awaitState(CustomerState.SHARING);
        technician.send(new ControlMessage.ActionRequested(new ActionRequest("after", "processes", Map.of())));
        ControlMessage.ActionFinished done = awaitMessage(ControlMessage.ActionFinished.class);
        assertEquals(ActionResult.Outcome.SUCCEEDED, done.result().outcome());
        assertEquals(1, looks.get());
    }

    @Test
    void theCustomerStopsAScanTheyAllowedAndTheTechnicianIsToldTheyDid() throws Exception {
        CustomerSession session = accepted(request -> CompletableFuture.completedFuture(true), WAIT);
        technician.send(new ControlMessage.ActionRequested(new ActionRequest("m1", "measure", Map.of())));
        awaitMessage(ControlMessage.ActionStarted.class);

        assertTrue(session.stopAction("m1"), "the customer could not stop the scan they allowed");

        ControlMessage.ActionFinished finished = awaitMessage(ControlMessage.ActionFinished.class);
        assertEquals(ActionResult.Outcome.CANCELLED, finished.result().outcome());
        assertEquals("Cancelled by the customer. Measured 3 files before it stopped.", finished.result().summary());
        assertFalse(session.stopAction("m1"), "a scan that ended was stopped again");
        assertFalse(session.stopAction("nothing"));
    }

    @Test
    void aControlPromptLeftOpenWhenTheSessionEndsGrantsNothingLater() throws Exception {
        java.util.List<CompletableFuture<Boolean>> controlPrompts = new java.util.concurrent.CopyOnWriteArrayList<>();
        ConsentPrompt prompt = request -> {
            if (request.kind() == ConsentRequest.Kind.SESSION) {
                return CompletableFuture.completedFuture(true);
            }
            CompletableFuture<Boolean> open = new CompletableFuture<>();
            controlPrompts.add(open);
            return open;
        };
        accepted(prompt, WAIT);
        awaitState(CustomerState.SHARING);
        technician.send(new ControlMessage.ControlRequest());
        awaitTrue(() -> controlPrompts.size() == 1);
        technician.send(new ControlMessage.SessionEnd("bye"));
        awaitState(CustomerState.ENDED);
        Path firstLog = recorded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(controlPrompts.get(0).isDone(), "the open prompt was closed with the session");

        // A second session on the same client: its technician asks for control too.
        customerCheck = new CompletableFuture<>();
        states.clear();
        atTechnician.clear();
        technician = null;
        accepted(prompt, WAIT);
        awaitState(CustomerState.SHARING);
        technician.send(new ControlMessage.ControlRequest());
        awaitTrue(() -> controlPrompts.size() == 2);

        controlPrompts.get(0).complete(true); // the late Allow on the first session's prompt
        assertEquals(null, controlChanges.poll(300, TimeUnit.MILLISECONDS), "a late Allow granted control");
        assertFalse(control.gate().isGranted());
        assertTrue(atTechnician.stream().noneMatch(m -> m instanceof ControlMessage.ControlGranted));

        String first = Files.readString(firstLog);
        assertTrue(first.lines().anyMatch(line -> line.contains("\"type\":\"consent.denied\"")
                && line.contains("control your mouse and keyboard")), first);
        assertFalse(first.lines().anyMatch(line -> line.contains("\"type\":\"consent.granted\"")
                && line.contains("control your mouse and keyboard")), first);
        assertTrue(first.contains("The technician ended the session before you answered."), first);
    }

    @Test
    void stoppingSharingAnswersTheOpenControlPromptNo() throws Exception {
        CompletableFuture<Boolean> controlAnswer = new CompletableFuture<>();
        CustomerSession session = accepted(request -> request.kind() == ConsentRequest.Kind.SESSION
                ? CompletableFuture.completedFuture(true) : controlAnswer, WAIT);
        awaitState(CustomerState.SHARING);
        technician.send(new ControlMessage.ControlRequest());
        Path log = logPath();
        awaitTrue(() -> read(log).contains("control your mouse and keyboard"));
        session.stopSharing();
        awaitState(CustomerState.NOT_SHARING);
        ControlMessage.ControlDenied denied = awaitMessage(ControlMessage.ControlDenied.class);
        assertEquals("The customer paused sharing before they answered.", denied.reason(), "the customer did not say no");
        assertTrue(denied.unanswered());
        assertTrue(read(log).lines().anyMatch(line -> line.contains("\"type\":\"consent.denied\"")
                && line.contains("\"actor\":\"system\"") && line.contains("control your mouse and keyboard")),
                read(log));
        controlAnswer.complete(true);
        assertEquals(null, controlChanges.poll(300, TimeUnit.MILLISECONDS), "Allow after Stop sharing granted control");
        assertFalse(control.gate().isGranted());
    }

    private Path logPath() throws Exception {
        return customerLog.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private void awaitTrue(java.util.function.BooleanSupplier condition) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private <T extends SessionMessage> T awaitMessage(Class<T> type) throws InterruptedException {
        while (true) {
            SessionMessage message = next();
            if (type.isInstance(message)) {
                return type.cast(message);
            }
        }
    }

    @Test
    void endingExchangesSignedCheckpointsAndBothLogsVerify() throws Exception {
        answersWithReceipt = false; // this test answers by hand, with a checkpoint it knows
        CustomerSession session = accepted(request -> CompletableFuture.completedFuture(true), WAIT);
        awaitState(CustomerState.SHARING);
        assertInstanceOf(ControlMessage.ScreenShareStarted.class, next());
        session.end();
        assertInstanceOf(ControlMessage.SessionEnd.class, next());
        ControlMessage.LogCheckpoint theirs = assertInstanceOf(ControlMessage.LogCheckpoint.class, next());
        Checkpoint customerFinal = Checkpoint.fromMap(theirs.checkpoint());
        assertTrue(customerFinal.verify(), "the customer's checkpoint is signed");
        // The fake technician answers with a checkpoint of its own, signed with its own key.
        java.security.KeyPair technicianKey = org.tandem.shared.ssh.Ed25519Keys.generate();
        Checkpoint technicianFinal = Checkpoint.sign(customerFinal.session(), 7, "ab".repeat(32), true, technicianKey);
        technician.send(new ControlMessage.LogCheckpoint(technicianFinal.toMap()));

        Path log = recorded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        LogVerification verdict = SessionLogVerifier.verify(log);
        LogVerification.Intact intact = assertInstanceOf(LogVerification.Intact.class, verdict, verdict.describe());
        assertTrue(intact.closed());
        assertEquals(Optional.of(technicianFinal), intact.receipt(), "the technician's checkpoint is stored as receipt");
    }

    @Test
    void theTechnicianSwitchesToAnotherMonitorRecordedFirstAndSharingStaysOn() throws Exception {
        SharedArea area = new SharedArea(() -> List.of(new java.awt.Rectangle(0, 0, 200, 120),
                new java.awt.Rectangle(200, 0, 100, 60)));
        sharer.close();
        sharer = new ScreenSharer(() -> () -> blank(area.bounds()), TileScreenEncoder::new,
                () -> org.tandem.customer.capture.PointerSource.NONE, area, Duration.ZERO);
        CustomerSession session = accepted(request -> CompletableFuture.completedFuture(true), WAIT);
        awaitState(CustomerState.SHARING);
        List<ControlMessage.Monitor> both = List.of(new ControlMessage.Monitor(0, 0, 200, 120),
                new ControlMessage.Monitor(200, 0, 100, 60));
        assertEquals(new ControlMessage.ScreenMonitors(both, 1, 200, 120), next(), "the monitors come first");
        assertInstanceOf(ControlMessage.ScreenShareStarted.class, next());

        technician.send(new ControlMessage.ScreenSwitch(3));
        technician.send(new ControlMessage.ScreenSwitch(2));

        assertEquals(new ControlMessage.ScreenMonitors(both, 2, 100, 60), next(),
                "monitor 3 is not there, so only the switch to monitor 2 is answered");
        assertEquals(CustomerState.SHARING, session.state(), "a switch is not a new consent: sharing stays on");
        assertEquals(2, area.chosen());
        session.end();
        Path log = recorded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        List<String> switches = Files.readAllLines(log).stream().filter(line -> line.contains("share.switched")).toList();
        assertEquals(1, switches.size(), switches.toString());
        assertTrue(switches.get(0).contains("\"by\":\"technician\"") && switches.get(0).contains("\"monitor\":2"),
                switches.get(0));
    }

    @Test
    void aLostConnectionTakesControlBackAtOnceAndAfterResumingControlMustBeAskedForAgain() throws Exception {
        BlockingQueue<org.tandem.shared.relay.client.RelayLink> technicianEnds = new LinkedBlockingQueue<>();
        resumeThrough = (token, timeout) -> {
            SocketLinks.Pair fresh = SocketLinks.open();
            technicianEnds.add(fresh.second());
            return fresh.first();
        };
        BlockingQueue<ConsentRequest> asked = new LinkedBlockingQueue<>();
        accepted(request -> {
            asked.add(request);
            return CompletableFuture.completedFuture(true);
        }, WAIT);
        awaitState(CustomerState.SHARING);
        assertInstanceOf(ControlMessage.ScreenShareStarted.class, next());
        technician.resumeOnLoss(new org.tandem.shared.session.resume.SessionResumer(PairingRole.TECHNICIAN,
                technicianPaired.pairing().resumeSecret(), Protocol.VERSION,
                (token, timeout) -> {
                    try {
                        return technicianEnds.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException("cancelled");
                    }
                },
                Duration.ofMinutes(2), deadline -> { }));
        technician.send(new ControlMessage.ControlRequest());
        assertInstanceOf(ControlMessage.ControlGranted.class, next());
        assertEquals(Boolean.TRUE, controlChanges.poll(WAIT.toSeconds(), TimeUnit.SECONDS));

        links.first().close(); // the connection drops

        assertEquals(Boolean.FALSE, controlChanges.poll(WAIT.toSeconds(), TimeUnit.SECONDS),
                "control is taken back as soon as the loss is noticed");
        ControlMessage.ControlRevoked revoked = assertInstanceOf(ControlMessage.ControlRevoked.class, next(),
                "after resuming, the technician hears that control was taken back");
        assertEquals("The connection to your technician was lost.", revoked.reason());
        assertInstanceOf(ControlMessage.ScreenShareStarted.class, next(), "sharing was on, so it starts again");
        technician.send(new InputEvent.PointerMove(5, 6));
        assertEquals(null, injected.poll(300, TimeUnit.MILLISECONDS), "no input after the gap without a new yes");
        technician.send(new ControlMessage.ControlRequest());
        assertInstanceOf(ControlMessage.ControlGranted.class, next());
        assertEquals(ConsentRequest.Kind.CONTROL, lastOf(asked).kind());
        technician.send(new InputEvent.PointerMove(7, 8));
        assertEquals(new InputEvent.PointerMove(7, 8), injected.poll(WAIT.toSeconds(), TimeUnit.SECONDS));

        String log = Files.readString(customerLog.get());
        int lost = log.indexOf("\"type\":\"connection.lost\"");
        int stopped = log.indexOf("\"type\":\"control.stopped\"", lost);
        int resumed = log.indexOf("\"type\":\"connection.resumed\"", stopped);
        assertTrue(lost >= 0 && stopped > lost && resumed > stopped, "lost, then control stopped, then resumed: " + log);
    }

    private static <T> T lastOf(BlockingQueue<T> queue) {
        T last = null;
        for (T item : queue) {
            last = item;
        }
        return last;
    }

    private static org.tandem.shared.screen.Frame blank(java.awt.Rectangle bounds) {
        int[] argb = new int[bounds.width * bounds.height];
        java.util.Arrays.fill(argb, 0xFF336699);
        return new org.tandem.shared.screen.Frame(bounds.width, bounds.height, argb);
    }

    private SessionMessage next() throws InterruptedException {
        SessionMessage message = atTechnician.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("Nothing arrived at the technician");
        }
        return message;
    }

    private void awaitState(CustomerState wanted) throws InterruptedException {
        while (true) {
            CustomerState state = states.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (state == null) {
                throw new AssertionError("State " + wanted + " never came");
            }
            if (state == wanted) {
                return;
            }
        }
    }
}
