package org.tandem.customer.ui;

import java.io.IOException;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.CustomerOptions;
import org.tandem.customer.CustomerSettings;
import org.tandem.customer.capture.AwtPointerSource;
import org.tandem.customer.capture.PointerSource;
import org.tandem.customer.capture.ScreenCaptures;
import org.tandem.customer.capture.SharedArea;
import org.tandem.customer.capture.XFixesPointerSource;
import org.tandem.customer.session.CertificateTechnicianVerifier;
import org.tandem.customer.action.ActionCatalog;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.action.platform.ActionCatalogFactory;
import org.tandem.customer.control.DeferredInputInjector;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.LocalActivityMonitor;
import org.tandem.customer.control.RobotInputInjector;
import org.tandem.customer.control.XDesktopKeyboard;
import org.tandem.customer.session.ActionEngines;
import org.tandem.customer.session.CustomerControl;
import org.tandem.customer.session.CustomerLogs;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.CustomerState;
import org.tandem.customer.session.RelayClientJoiner;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.shared.cli.CommandLineOptions;
import org.tandem.shared.config.WindowBoundsStore;
import org.tandem.shared.identity.TrustedOrganisations;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.screen.FrameSource;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.session.EndSessionOnShutdown;
import org.tandem.desktop.ui.WindowBoundsBinding;

