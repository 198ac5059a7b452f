package org.tandem.agent.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.SessionRendezvous;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ControlMessage.Hello;
import org.tandem.shared.message.ControlMessage.Role;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionListener;
import org.tandem.shared.session.SessionPairing;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.testing.SocketLinks;

/**
 * A console view model whose sessions run for real (pairing, encryption, session log) over a
 * loopback pipe instead of a relay, and the customer's end of that pipe, played by the test.
 */
final class LoopbackCustomer implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<Rendezvous> rendezvous = new LinkedBlockingQueue<>();
    private final java.util.List<Rendezvous> all = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<AgentSession> sessions = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final BlockingQueue<SessionMessage> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<SessionEndReason> ended = new CompletableFuture<>();
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "console-test-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "console-test-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final ConsoleWorkspace workspace;
    private final ConsoleViewModel model;
    private SessionChannel channel;
    private final Path logDir;

    LoopbackCustomer(Path logDir) {
        this(logDir, null, "Dana");
    }

    /**
     * Sessions that try to resume a lost connection for {@code resumeWindow} (decision 0013), through a
     * relay that cannot be reached again: they reconnect until the window closes or Cancel.
     */
    LoopbackCustomer(Path logDir, Duration resumeWindow) {
        this(logDir, resumeWindow, "Dana");
    }

    /** Sessions of the technician named {@code technician}, as their certificate and log name them. */
    static LoopbackCustomer withTechnician(Path logDir, String technician) {
        return new LoopbackCustomer(logDir, null, technician);
    }

    /**
     * Sessions whose console keeps its data in {@code data}, as the app does: the logs under
     * {@code sessions/}, where History (and the Customer tab's earlier sessions) read them.
     */
    static LoopbackCustomer inDataFolder(Path data) {
        return new LoopbackCustomer(data.resolve(org.tandem.agent.history.SessionHistory.SESSIONS_DIRECTORY), null,
                "Dana", data);
    }

    private LoopbackCustomer(Path logDir, Duration resumeWindow, String technician) {
        this(logDir, resumeWindow, technician, logDir);
    }

    private LoopbackCustomer(Path logDir, Duration resumeWindow, String technician, Path dataDir) {
        this.logDir = logDir;
        SessionRendezvous.Factory relay = () -> {
            Rendezvous next = new Rendezvous(SocketLinks.open());
            rendezvous.add(next);
            all.add(next);
            return next;
        };
        workspace = new ConsoleWorkspace(Platform::runLater, worker, sender, (listener, logOpened) -> {
            AgentSession session = new AgentSession(
                    new AgentSession.Parts(relay, Optional.empty(), new SecureRandom(), ConsoleWorkspace.reporting(
                            id -> SessionLogWriter.create(logDir.resolve(id).resolve("technician.log"), id,
                                    "technician:" + technician, Ed25519Keys.generate(), 20, Clock.systemUTC()),
                            logOpened)),
                    technician, listener, worker, WAIT);
            if (resumeWindow != null) {
                session.resumeWithin(resumeWindow, (token, timeout) -> {
                    throw new IOException("The relay cannot be reached");
                });
            }
            sessions.add(session);
            return session;
        }, dataDir, Clock.systemDefaultZone());
        model = workspace.console();
    }

    ConsoleViewModel model() {
        return model;
    }

    /**
     * The customers' tabs of a console window: each New session opens the next customer's session
     * (the first customer's with the first), as many as there are customers.
     */
    static SessionsViewModel window(LoopbackCustomer... customers) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        return new SessionsViewModel(() -> {
            int at = next.getAndIncrement();
            if (at >= customers.length) {
                throw new AssertionError("this test has " + customers.length + " customers, not more");
            }
            return customers[at].workspace();
        });
    }

    /** A console window over these customers' sessions, shown on {@code stage} at this size; its scene. */
    static javafx.scene.Scene show(javafx.stage.Stage stage, Path data, double width, double height,
            LoopbackCustomer... customers) {
        javafx.scene.Scene scene = new javafx.scene.Scene(new SessionsView(window(customers), data).root(), width, height);
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** After a test: these customers gone, and every window but the console's closed (dialogs, notices). */
    static void closeAll(org.testfx.api.FxRobot robot, javafx.scene.Scene console, AutoCloseable... customers) {
        for (AutoCloseable customer : customers) {
            try {
                customer.close();
            } catch (Exception e) {
                throw new AssertionError("could not close " + customer, e);
            }
        }
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != console.getWindow()).toList()
                .forEach(javafx.stage.Window::hide));
    }

    /** The console window's view models, sessions included. */
    ConsoleWorkspace workspace() {
        return workspace;
    }

    /** The customer types {@code typed} and pairs; fails as pairing fails for a wrong code. */
    void join(String typed) throws Exception {
        Rendezvous latest = rendezvous.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (latest == null) {
            throw new AssertionError("the console asked the relay for no session");
        }
        latest.customerArrived.complete(latest.links.first());
        SessionPairing.Paired paired = SessionPairing.pair(latest.links.second(), PairingRole.CUSTOMER,
                SessionCode.parse(typed), WAIT);
        channel = paired.channel();
        channel.start(new SessionListener() {
            @Override
            public void received(SessionMessage message) {
                received.add(message);
                // As the client does: the console's final checkpoint is answered, so that its side may close.
                org.tandem.shared.testing.Receipts.answer(message, logDir, "customer", channel);
            }

            @Override
            public void ended(SessionEndReason reason) {
                ended.complete(reason);
            }
        }, "test-customer");
        send(new Hello(Protocol.VERSION, Role.CUSTOMER, "Alice"));
    }

    /**
     * From the console in {@code robot}'s window: New session, then this customer joins with the code
     * the console shows and shares; returns once the console views the customer's screen.
     */
    void sharesWithTheConsole(org.testfx.api.FxRobot robot) throws Exception {
        robot.clickOn("#newSessionButton");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> model().stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        joinAndShare(robot.lookup("#codeLabel").queryAs(javafx.scene.control.Label.class).getText());
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> model().stateProperty().get() == AgentState.VIEWING);
    }

    /** Joins, then shares a small screen and lets the technician take control when asked. */
    void joinAndShare(String typed) throws Exception {
        join(typed);
        send(new ControlMessage.ScreenShareStarted(64, 48));
    }

    void send(SessionMessage message) throws IOException {
        channel.send(message);
    }

    /** The next message of the given type the console sent, skipping others (hello, frame requests). */
    <T extends SessionMessage> T next(Class<T> type) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            SessionMessage message = received.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(message)) {
                return type.cast(message);
            }
        }
        throw new AssertionError("the console sent no " + type.getSimpleName());
    }

    /** Whether the console sent a message of this type within a short while. */
    boolean sentWithin(Class<? extends SessionMessage> type, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            if (type.isInstance(received.poll(50, TimeUnit.MILLISECONDS))) {
                return true;
            }
        }
        return false;
    }

    /** Forgets what the console sent so far, once nothing more has come for {@code quiet}. */
    void drainUntilQuiet(Duration quiet) throws InterruptedException {
        while (received.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) != null) {
            received.clear();
        }
    }

    /** The network between the customer and the console fails: the customer's end of the pipe closes. */
    void cut() {
        all.forEach(r -> r.links.second().close());
    }

    SessionEndReason awaitEnd() throws InterruptedException, ExecutionException, TimeoutException {
        return ended.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Ends the customer's side and every session the console started, and returns once each has
     * ended: a session's log is closed before it reports the end, so nothing is written in the log
     * folder any more when the test removes it.
     */
    @Override
    public void close() {
        if (channel != null) {
            channel.close();
        }
        all.forEach(Rendezvous::cancel);
        all.forEach(r -> r.links.second().close());
        sessions.forEach(AgentSession::end); // a session still reconnecting would otherwise wait out its window
        try {
            awaitEnded();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while the console's sessions were ending", e);
        } finally {
            worker.shutdownNow();
            sender.shutdownNow();
        }
    }

    private void awaitEnded() throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (!sessions.stream().allMatch(LoopbackCustomer::isOver)) {
            if (System.nanoTime() - until > 0) {
                throw new AssertionError("The console's sessions did not end within " + WAIT.toSeconds()
                        + " s of their customer leaving: " + sessions.stream().map(AgentSession::state).toList());
            }
            TimeUnit.MILLISECONDS.sleep(10); // polled: only the console, as listener, hears a session end
        }
    }

    private static boolean isOver(AgentSession session) {
        AgentState state = session.state();
        return state == AgentState.ENDED || state == AgentState.IDLE;
    }

    /** What the relay would hold: the console waits here until the customer joins. */
    private static final class Rendezvous implements SessionRendezvous {
        private final SocketLinks.Pair links;
        private final CompletableFuture<RelayLink> customerArrived = new CompletableFuture<>();

        Rendezvous(SocketLinks.Pair links) {
            this.links = links;
        }

        @Override
        public String nameplate() {
            return "482";
        }

        @Override
        public RelayLink awaitCustomer(Duration timeout) throws IOException {
            try {
                return customerArrived.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("The code was given back", e);
            }
        }

        @Override
        public void cancel() {
            customerArrived.completeExceptionally(new IOException("given back"));
            links.first().close(); // the customer's end notices as the relay's pipe closes
        }
    }
}
