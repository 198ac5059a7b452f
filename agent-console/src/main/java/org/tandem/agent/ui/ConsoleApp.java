package org.tandem.agent.ui;

import java.io.IOException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.AgentOptions;
import org.tandem.agent.AgentSettings;
import org.tandem.agent.history.OpenLogs;
import org.tandem.agent.history.OwnSessions;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.session.AgentLogs;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.RelaySessionRendezvous;
import org.tandem.agent.session.SessionRendezvous;
import org.tandem.shared.cli.CommandLineOptions;
import org.tandem.shared.config.WindowBoundsStore;
import org.tandem.shared.identity.TechnicianCredentials;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.session.EndSessionOnShutdown;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.desktop.ui.WindowBoundsBinding;

/**
 * The agent console: one window, one tab per customer session. Everything read from disk (the key,
 * the certificate, where the window was) is read in {@link #init()}, before the FX thread is used.
 */
public final class ConsoleApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);
    /** Long enough for the other side's receipt (5 s) to come back. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(8);

    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "tandem-agent-worker");
        thread.setDaemon(true);
        return thread;
    });
    /** Writes the window's layout and place as it closes; waited for at exit. */
    private final ExecutorService layoutWriter = Executors.newSingleThreadExecutor(r -> new Thread(r, "tandem-layout"));
    /** Every session opened, for Ctrl+C and SIGTERM to end them all; read off the FX thread. */
    private final List<AgentSession> opened = new CopyOnWriteArrayList<>();
    private AgentSettings settings;
    private KeyPair key;
    private Optional<TechnicianCredentials> credentials;
    private Optional<WindowBoundsStore.Bounds> windowBounds;
    private WindowBoundsStore boundsStore;
    private WorkspaceLayoutStore layoutStore;
    private WorkspaceLayoutStore.Layout layout;
    private RelayClient relayClient;
    private SessionsViewModel sessions;

    @Override
    public void init() throws IOException {
        settings = CommandLineOptions.parseOrExit(new AgentOptions(), getParameters().getRaw().toArray(String[]::new))
                .settings();
        LOG.info("Console data in {}", settings.dataDir());
        key = Ed25519Keys.loadOrCreate(settings.technicianKeyFile());
        credentials = loadCredentials(settings);
        relayClient = RelayClient.start(settings.knownRelaysFile());
        boundsStore = new WindowBoundsStore(settings.dataDir().resolve("window.properties"));
        windowBounds = boundsStore.load();
        layoutStore = new WorkspaceLayoutStore(settings.dataDir().resolve("workspace.properties"));
        layout = layoutStore.load();
    }

    /** The narrowest the window gets: a 1280-pixel screen at 200 %. Everything must still be shown whole. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 480;

    @Override
    public void start(Stage stage) {
        SessionRendezvous.Factory rendezvous = RelaySessionRendezvous.factory(relayClient, settings.relay(),
                settings.technicianName(), key);
        // Which logs are this console's own, and which of them run now: History and the Customer tab read them so.
        OwnSessions own = OwnSessions.of(settings.dataDir(), key, new OpenLogs());
        String shownName = credentials.map(TechnicianCredentials::technicianName).orElse(settings.technicianName());
        SecureRandom random = new SecureRandom();
        AgentLogs logs = sessionId -> SessionLogWriter.create(new SessionHistory(settings.dataDir()).folderOf(sessionId)
                .resolve(SessionHistory.LOG_FILE), sessionId, "technician:" + shownName, key, 20, Clock.systemUTC());
        sessions = new SessionsViewModel(() -> new ConsoleWorkspace(Platform::runLater, worker, conversationSender(),
                (listener, logOpened) -> {
                    AgentSession.Parts parts = new AgentSession.Parts(rendezvous, credentials, random,
                            ConsoleWorkspace.reporting(logs, logOpened));
                    AgentSession session = new AgentSession(parts, shownName, listener, worker, settings.customerWait());
                    session.resumeWithin(settings.resumeWindow(), RelaySessionRendezvous.reconnector(relayClient,
                            settings.relay(), settings.technicianName(), key));
                    opened.add(session);
                    return session;
                }, own, Clock.systemDefaultZone()));
        // Ctrl+C or SIGTERM end every session as closing the window does, so their logs are closed.
        new EndSessionOnShutdown(() -> opened.forEach(AgentSession::endBecauseClosed),
                () -> opened.stream().allMatch(s -> s.state() == AgentState.IDLE || s.state() == AgentState.ENDED),
                SHUTDOWN_WAIT).install("tandem-console-shutdown");
        printCodes();

        SessionsView view = new SessionsView(sessions, own);
        view.apply(layout);
        Scene scene = new Scene(view.root(), 1280, 800);
        stage.setTitle(Texts.format("console.windowTitle", settings.technicianName()));
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        WindowBoundsBinding.bind(stage, windowBounds, bounds -> layoutWriter.execute(() -> boundsStore.save(bounds)));
        CloseConfirmation.install(stage, sessions);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            WorkspaceLayoutStore.Layout now = view.layout();
            layoutWriter.execute(() -> layoutStore.save(now));
        });
        stage.show();
        for (int i = 0; i < settings.sessionsAtStart(); i++) {
            sessions.newSession();
        }
    }

    /**
     * One thread at a time, in order, for what one session's conversation records and sends, so a
     * slow session never holds up another's; the thread goes when the session has been idle a while.
     */
    private static ExecutorService conversationSender() {
        return new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "tandem-agent-conversation");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Scripts (and the demo) read each session's code from standard output. */
    private void printCodes() {
        SessionCodePrinter.install(sessions.tabs(), code -> System.out.println("Session code: " + code));
    }

    private static Optional<TechnicianCredentials> loadCredentials(AgentSettings settings) throws IOException {
        if (!TechnicianCredentials.existsIn(settings.dataDir())) {
            LOG.warn("No technician certificate in {}: customers will see that your identity cannot be verified",
                    settings.dataDir());
            return Optional.empty();
        }
        TechnicianCredentials loaded = TechnicianCredentials.load(settings.dataDir());
        LOG.info("Technician certificate: {} of {}", loaded.technicianName(), loaded.organisationName());
        return Optional.of(loaded);
    }

    @Override
    public void stop() {
        if (sessions != null) {
            sessions.endAll();
        }
        if (relayClient != null) {
            relayClient.close();
        }
        worker.shutdownNow();
        layoutWriter.shutdown();
        try {
            layoutWriter.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