/** The customer client: wires the session logic to its window, prompt and session bar. */
public final class CustomerApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerApp.class);
    private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(15);
    /** Long enough for the other side's receipt (5 s) to come back. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(8);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "tandem-customer-worker");
        thread.setDaemon(true);
        return thread;
    });
    /** The customer's commands (chat, wrap-up, saving the recap), in order, off the FX thread. */
    private final ExecutorService commands = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "tandem-customer-commands");
        thread.setDaemon(true);
        return thread;
    });
    /** Writes where the window was as it closes; not a daemon, so the file is written before the app exits. */
    private final ExecutorService boundsWriter = Executors.newSingleThreadExecutor(r -> new Thread(r, "tandem-window-bounds"));
    private static final int LOG_CHECKPOINT_EVERY = 20;

    private RelayClient relayClient;
    private CustomerControl control;
    private volatile LocalActivityMonitor pointerWatch;
    private ScreenSharer sharer;
    private CustomerSession session;

    @Override
    public void start(Stage stage) throws IOException {
        CustomerSettings settings = CommandLineOptions.parseOrExit(new CustomerOptions(),
                getParameters().getRaw().toArray(String[]::new)).settings();
        LOG.info("Customer data in {}", settings.dataDir());
        relayClient = RelayClient.start(settings.knownRelaysFile());

        CustomerViewModel model = new CustomerViewModel(Platform::runLater, commands);
        // The bar first: once control is allowed it puts the window away (decision 0041), and the notice
        // that control started, heard after that, says where the window went.
        SessionBar bar = new SessionBar(model, stage, XDesktopKeyboard.forThisDesktop());
        FxNotifier notifier = new FxNotifier(stage, bar::window);
        BackgroundNotifier notices = new BackgroundNotifier(notifier::inBackground, bar::windowPutAway, notifier);
        notices.attach(model);
        // Which monitor is shared: the frames, the pointer and the technician's input all follow it.
        SharedArea area = java.awt.GraphicsEnvironment.isHeadless() ? SharedArea.single(1, 1) : SharedArea.ofThisDesktop();
        java.util.function.Supplier<java.awt.Point> origin = () -> area.bounds().getLocation();
        sharer = new ScreenSharer(() -> screen(area), TileScreenEncoder::new, () -> pointer(area), area,
                settings.minFrameInterval());
        model.useMonitors(new MonitorPickerViewModel(Platform::runLater, area,
                monitor -> worker.execute(() -> session.switchMonitor(monitor))));
        TrustedOrganisations trusted = TrustedOrganisations.load(settings.trustedOrganisationsDir());
        trusted.problems().forEach(problem -> LOG.warn("Trusted organisations: {}", problem));
        LOG.info("Trusting {} organisation(s) from {}", trusted.certificates().size(), settings.trustedOrganisationsDir());
        KeyPair installKey = Ed25519Keys.loadOrCreate(settings.installKeyFile());
        DeferredInputInjector injector = new DeferredInputInjector(() -> robotInjector(origin));
        // Each event injected tells the pointer watch the technician is active (it polls faster then).
        InputInjector watchedInjector = new InputInjector() {
            @Override
            public void inject(InputEvent event) {
                LocalActivityMonitor watch = pointerWatch;
                if (watch != null) {
                    watch.remoteInput();
                }
                injector.inject(event);
            }

            @Override
            public void releaseAll() {
                injector.releaseAll();
            }
        };
        control = new CustomerControl(watchedInjector, Clock.systemUTC(), settings.localActivityPause(),
                FxOwnWindows.watch().seenFrom(origin),
                new CustomerControl.Listener() {
                    @Override
                    public void controlChanged(boolean granted, String detail) {
                        model.controlChanged(granted, detail);
                        // The pointer is polled only while the technician has control: 20 looks a second
                        // through the X server otherwise cost the customer's processor for nothing.
                        pointerWatch(injector, granted);
                    }

                    @Override
                    public void requestWithdrawn(String technician) {
                        model.controlRequestWithdrawn(technician);
                    }

                    @Override
                    public void activity(String line) {
                        model.activity(line);
                    }
                });
        CustomerLogs logs = sessionId -> SessionLogWriter.create(
                settings.sessionsDir().resolve(sessionId).resolve("customer.log"), sessionId, "customer", installKey,
                LOG_CHECKPOINT_EVERY, Clock.systemUTC());
        // The catalog of this computer is read once; each session gets its own engine over it.
        ActionCatalog catalog = ActionCatalogFactory.forThisComputer();
        model.plan().notPossibleHere(catalog.notPossibleHere());
        ActionEngines actions = (journal, consent, listener) -> new ActionEngine(catalog, consent, journal, listener);
        session = new CustomerSession(new CustomerSession.Parts(
                new RelayClientJoiner(relayClient, settings.relay(), RELAY_TIMEOUT),
                new CertificateTechnicianVerifier(trusted, Clock.systemUTC()), sharer, control, logs, actions,
                new FxConsentPrompt(() -> stage, notices::questionAsked, notices::questionClosed)),
                model, worker, settings.consentTimeout());
        ReconnectingViewModel reconnecting = new ReconnectingViewModel(Platform::runLater, Clock.systemUTC(),
                () -> worker.execute(session::cancelReconnecting));
        session.resumeWithin(settings.resumeWindow(), (token, timeout) -> {
            RelayConnection connection = relayClient.connectAsCustomer(settings.relay(), timeout);
            try {
                return connection.resume(token, timeout);
            } catch (IOException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }, reconnecting);
        model.attach(session);
        settings.code().ifPresent(model.codeProperty()::set);

        // The recap opens once the session's log is closed, and again from the code form.
        CustomerWindow window = new CustomerWindow(stage, model, getHostServices()::showDocument,
                new ReconnectingView(reconnecting).root(), () -> new RecapViewModel(Platform::runLater, commands,
                        new RecapGenerator(), new DesktopMail(), new DesktopFolders()));
        stage.setTitle(Texts.get("app.title"));
        stage.setScene(window.scene());
        // Closing the window during a session ends it, so it asks first, as End session does.
        stage.setOnCloseRequest(e -> {
            boolean keep = model.inSessionProperty().get() && !EndSessionQuestion.confirm(stage, model)
                    && model.inSessionProperty().get(); // a session that ended meanwhile lets the window close
            if (keep) {
                e.consume();
                return;
            }
            session.endBecauseClosed();
        });
        // Ctrl+C or SIGTERM end the session as closing the window does, so its log is closed.
        new EndSessionOnShutdown(session::endBecauseClosed, () -> !isLive(session.state()), SHUTDOWN_WAIT)
                .install("tandem-customer-shutdown");
        WindowBoundsStore bounds = new WindowBoundsStore(settings.dataDir().resolve("window.properties"));
        WindowBoundsBinding.bind(stage, bounds.load(), now -> boundsWriter.execute(() -> bounds.save(now)));
        stage.show();
    }

    private static boolean isLive(CustomerState state) {
        return state != CustomerState.IDLE && state != CustomerState.CONNECTING && state != CustomerState.ENDED;
    }

    private synchronized void pointerWatch(DeferredInputInjector injector, boolean granted) {
        if (pointerWatch == null) {
            if (!granted) {
                return;
            }
            pointerWatch = LocalActivityMonitor.ofRealPointer(control.gate(), injector);
        }
        if (granted) {
            pointerWatch.start();
        } else {
            pointerWatch.close();
        }
    }

    private static RobotInputInjector robotInjector(java.util.function.Supplier<java.awt.Point> origin) {
        try {
            return RobotInputInjector.forSharedArea((event, reason) -> LOG.warn("Not injected: {} ({})", event, reason),
                    origin);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        boundsWriter.shutdown();
        if (pointerWatch != null) {
            pointerWatch.close();
        }
        if (session != null) {
            session.endBecauseClosed();
        }
        if (sharer != null) {
            sharer.close();
        }
        if (relayClient != null) {
            relayClient.close();
        }
        worker.shutdownNow();
        commands.shutdown();
    }

    /**
     * The pointer over the shared area: its position from AWT, its look through XFixes on X11; where
     * the look cannot be read, the console draws a standard arrow.
     */
    private static PointerSource pointer(SharedArea area) {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            return PointerSource.NONE;
        }
        return XFixesPointerSource.withPosition(new AwtPointerSource(area));
    }

    private static FrameSource screen(SharedArea area) {
        try {
            return ScreenCaptures.forArea(area);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
