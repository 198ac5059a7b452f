package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.LogVerification;
import org.tandem.shared.log.Checkpoint;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionDescriptor;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.RepeatedTest;
import java.util.concurrent.CountDownLatch;
import org.tandem.shared.input.Key;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.ControlMessage.Hello;
import org.tandem.shared.message.ControlMessage.Role;
import org.tandem.shared.message.FrameCredit;
import org.tandem.shared.message.InputBatch;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.session.SessionListener;
import org.tandem.shared.testing.PatternFrameSource;
import org.tandem.shared.testing.SocketLinks;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.ssh.Ed25519Keys;
import java.util.Optional;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.session.SessionPairing;
import org.tandem.shared.testing.Waiting;

class AgentSessionTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<SessionMessage> atCustomer = new LinkedBlockingQueue<>();
    private final BlockingQueue<AgentState> states = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> details = new LinkedBlockingQueue<>();
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final BlockingQueue<ControlState> controls = new LinkedBlockingQueue<>();
    private final BlockingQueue<ControlMessage.ScreenMonitors> monitors = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> code = new CompletableFuture<>();
    private final CompletableFuture<SessionEndReason> customerEnded = new CompletableFuture<>();
    private SessionChannel customer;
    private AgentSession session;

    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);

    /**
     * Closes the customer's end and waits until the console's session has ended, so that its log is
     * closed before the log folder is deleted (an end still being written made the folder's removal fail).
     */
    @AfterEach
    void closeEverything() throws InterruptedException {
        testOver.countDown();
        CountDownLatch held = holdEndOfControlReport;
        if (held != null) {
            held.countDown();
        }
        if (customer != null) {
            customer.close();
        }
        if (session != null && session.state() != AgentState.IDLE) {
            session.end();
            if (!ended.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("The session did not end after its customer left: " + session.state());
            }
        }
    }

    private final CompletableFuture<String> checkString = new CompletableFuture<>();
    private final CompletableFuture<Void> burned = new CompletableFuture<>();

    /** Starts a session whose customer end pairs with the code the console shows, or with {@code typo}. */
    @TempDir
    Path logDir;
    /** Whether the customer answers the console's final checkpoint by itself, as the client does. */
    private volatile boolean answersWithReceipt = true;

    private SocketLinks.Pair start(boolean drawAtOnce) throws Exception {
        SocketLinks.Pair links = SocketLinks.open();
        this.links = links;
        SessionRendezvous rendezvous = new SessionRendezvous() {
            @Override
            public String nameplate() {
                return "482";
            }

            @Override
            public RelayLink awaitCustomer(Duration timeout) throws java.io.IOException {
                if (relayBurnsTheCode) {
                    throw new org.tandem.shared.relay.client.RelayCodeBurnedException(
                            "Three wrong tries: nameplate 48213 burned (raw relay text)");
                }
                return links.first();
            }

            @Override
            public void cancel() {
                burned.complete(null);
                links.first().close();
            }
        };
        session = new AgentSession(new AgentSession.Parts(() -> rendezvous, Optional.empty(), new SecureRandom(),
                id -> SessionLogWriter.create(logDir.resolve(id).resolve("technician.log"), id, "technician:Dana",
                        Ed25519Keys.generate(), 20, Clock.systemUTC())), "Dana",
                new AgentSessionListener() {
                    @Override
                    public void stateChanged(AgentState state, String detail) {
                        details.add(detail);
                        states.add(state);
                        if (state == AgentState.ENDED) {
                            ended.countDown();
                        }
                    }

                    @Override
                    public void codeReady(String value) {
                        code.complete(value);
                    }

                    @Override
                    public void paired(String value) {
                        checkString.complete(value);
                    }

                    @Override
                    public void controlChanged(ControlState state, String detail) {
                        CountDownLatch hold = holdEndOfControlReport;
                        if (hold != null && state == ControlState.VIEW_ONLY && endOfControlReportHeld.getCount() > 0) {
                            endOfControlReportHeld.countDown(); // the view hears of it later, as through the FX thread
                            try {
                                hold.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        details.add(detail);
                        controls.add(state);
                        order.add("control " + state);
                    }

                    @Override
                    public void monitorsChanged(ControlMessage.ScreenMonitors listed) {
                        monitors.add(listed);
                    }

                    @Override
                    public void frameReady(Frame frame) {
                        order.add("frame"); // before the frame is handed out: the test reads the order once it has it
                        frames.add(new Frame(frame.width(), frame.height(), frame.argb().clone()));
                        CountDownLatch hold = holdFirstFrame;
                        if (hold != null && frames.size() == 1) {
                            firstFrameHeld.countDown();
                            try {
                                hold.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        if (drawAtOnce) {
                            session.frameDrawn();
                        }
                    }
                }, worker, WAIT);
        if (resumeThrough != null) {
            session.resumeWithin(Duration.ofMinutes(2), resumeThrough);
        }
        session.start();
        return links;
    }

    /** The console's end of the session's connection, once started. */
    private volatile SocketLinks.Pair links;
    /** How a resumable session reaches the relay again; null for a session that ends when its connection drops. */
    private volatile org.tandem.shared.session.resume.SessionResumer.Reconnector resumeThrough;
    /** Held while the end of control (at a lost connection or the end) is being reported; null: reports go through. */
    private volatile CountDownLatch holdEndOfControlReport;
    private final CountDownLatch endOfControlReportHeld = new CountDownLatch(1);
    /** Opened after each test: a stand-in relay that never answered lets go. */
    private final CountDownLatch testOver = new CountDownLatch(1);

    private void pairCustomer(SocketLinks.Pair links, SessionCode typed) throws Exception {
        SessionPairing.Paired paired = SessionPairing.pair(links.second(), PairingRole.CUSTOMER, typed, WAIT);
        customer = paired.channel();
        customer.start(new SessionListener() {
            @Override
            public void received(SessionMessage message) {
                atCustomer.add(message);
                if (answersWithReceipt) { // as the customer's client does, so that the console's side may close
                    org.tandem.shared.testing.Receipts.answer(message, logDir, "customer", customer);
                }
            }

            @Override
            public void ended(SessionEndReason reason) {
                customerEnded.complete(reason);
            }
        }, "test-customer");
        assertEquals(paired.pairing().checkString(), checkString.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    private void startPaired(boolean drawAtOnce) throws Exception {
        startPaired(drawAtOnce, Protocol.VERSION);
    }

    private void startPaired(boolean drawAtOnce, int customerVersion) throws Exception {
        SocketLinks.Pair links = start(drawAtOnce);
        String shown = code.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(shown.matches("482-\\d{3} \\d{3}"), "the code is the nameplate and a 6-digit secret: " + shown);
        pairCustomer(links, SessionCode.parse(shown));
        awaitState(AgentState.CONNECTED);
        Hello hello = assertInstanceOf(Hello.class, next());
        assertEquals(Role.TECHNICIAN, hello.role());
        assertEquals("Dana", hello.displayName());
        assertEquals("", hello.identityProof(), "no certificate, no proof");
        customer.send(new Hello(customerVersion, Role.CUSTOMER, ""));
    }

    private volatile boolean relayBurnsTheCode;
    private final java.util.concurrent.ExecutorService worker = Executors.newSingleThreadExecutor();

    @Test
    void aTickAfterTheConsoleStoppedItsWorkerIsIgnoredNotThrown() throws Exception {
        startPaired(true);
        customer.send(new ControlMessage.ScreenShareStarted(64, 64));
        awaitState(AgentState.VIEWING);
        worker.shutdown();
        assertTrue(worker.awaitTermination(5, TimeUnit.SECONDS));
        // The view's once-a-second ticker may fire once more while the console closes; it runs on the
        // JavaFX thread, where an exception would break the window.
        session.secondPassed();
        assertEquals(AgentState.VIEWING, session.state(), "the tick changes nothing");
    }

    @Test
    void aCodeTheRelayBurnedEndsTheWaitAndOffersANewCodeInPlainWords() throws Exception {
        relayBurnsTheCode = true;
        start(true);
        awaitState(AgentState.ENDED);
        assertTrue(details.contains("Someone tried wrong codes for this session three times, so the relay closed it. "
                + "Press New code and read the new code to your customer."), details.toString());
        assertTrue(details.stream().noneMatch(d -> d.contains("raw relay text")), details.toString());
    }

    @Test
    void aCustomerWhoLeavesDuringPairingIsToldInPlainWords() throws Exception {
        SocketLinks.Pair links = start(true);
        code.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        links.second().close(); // the customer pressed Cancel, or their computer went away
        awaitState(AgentState.ENDED);
        assertTrue(details.contains("The connection to the customer closed before it was secure: they may have pressed "
                + "Cancel, or a network went down. Press New code and read the new code to your customer."),
                details.toString());
        assertTrue(details.stream().noneMatch(d -> d.contains("other side")), "no exception text: " + details);
    }

    @Test
    void aPairingMessageThatBreaksTheHandshakeIsToldWithoutItsExceptionText() throws Exception {
        SocketLinks.Pair links = start(true);
        code.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        links.second().output().write(new byte[] {0, 0, 0, 5, 99, 1, 2, 3, 4}); // a frame of a type pairing has not
        links.second().output().flush();
        awaitState(AgentState.ENDED);
        assertTrue(details.contains("A secure connection with the customer could not be set up, so nothing was shared. "
                + "Press New code and read the new code to your customer. The console's log has the details."),
                details.toString());
        assertTrue(details.stream().noneMatch(d -> d.contains("pairing message")), "no exception text: " + details);
    }

    @Test
    void aWrongCodeBurnsTheNameplateAndSaysSo() throws Exception {
        SocketLinks.Pair links = start(true);
        SessionCode shown = SessionCode.parse(code.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        String wrongSecret = String.format(java.util.Locale.ROOT, "%06d", (Integer.parseInt(shown.secret()) + 1) % 1_000_000);
        org.tandem.shared.pairing.PairingException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.tandem.shared.pairing.PairingException.class,
                () -> SessionPairing.pair(links.second(), PairingRole.CUSTOMER,
                        new SessionCode(shown.nameplate(), wrongSecret), WAIT));
        assertTrue(refused.codeMismatch());
        awaitState(AgentState.ENDED);
        assertTrue(details.stream().anyMatch(d -> d.startsWith("The code did not match")), details.toString());
        burned.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void viewerGrantsTwoFramesThenOneMoreForEachFrameDrawn() throws Exception {
        startPaired(false);
        PatternFrameSource screen = sharing(300, 170);
        TileScreenEncoder encoder = new TileScreenEncoder();
        sendAll(encoder.encode(screen.capture()));
        sendAll(encoder.encode(screen.capture()));

        Frame first = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertArrayEquals(screen.frame(0).argb(), first.argb(), "first frame arrives pixel for pixel");
        Frame second = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertArrayEquals(screen.frame(1).argb(), second.argb(), "a changed frame updates only what changed, exactly");
        assertEquals(null, atCustomer.poll(200, TimeUnit.MILLISECONDS), "no new credit before a frame is drawn");

        session.frameDrawn();
        assertEquals(new FrameCredit(2), next(), "both drawn frames are credited back, in one record");
        assertEquals(null, atCustomer.poll(200, TimeUnit.MILLISECONDS), "no more");
    }

    @Test
    void aTechnicianWhoOnlyWatchesKeepsTwoFramesInFlight() throws Exception {
        startPaired(false);
        PatternFrameSource screen = sharing(64, 48);
        TileScreenEncoder encoder = new TileScreenEncoder();

        sendAll(encoder.encode(screen.capture()));
        assertNotNull(frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        session.frameDrawn();
        assertEquals(new FrameCredit(1), next(), "no input to ride on: the drawn frame is credited at once");
    }

    @Test
    void whileInputFlowsAFrameDrawnIsCreditedWithTheNextInput() throws Exception {
        startPaired(false);
        PatternFrameSource screen = sharing(64, 48);
        TileScreenEncoder encoder = new TileScreenEncoder();
        session.requestControl();
        assertInstanceOf(ControlMessage.ControlRequest.class, next());
        customer.send(new ControlMessage.ControlGranted());
        assertEquals(ControlState.REQUESTED, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(ControlState.IN_CONTROL, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));

        session.sendInput(new InputEvent.PointerMove(1, 1));
        assertEquals(new InputEvent.PointerMove(1, 1), next());
        sendAll(encoder.encode(screen.capture()));
        assertNotNull(frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        session.frameDrawn();
        session.sendInput(new InputEvent.KeyStroke(Key.DOWN, true));
        assertEquals(InputBatch.of(1, new InputEvent.KeyStroke(Key.DOWN, true)), next(),
                "the customer held a credit still: the drawn frame's rode on the next input");
        session.sendInput(new InputEvent.PointerMove(3, 4));
        assertEquals(new InputEvent.PointerMove(3, 4), next(), "a credit rides once");

        sendAll(encoder.encode(screen.capture()));
        assertNotNull(frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        session.sendInput(new InputEvent.PointerMove(5, 6));
        assertEquals(new InputEvent.PointerMove(5, 6), next());
        session.frameDrawn();
        sendAll(encoder.encode(screen.capture()));
        assertEquals(new FrameCredit(1), next(), "the customer used its last credit: what was owed goes at once");
    }

    /** What the view heard, in order: frames and changes of control. */
    private final List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile CountDownLatch holdFirstFrame;
    private final CountDownLatch firstFrameHeld = new CountDownLatch(1);

    @RepeatedTest(3)
    void theTechniciansRequestForControlGoesBeforeTheNextScreenUpdate() throws Exception {
        startPaired(false);
        PatternFrameSource screen = new PatternFrameSource(300, 170);
        TileScreenEncoder encoder = new TileScreenEncoder();
        holdFirstFrame = new CountDownLatch(1);
        customer.send(new ControlMessage.ScreenShareStarted(300, 170));
        awaitState(AgentState.VIEWING);
        sendAll(encoder.encode(screen.capture()));
        sendAll(encoder.encode(screen.capture())); // waiting behind the first, as a stream of updates does
        assertTrue(firstFrameHeld.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the first frame is being shown");

        // Request control (from the view's thread in the console) while the first frame is handled.
        Thread view = new Thread(session::requestControl, "view");
        view.start();
        Waiting.untilWaiting(view, "the request waits for the frame being handled", WAIT);
        holdFirstFrame.countDown();
        view.join(WAIT.toMillis());
        assertNotNull(frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertNotNull(frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS));

        assertEquals(List.of("frame", "control REQUESTED", "frame"), order,
                "the request waited for the frame under way only, not for the stream behind it");
    }

    @Test
    void aFrameBeyondTheCreditsEndsTheSession() throws Exception {
        startPaired(false);
        TileScreenEncoder encoder = new TileScreenEncoder();
        PatternFrameSource screen = new PatternFrameSource(64, 64);
        customer.send(new ControlMessage.ScreenShareStarted(64, 64));
        assertEquals(new FrameCredit(2), next());
        sendAll(encoder.encode(screen.capture()));
        sendAll(encoder.encode(screen.capture()));
        frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        sendAll(encoder.encode(screen.capture())); // no credit left for this one
        awaitState(AgentState.ENDED);
        // The parser's words go to the console's log; the technician reads the catalog's.
        assertTrue(details.contains(SessionEnding.INVALID_DATA.toTechnician()), details.toString());
        assertTrue(details.stream().noneMatch(d -> d.contains("nobody asked for")), details.toString());
    }

    @Test
    void aBrokenUpdateAsksForTheWholeScreenAndTheNextStreamShowsIt() throws Exception {
        startPaired(true);
        TileScreenEncoder encoder = new TileScreenEncoder();
        PatternFrameSource screen = new PatternFrameSource(64, 64);
        customer.send(new ControlMessage.ScreenShareStarted(64, 64));
        assertEquals(new FrameCredit(2), next());

        customer.send(new ScreenUpdate(0, 64, 64, true, true, 1, new byte[] {1, 2, 3, 4, 5}));

        assertInstanceOf(ControlMessage.ScreenRefresh.class, next());
        assertEquals(new FrameCredit(1), next(), "the lost frame's credit comes back at once");
        sendAll(encoder.encode(screen.capture()));
        assertArrayEquals(screen.frame(0).argb(), frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS).argb());
        assertEquals(AgentState.VIEWING, states.stream().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void updatesThatKeepBreakingEndTheSession() throws Exception {
        startPaired(true);
        customer.send(new ControlMessage.ScreenShareStarted(64, 64));
        assertEquals(new FrameCredit(2), next());

        for (int i = 0; i <= ScreenFeed.MAX_BROKEN_UPDATES; i++) {
            customer.send(new ScreenUpdate(i, 64, 64, true, true, 1, new byte[] {1, 2, 3, 4, 5}));
        }

        awaitState(AgentState.ENDED);
        assertTrue(details.contains(SessionEnding.INVALID_DATA.toTechnician()), details.toString());
        assertTrue(details.stream().noneMatch(d -> d.contains("decompress")), "no parser text: " + details);
    }

    @Test
    void customerPausingSharingIsShownAsThePause() throws Exception {
        startPaired(true);
        customer.send(new ControlMessage.ScreenShareStarted(64, 64));
        awaitState(AgentState.VIEWING);
        customer.send(ControlMessage.ScreenShareStopped.byCustomer("The customer paused sharing the screen."));
        awaitState(AgentState.CONNECTED);
        assertTrue(details.contains("The customer paused sharing the screen. You see nothing until they share it again."),
                details.toString());
    }

    @Test
    void aLostConnectionIsReconnectingAndTheResumeSharesOnlyWhenTheCustomerDoes() throws Exception {
        startPaired(true);
        customer.send(new ControlMessage.ScreenShareStarted(64, 64));
        awaitState(AgentState.VIEWING);

        session.connectionLost(org.tandem.shared.session.SessionEnding.CONNECTION_LOST);
        awaitState(AgentState.RECONNECTING);
        assertEquals(AgentState.RECONNECTING, session.state());

        session.connectionResumed();
        awaitState(AgentState.CONNECTED);
        assertEquals(ControlState.VIEW_ONLY, session.control(), "control is not given back by the resume");
        customer.send(new ControlMessage.ScreenShareStarted(64, 64));
        awaitState(AgentState.VIEWING);
    }

    @Test
    void aRequestForControlWhileTheLostConnectionIsHandledIsNotMadeAndControlStaysEnded() throws Exception {
        resumeThrough = (token, timeout) -> {
            try {
                testOver.await(); // the relay does not answer: the session stays lost for the whole test
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException("The session ended");
            }
            throw new java.io.IOException("The relay never answered");
        };
        startViewing();

        dropWhileControlIsAskedForAgain();
        awaitState(AgentState.RECONNECTING);

        assertControlStaysEndedAndTheViewHearsWhy("while the connection is lost", RECONNECTING_SO_NO_REQUEST);
    }

    @Test
    void aRequestForControlWhileTheSessionEndsIsNotMadeAndControlStaysEnded() throws Exception {
        startViewing(); // no resume: a dropped connection ends the session

        dropWhileControlIsAskedForAgain();
        awaitState(AgentState.ENDED);

        assertControlStaysEndedAndTheViewHearsWhy("with the session", "The session has ended.");
    }

    /**
     * The technician is given control; then the connection drops, and while the drop ends control
     * (its report to the view held), the technician asks for control again on the view's thread.
     */
    private void dropWhileControlIsAskedForAgain() throws Exception {
        session.requestControl();
        assertInstanceOf(ControlMessage.ControlRequest.class, next());
        customer.send(new ControlMessage.ControlGranted());
        assertEquals(ControlState.REQUESTED, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(ControlState.IN_CONTROL, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        holdEndOfControlReport = new CountDownLatch(1);

        links.first().close(); // the console's connection drops
        assertTrue(endOfControlReportHeld.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the drop ends control");
        Thread view = new Thread(session::requestControl, "view");
        view.start();
        untilDoneOrWaiting(view);
        holdEndOfControlReport.countDown();
        view.join(WAIT.toMillis());
    }

    private void assertControlStaysEndedAndTheViewHearsWhy(String when, String why) {
        assertEquals(ControlState.VIEW_ONLY, session.control(), "control stays ended " + when);
        List<ControlState> heard = new java.util.ArrayList<>(controls);
        assertEquals(ControlState.VIEW_ONLY, heard.get(heard.size() - 1), "the view was told what the session holds: "
                + heard);
        assertTrue(details.contains(why), details.toString());
    }

    @Test
    void aRequestForControlThatCannotBeMadeSaysWhy() throws Exception {
        startPaired(true);
        session.requestControl();
        assertEquals(ControlState.VIEW_ONLY, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS),
                "a request before the customer shares is answered, not dropped");
        assertTrue(details.contains("The customer is not sharing their screen; control can be asked for while they"
                + " share it."), details.toString());

        customer.send(new ControlMessage.ScreenShareStarted(64, 64));
        awaitState(AgentState.VIEWING);
        session.requestControl();
        assertEquals(ControlState.REQUESTED, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        session.requestControl();
        assertEquals(ControlState.REQUESTED, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertTrue(details.contains("Control was asked for already; waiting for the customer's answer."),
                details.toString());

        customer.send(new ControlMessage.ControlGranted());
        assertEquals(ControlState.IN_CONTROL, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        // As when the customer's side took control back on a loss the console has not noticed yet.
        session.requestControl();
        assertEquals(ControlState.IN_CONTROL, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertTrue(details.contains("You are in control already."), details.toString());
    }

    private static final String RECONNECTING_SO_NO_REQUEST =
            "The connection to the customer is being restored; ask for control again once their screen is back.";

    /** Returns once {@code thread} has finished, or waits (parked on a lock, or blocked on a monitor). */
    private static void untilDoneOrWaiting(Thread thread) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Thread.State now;
        while ((now = thread.getState()) != Thread.State.TERMINATED && now != Thread.State.WAITING
                && now != Thread.State.BLOCKED) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("The request neither went through nor waited: " + now);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void endingTellsTheCustomerAndClosesThePipe() throws Exception {
        startPaired(true);
        session.end();
        awaitState(AgentState.ENDED);
        ControlMessage.SessionEnd end = assertInstanceOf(ControlMessage.SessionEnd.class, next());
        assertEquals(SessionEnding.TECHNICIAN_ENDED.code(), end.how());
        assertEquals(SessionEnding.TECHNICIAN_ENDED.toCustomer(), end.reason(), "what an older client shows");
        customerEnded.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(details.contains(SessionEnding.TECHNICIAN_ENDED.toTechnician()), details.toString());
    }

    @Test
    void theConnectionsFiguresAreShownOnlyWhileTheCustomerIsConnected() throws Exception {
        startPaired(true);
        assertTrue(session.quality().isPresent(), "round trip and bandwidth while connected");
        session.end();
        awaitState(AgentState.ENDED);
        assertTrue(session.quality().isEmpty(), "an ended session has no round trip to show");
    }

    @Test
    void closingTheConsoleTellsTheCustomerItClosedNotThatItEnded() throws Exception {
        startPaired(true);
        session.endBecauseClosed();
        awaitState(AgentState.ENDED);
        assertEquals(SessionEnding.TECHNICIAN_CLOSED_WINDOW.code(),
                assertInstanceOf(ControlMessage.SessionEnd.class, next()).how());
        assertTrue(details.contains(SessionEnding.TECHNICIAN_CLOSED_WINDOW.toTechnician()), details.toString());
    }

    @Test
    void theCustomersEndIsReadInTheConsolesOwnWords() throws Exception {
        startPaired(true);
        customer.send(new ControlMessage.SessionEnd("raw words from the other side", "customer-closed-window"));
        awaitState(AgentState.ENDED);
        assertTrue(details.contains(SessionEnding.CUSTOMER_CLOSED_WINDOW.toTechnician()), details.toString());
        assertTrue(details.stream().noneMatch(d -> d.contains("raw words")), details.toString());
        assertEquals("customer", journalEndedBy(), "the customer ended it");
    }

    @Test
    void aSessionTheCustomerDidNotAnswerIsRecordedAsEndedByTandem() throws Exception {
        startPaired(true);
        customer.send(new ControlMessage.SessionEnd("raw words", SessionEnding.CUSTOMER_DID_NOT_ANSWER.code()));
        awaitState(AgentState.ENDED);
        assertTrue(details.contains(SessionEnding.CUSTOMER_DID_NOT_ANSWER.toTechnician()), details.toString());
        assertEquals("system", journalEndedBy(), "nobody answered: Tandem ended it, not the customer");
    }

    @Test
    void aResultArrivingAfterTheEndStillLetsTheCustomersReceiptIn() throws Exception {
        answersWithReceipt = false; // this test answers by hand, after a late result
        startPaired(true);
        ActionDescriptor look = new ActionDescriptor("processes", "List running programs", ActionRisk.READ,
                "Nothing is changed.", true, true, "", List.of());
        String id = session.requestAction(look, Map.of());
        assertInstanceOf(ControlMessage.ActionRequested.class, next());

        session.end();
        assertInstanceOf(ControlMessage.SessionEnd.class, next());
        Checkpoint consoleFinal = Checkpoint.fromMap(
                assertInstanceOf(ControlMessage.LogCheckpoint.class, next()).checkpoint());
        // The customer's side finishes the action late, then answers the end with its own checkpoint.
        customer.send(new ControlMessage.ActionFinished(ActionResult.of(id, ActionResult.Outcome.SUCCEEDED, "3 programs.")));
        Checkpoint customerFinal = Checkpoint.sign(consoleFinal.session(), 9, "cd".repeat(32), true,
                Ed25519Keys.generate());
        customer.send(new ControlMessage.LogCheckpoint(customerFinal.toMap()));
        awaitState(AgentState.ENDED);

        Path log = logDir.resolve(consoleFinal.session()).resolve("technician.log");
        // The receipt is stored once it arrives; wait for the log to say so.
        org.testfx.util.WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> SessionLogVerifier.verify(log) instanceof LogVerification.Intact done && done.receipt().isPresent());
        LogVerification verdict = SessionLogVerifier.verify(log);
        LogVerification.Intact intact = assertInstanceOf(LogVerification.Intact.class, verdict, verdict.describe());
        assertEquals(Optional.of(customerFinal), intact.receipt(), "the customer's receipt was lost");
        assertTrue(details.stream().noneMatch(d -> d.contains("failed")), details.toString());
    }

    @Test
    void customerOfAnotherVersionIsToldWhyAndTheConsoleSaysSo() throws Exception {
        startPaired(true, Protocol.VERSION + 1);
        awaitState(AgentState.ENDED);
        assertTrue(details.contains(SessionEnding.VERSION_MISMATCH.toTechnician()), details.toString());
        assertTrue(atCustomer.stream().anyMatch(m -> m instanceof ControlMessage.SessionEnd end
                && end.how().equals(SessionEnding.VERSION_MISMATCH.code())), "the customer hears why");
    }

    @Test
    void controlIsAskedForAndInputFlowsOnlyWhileGranted() throws Exception {
        startViewing();

        session.sendInput(new InputEvent.PointerMove(1, 2));
        session.requestControl();
        assertEquals(ControlState.REQUESTED, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertInstanceOf(ControlMessage.ControlRequest.class, next(), "input before a grant was not sent");

        customer.send(new ControlMessage.ControlGranted());
        assertEquals(ControlState.IN_CONTROL, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        session.sendInput(new InputEvent.PointerMove(3, 4));
        assertEquals(new InputEvent.PointerMove(3, 4), next());

        customer.send(ControlMessage.ControlRevoked.byCustomer("The customer stopped control."));
        assertEquals(ControlState.VIEW_ONLY, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertTrue(details.contains("The customer stopped control."));
        session.sendInput(new InputEvent.PointerMove(5, 6));
        session.requestControl();
        assertInstanceOf(ControlMessage.ControlRequest.class, next(), "no input after the revoke");
    }

    @Test
    void anUnansweredControlRequestIsRecordedAsNobodyAnsweringNotAsANo() throws Exception {
        startViewing();
        session.requestControl();
        assertInstanceOf(ControlMessage.ControlRequest.class, next());
        customer.send(new ControlMessage.ControlDenied("The customer did not answer.", true));
        assertEquals(ControlState.REQUESTED, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(ControlState.NOT_ANSWERED, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        session.end();
        awaitState(AgentState.ENDED);

        Path log;
        try (var files = java.nio.file.Files.walk(logDir)) {
            log = files.filter(f -> f.getFileName().toString().equals("technician.log")).findFirst().orElseThrow();
        }
        List<String> types = org.tandem.shared.log.LogReader.read(log).stream()
                .map(org.tandem.shared.log.LogEntry::type).toList();
        assertTrue(types.contains(org.tandem.shared.log.LogEventTypes.CONSENT_TIMED_OUT), types.toString());
        assertFalse(types.contains(org.tandem.shared.log.LogEventTypes.CONSENT_DENIED), types.toString());
    }

    @Test
    void aGrantSentAsTheConnectionDroppedComesAfterTheResumeAndEndsNothing() throws Exception {
        startViewing();
        session.requestControl();
        assertInstanceOf(ControlMessage.ControlRequest.class, next());
        assertEquals(ControlState.REQUESTED, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS));

        session.connectionLost(SessionEnding.CONNECTION_LOST);
        awaitState(AgentState.RECONNECTING);
        session.connectionResumed();
        awaitState(AgentState.CONNECTED);
        // The customer allowed as the connection dropped: its grant, then the revocation its side made at
        // the loss, were kept and come again on the new connection; then it shares again.
        customer.send(new ControlMessage.ControlGranted());
        customer.send(ControlMessage.ControlRevoked.byTandem("The connection to your technician was lost."));
        customer.send(new ControlMessage.ScreenShareStarted(64, 64));
        awaitState(AgentState.VIEWING);

        assertEquals(ControlState.VIEW_ONLY, session.control(), "a grant from before the drop gives no control");
        assertInstanceOf(ControlMessage.ControlReleased.class, next(),
                "the customer's side is told to keep control, whatever it holds");
        assertEquals(new FrameCredit(2), next());
        session.requestControl();
        assertInstanceOf(ControlMessage.ControlRequest.class, next());
        customer.send(new ControlMessage.ControlGranted());
        awaitControl(ControlState.IN_CONTROL);
        assertTrue(states.stream().noneMatch(s -> s == AgentState.ENDED), states.toString());

        List<String> types = journalTypes();
        int lost = types.indexOf(org.tandem.shared.log.LogEventTypes.CONNECTION_LOST);
        List<String> afterLoss = types.subList(lost, types.size());
        assertEquals(List.of(org.tandem.shared.log.LogEventTypes.CONNECTION_LOST,
                org.tandem.shared.log.LogEventTypes.CONNECTION_RESUMED, org.tandem.shared.log.LogEventTypes.CONSENT_GRANTED,
                org.tandem.shared.log.LogEventTypes.CONTROL_STOPPED), afterLoss.subList(0, 4),
                "the late yes is recorded, and that control ended with the connection, before anything is sent");
    }

    @Test
    void aWithdrawnRequestWhoseYesCrossedTheWithdrawalGivesNoControlAndAnswersThatItIsReleased() throws Exception {
        startViewing();
        session.requestControl();
        assertInstanceOf(ControlMessage.ControlRequest.class, next());
        awaitControl(ControlState.REQUESTED);

        session.withdrawControlRequest();
        assertInstanceOf(ControlMessage.ControlRequestWithdrawn.class, next());
        awaitControl(ControlState.WITHDRAWN);
        // The customer pressed Allow just before the withdrawal reached their computer.
        customer.send(new ControlMessage.ControlGranted());

        assertInstanceOf(ControlMessage.ControlReleased.class, next(), "the customer's side is told to let control go");
        session.sendInput(new InputEvent.PointerMove(3, 4));
        session.requestControl();
        assertInstanceOf(ControlMessage.ControlRequest.class, next(), "no input went, and a new request may go");
        assertTrue(controls.stream().noneMatch(c -> c == ControlState.IN_CONTROL), controls.toString());
        assertTrue(states.stream().noneMatch(s -> s == AgentState.ENDED), "the session goes on: " + states);

        List<String> types = journalTypes();
        int withdrawn = types.indexOf(org.tandem.shared.log.LogEventTypes.CONSENT_WITHDRAWN);
        assertTrue(withdrawn > 0, types.toString());
        assertEquals(List.of(org.tandem.shared.log.LogEventTypes.CONSENT_WITHDRAWN,
                org.tandem.shared.log.LogEventTypes.CONSENT_GRANTED, org.tandem.shared.log.LogEventTypes.CONTROL_STOPPED,
                org.tandem.shared.log.LogEventTypes.CONTROL_REQUESTED), types.subList(withdrawn, withdrawn + 4),
                "the withdrawal, then the late yes and that control went back, each before what it sent");
        assertFalse(types.contains(org.tandem.shared.log.LogEventTypes.CONTROL_STARTED), types.toString());
    }

    @Test
    void aNoThatCrossesAWithdrawalDoesNotShowTheRequestDenied() throws Exception {
        startViewing();
        session.requestControl();
        assertInstanceOf(ControlMessage.ControlRequest.class, next());
        session.withdrawControlRequest();
        assertInstanceOf(ControlMessage.ControlRequestWithdrawn.class, next());
        awaitControl(ControlState.WITHDRAWN);

        customer.send(new ControlMessage.ControlDenied("The customer said no."));
        org.testfx.util.WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> journalTypes().contains(org.tandem.shared.log.LogEventTypes.CONSENT_DENIED));
        session.requestControl(); // the withdrawn request has had its answer
        assertInstanceOf(ControlMessage.ControlRequest.class, next());

        assertEquals(ControlState.REQUESTED, controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS),
                "straight from withdrawn to asked again: never denied");
        assertFalse(details.contains("The customer said no."), details.toString());
    }

    @Test
    void aWithdrawalFromTheCustomersSideEndsTheSessionAsInvalid() throws Exception {
        startViewing();
        customer.send(new ControlMessage.ControlRequestWithdrawn());
        awaitState(AgentState.ENDED);
        assertTrue(details.contains(SessionEnding.INVALID_DATA.toTechnician()), details.toString());
    }

    @Test
    void aGrantNobodyAskedForEndsTheSession() throws Exception {
        startPaired(true);
        customer.send(new ControlMessage.ControlGranted());
        awaitState(AgentState.ENDED);
        assertTrue(details.contains(SessionEnding.INVALID_DATA.toTechnician()), details.toString());
    }

    @Test
    void theTechnicianSwitchesMonitorsAndTheViewTakesTheNewSizeWithoutANewConsent() throws Exception {
        startPaired(true);
        List<ControlMessage.Monitor> both = List.of(new ControlMessage.Monitor(0, 0, 64, 48),
                new ControlMessage.Monitor(64, 0, 40, 32));
        customer.send(new ControlMessage.ScreenMonitors(both, 1, 64, 48));
        customer.send(new ControlMessage.ScreenShareStarted(64, 48));
        assertEquals(new ControlMessage.ScreenMonitors(both, 1, 64, 48), monitors.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        awaitState(AgentState.VIEWING);
        assertEquals(new FrameCredit(2), next());
        TileScreenEncoder encoder = new TileScreenEncoder();
        sendAll(encoder.encode(new PatternFrameSource(64, 48).capture()));
        assertEquals(64, frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS).width());
        assertEquals(new FrameCredit(1), next());

        session.switchMonitor(3); // not one of the customer's
        session.switchMonitor(2);

        assertEquals(new ControlMessage.ScreenSwitch(2), next(), "only a monitor the customer has is asked for");
        customer.send(new ControlMessage.ScreenMonitors(both, 2, 40, 32));
        PatternFrameSource second = new PatternFrameSource(40, 32);
        encoder.reset();
        sendAll(encoder.encode(second.capture()));
        Frame shown = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertArrayEquals(second.frame(0).argb(), shown.argb(), "the new monitor, whole, at its own size");
        assertEquals(new ControlMessage.ScreenMonitors(both, 2, 40, 32), monitors.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(AgentState.VIEWING, session.state());
        assertTrue(states.stream().noneMatch(s -> s == AgentState.ENDED), states.toString());
    }

    /** The customer shares a screen of this size, and the console grants its first two frames. */
    private PatternFrameSource sharing(int width, int height) throws Exception {
        customer.send(new ControlMessage.ScreenShareStarted(width, height));
        awaitState(AgentState.VIEWING);
        assertEquals(new FrameCredit(2), next());
        return new PatternFrameSource(width, height);
    }

    private void sendAll(List<ScreenUpdate> updates) throws Exception {
        for (ScreenUpdate update : updates) {
            customer.send(update);
        }
    }

    private SessionMessage next() throws InterruptedException {
        SessionMessage message = atCustomer.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("Nothing arrived at the customer");
        }
        return message;
    }

    /** Paired, and the customer sharing: the console views the screen and has credited two frames. */
    private void startViewing() throws Exception {
        startPaired(true);
        customer.send(new ControlMessage.ScreenShareStarted(64, 64));
        awaitState(AgentState.VIEWING);
        assertEquals(new FrameCredit(2), next());
    }

    /** The types of the events in the console's journal so far, in order. */
    private List<String> journalTypes() throws Exception {
        Path log;
        try (var files = java.nio.file.Files.walk(logDir)) {
            log = files.filter(f -> f.getFileName().toString().equals("technician.log")).findFirst().orElseThrow();
        }
        return org.tandem.shared.log.LogReader.read(log).stream().map(org.tandem.shared.log.LogEntry::type).toList();
    }

    /** Who the console's journal says ended the session ({@code session.ended}'s {@code by}). */
    private String journalEndedBy() throws Exception {
        Path log;
        try (var files = java.nio.file.Files.walk(logDir)) {
            log = files.filter(f -> f.getFileName().toString().equals("technician.log")).findFirst().orElseThrow();
        }
        return org.tandem.shared.log.LogReader.read(log).stream()
                .filter(e -> e.type().equals(org.tandem.shared.log.LogEventTypes.SESSION_ENDED))
                .map(e -> e.detail("by")).reduce((a, b) -> b).orElseThrow();
    }

    private void awaitControl(ControlState wanted) throws InterruptedException {
        while (true) {
            ControlState control = controls.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (control == null) {
                throw new AssertionError("Control " + wanted + " never came");
            }
            if (control == wanted) {
                return;
            }
        }
    }

    private void awaitState(AgentState wanted) throws InterruptedException {
        while (true) {
            AgentState state = states.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (state == null) {
                throw new AssertionError("State " + wanted + " never came");
            }
            if (state == wanted) {
                return;
            }
        }
    }
}
