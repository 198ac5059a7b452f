package org.tandem.customer.ui;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.CustomerOptions;
import org.tandem.customer.CustomerSettings;
import org.tandem.customer.capture.RobotFrameSource;
import org.tandem.customer.session.CertificateTechnicianVerifier;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.RelayJoiner;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.shared.cli.CommandLineOptions;
import org.tandem.shared.config.WindowBoundsStore;
import org.tandem.shared.identity.TrustedOrganisations;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.screen.FrameSource;
import org.tandem.shared.screen.TileScreenEncoder;

/** The customer client: wires the session logic to its window, prompt and session bar. */
public final class CustomerApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerApp.class);
    private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(15);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "tandem-customer-worker");
        thread.setDaemon(true);
        return thread;
    });
    private RelayClient relayClient;
    private ScreenSharer sharer;
    private CustomerSession session;

    @Override
    public void start(Stage stage) throws IOException {
        CustomerSettings settings = CommandLineOptions.parseOrExit(new CustomerOptions(),
                getParameters().getRaw().toArray(String[]::new)).settings();
        LOG.info("Customer data in {}", settings.dataDir());
        relayClient = RelayClient.start(settings.knownRelaysFile());

        CustomerViewModel model = new CustomerViewModel(Platform::runLater);
        sharer = new ScreenSharer(CustomerApp::screen, TileScreenEncoder::new, settings.minFrameInterval());
        TrustedOrganisations trusted = TrustedOrganisations.load(settings.trustedOrganisationsDir());
        trusted.problems().forEach(problem -> LOG.warn("Trusted organisations: {}", problem));
        LOG.info("Trusting {} organisation(s) from {}", trusted.certificates().size(), settings.trustedOrganisationsDir());
        session = new CustomerSession(joiner(settings), new CertificateTechnicianVerifier(trusted, Clock.systemUTC()),
                new FxConsentPrompt(() -> stage), sharer, model, worker, settings.consentTimeout());
        model.attach(session);
        settings.code().ifPresent(model.codeProperty()::set);

        ConnectView view = new ConnectView(model);
        new SessionBar(model);
        stage.setTitle("Tandem — remote help");
        stage.setScene(new Scene(view.root(), 540, 460));
        stage.setOnCloseRequest(e -> session.end());
        WindowBoundsBinding.bind(stage, new WindowBoundsStore(settings.dataDir().resolve("window.properties")));
        stage.show();
    }

    @Override
    public void stop() {
        if (session != null) {
            session.end();
        }
        if (sharer != null) {
            sharer.close();
        }
        if (relayClient != null) {
            relayClient.close();
        }
        worker.shutdownNow();
    }

    private RelayJoiner joiner(CustomerSettings settings) {
        return code -> {
            RelayConnection connection = relayClient.connectAsCustomer(settings.relay(), RELAY_TIMEOUT);
            try {
                return connection.join(code.nameplate(), RELAY_TIMEOUT);
            } catch (IOException | RuntimeException e) {
                connection.close();
                throw e;
            }
        };
    }

    private static FrameSource screen() {
        try {
            return new RobotFrameSource();
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
