package org.tandem.agent.ui;

import java.io.IOException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.AgentOptions;
import org.tandem.agent.AgentSettings;
import java.time.Clock;
import java.time.Duration;
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

/** The agent console: wires sessions to the console window. */
public final class ConsoleApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);
    /** Long enough for the other side's receipt (5 s) to come back. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(8);

    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "tandem-agent-worker");
        thread.setDaemon(true);
        return thread;
    });
    /** What the conversation records and sends, one thing at a time, in order. */
    private final ExecutorService conversationSender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "tandem-agent-conversation");
        thread.setDaemon(true);
        return thread;
    });
    /** Writes the window's layout as it closes; waited for at exit. */
    private final ExecutorService layoutWriter = Executors.newSingleThreadExecutor(r -> new Thread(r, "tandem-layout"));
    private RelayClient relayClient;
    private ConsoleViewModel model;
    private ConsoleWorkspace workspace;

    @Override
    public void start(Stage stage) throws IOException {
        AgentSettings settings = CommandLineOptions.parseOrExit(new AgentOptions(),
                getParameters().getRaw().toArray(String[]::new)).settings();
        LOG.info("Console data in {}", settings.dataDir());
        KeyPair key = Ed25519Keys.loadOrCreate(settings.technicianKeyFile());
        relayClient = RelayClient.start(settings.knownRelaysFile());
        SessionRendezvous.Factory rendezvous = RelaySessionRendezvous.factory(relayClient, settings.relay(),
                settings.technicianName(), key);

        Optional<TechnicianCredentials> credentials = loadCredentials(settings);
        String shownName = credentials.map(TechnicianCredentials::technicianName).orElse(settings.technicianName());
        SecureRandom random = new SecureRandom();
        AgentLogs logs = sessionId -> SessionLogWriter.create(new SessionHistory(settings.dataDir()).folderOf(sessionId)
                .resolve(SessionHistory.LOG_FILE), sessionId, "technician:" + shownName, key, 20, Clock.systemUTC());
        AtomicReference<AgentSession> latest = new AtomicReference<>();
        workspace = new ConsoleWorkspace(Platform::runLater, worker, conversationSender, (listener, logOpened) -> {
            AgentSession.Parts parts = new AgentSession.Parts(rendezvous, credentials, random,
                    ConsoleWorkspace.reporting(logs, logOpened));
            AgentSession session = new AgentSession(parts, shownName, listener, worker, settings.customerWait());
            latest.set(session);
            return session;
        }, settings.dataDir(), Clock.systemDefaultZone());
        model = workspace.console();
        // Ctrl+C or SIGTERM end the session as closing the window does, so its log is closed.
        new EndSessionOnShutdown(() -> {
            AgentSession session = latest.get();
            if (session != null) {
                session.endBecauseClosed();
            }
        }, () -> {
            AgentSession session = latest.get();
            return session == null || session.state() == AgentState.IDLE || session.state() == AgentState.ENDED;
        }, SHUTDOWN_WAIT).install("tandem-console-shutdown");
        model.codeProperty().addListener((obs, was, code) -> {
            if (!code.isEmpty()) {
                // Scripts (and the demo) read the code from here.
                System.out.println("Session code: " + code);
            }
        });

        ConsoleView view = new ConsoleView(workspace, settings.dataDir());
        Scene scene = new Scene(view.root(), 1280, 800);
        stage.setTitle("Tandem console — " + settings.technicianName());
        stage.setScene(scene);
        WindowBoundsBinding.bind(stage, new WindowBoundsStore(settings.dataDir().resolve("window.properties")));
        CloseConfirmation.install(stage, model);
        rememberLayout(stage, view, new WorkspaceLayoutStore(settings.dataDir().resolve("workspace.properties")));
        stage.show();
        if (settings.newSessionAtStart()) {
            model.newSession();
        }
    }

    /** The split and the open tab come back as they were; read and written off the FX thread. */
    private void rememberLayout(Stage stage, ConsoleView view, WorkspaceLayoutStore store) {
        worker.execute(() -> {
            WorkspaceLayoutStore.Layout layout = store.load();
            Platform.runLater(() -> view.apply(layout));
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            WorkspaceLayoutStore.Layout layout = view.layout();
            layoutWriter.execute(() -> store.save(layout));
        });
    }

    private static Optional<TechnicianCredentials> loadCredentials(AgentSettings settings) throws IOException {
        if (!TechnicianCredentials.existsIn(settings.dataDir())) {
            LOG.warn("No technician certificate in {}: customers will see that your identity cannot be verified",
                    settings.dataDir());
            return Optional.empty();
        }
        TechnicianCredentials credentials = TechnicianCredentials.load(settings.dataDir());
        LOG.info("Technician certificate: {} of {}", credentials.technicianName(), credentials.organisationName());
        return Optional.of(credentials);
    }

    @Override
    public void stop() {
        if (model != null) {
            model.endSessionBecauseClosed();
        }
        if (relayClient != null) {
            relayClient.close();
        }
        worker.shutdownNow();
        conversationSender.shutdown();
        layoutWriter.shutdown();
        try {
            layoutWriter.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
