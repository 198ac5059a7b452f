package org.tandem.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Robot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.RelaySessionRendezvous;
import org.tandem.agent.ui.ConsoleView;
import org.tandem.agent.ui.ConsoleViewModel;
import org.tandem.agent.ui.ConsoleWorkspace;
import org.tandem.customer.capture.RobotFrameSource;
import org.tandem.customer.session.CertificateTechnicianVerifier;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.CustomerSessionListener;
import org.tandem.customer.session.CustomerState;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.relay.RelayServer;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.identity.OrganisationCa;
import org.tandem.shared.identity.TechnicianCredentials;
import org.tandem.shared.identity.TrustedOrganisations;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.ssh.Ed25519Keys;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A known pattern on the customer's real X display travels through a real relay, end to end
 * encrypted, into the image the technician's console shows, pixel for pixel; and the relay's pipe
 * never carries it (or any control message) in the clear.
 */
class ScreenShareE2EIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int PATTERN_X = 880;
    private static final int PATTERN_Y = 560;

    private final ExecutorService workers = Executors.newCachedThreadPool();
    private RelayServer relay;
    private RelayClient customerRelay;
    private RelayClient agentRelay;
    private PatternWindow pattern;
    private ScreenSharer sharer;

    @AfterEach
    void closeEverything() throws Exception {
        if (sharer != null) {
            sharer.close();
        }
        if (pattern != null) {
            pattern.close();
        }
        for (AutoCloseable c : new AutoCloseable[] {customerRelay, agentRelay, relay}) {
            if (c != null) {
                c.close();
            }
        }
        workers.shutdownNow();
    }

    @Test
    void patternOnTheCustomersDisplayArrivesInTheConsolesImagePixelForPixel(@TempDir Path dir) throws Exception {
        XDisplay.require();

        // The organisation, its technician, and a relay that knows the technician's key.
        KeyPair technicianKey = Ed25519Keys.loadOrCreate(dir.resolve("agent").resolve("technician_ed25519"));
        OrganisationCa ca = OrganisationCa.create("Contoso Support", Clock.systemUTC());
        TechnicianCredentials credentials = TechnicianCredentials.issue(ca, "Dana Scully", technicianKey, Clock.systemUTC());
        relay = Sessions.startRelay(dir.resolve("relay"), technicianKey);
        RelayAddress address = new RelayAddress("127.0.0.1", relay.address().getPort());

        // JavaFX starts before AWT, so both settle on the same GTK.
        // The technician's console: the real view, in a real window on the same display.
        agentRelay = RelayClient.start(dir.resolve("agent").resolve("known-relays"));
        ConsoleWorkspace workspace = startConsole(listener -> new AgentSession(new AgentSession.Parts(
                RelaySessionRendezvous.factory(agentRelay, address, "dana", technicianKey), Optional.of(credentials),
                new SecureRandom(), Sessions.logsIn(dir.resolve("agent"), "technician:Dana Scully", technicianKey)),
                "Dana Scully", listener, workers, WAIT), dir.resolve("agent"));
        ConsoleViewModel console = workspace.console();

        // What the customer's screen shows.
        pattern = new PatternWindow(PATTERN_X, PATTERN_Y);
        pattern.show();
        Robot robot = new Robot();
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> pattern.isOnScreen(robot));
        AtomicReference<ConsoleView> view = new AtomicReference<>();
        onFx(() -> {
            ConsoleView shown = new ConsoleView(workspace);
            Stage stage = new Stage();
            stage.setScene(new Scene(shown.root(), 640, 420));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            view.set(shown);
            console.newSession();
        });
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> !console.codeProperty().get().isEmpty());
        SessionCode code = SessionCode.parse(console.codeProperty().get());

        // The customer: types the code, sees who is asking, allows sharing.
        customerRelay = RelayClient.start(dir.resolve("customer").resolve("known-relays"));
        AtomicReference<RecordingLink> pipe = new AtomicReference<>();
        CompletableFuture<IdentityVerdict> shownIdentity = new CompletableFuture<>();
        CompletableFuture<String> customerCheck = new CompletableFuture<>();
        CompletableFuture<Void> sharing = new CompletableFuture<>();
        // The customer's encoder, watched: the exact bytes of every screen update before encryption.
        List<byte[]> updatesInTheClear = new java.util.concurrent.CopyOnWriteArrayList<>();
        sharer = new ScreenSharer(ScreenShareE2EIT::realScreen, () -> watched(new TileScreenEncoder(), updatesInTheClear),
                Duration.ofMillis(33));
        CustomerSession customer = new CustomerSession(new CustomerSession.Parts(typed -> {
            RelayConnection connection = customerRelay.connectAsCustomer(address, WAIT);
            RecordingLink recording = new RecordingLink(connection.join(typed.nameplate(), WAIT));
            pipe.set(recording);
            return recording;
        }, new CertificateTechnicianVerifier(TrustedOrganisations.of(List.of(ca.certificate())), Clock.systemUTC()),
                sharer, Sessions.control(Sessions.NO_INPUT),
                Sessions.logsIn(dir.resolve("customer"), "customer", Ed25519Keys.generate())::open, Sessions.NO_ACTIONS,
                request -> CompletableFuture.completedFuture(request.technician() instanceof IdentityVerdict.Verified)),
                new CustomerSessionListener() {
                    @Override
                    public void stateChanged(CustomerState state, String detail) {
                        if (state == CustomerState.SHARING) {
                            sharing.complete(null);
                        }
                    }

                    @Override
                    public void paired(String checkString) {
                        customerCheck.complete(checkString);
                    }

                    @Override
                    public void technicianIdentified(IdentityVerdict verdict) {
                        shownIdentity.complete(verdict);
                    }
                }, workers, WAIT);
        customer.connect(code);

        IdentityVerdict verdict = shownIdentity.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals("Dana Scully, Contoso Support — verified", assertInstanceOf(IdentityVerdict.Verified.class, verdict)
                .displayLine());
        sharing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> customerCheck.getNow("").equals(console.checkStringProperty().get()));

        // Within 30 s of Allow, the console's image holds the pattern, every pixel of it.
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, () -> patternShown(view.get()));
        assertEquals(AgentState.VIEWING, console.stateProperty().get());

        byte[] seen = pipe.get().seen();
        assertTrue(seen.length > 10_000, "frames crossed the relay: " + seen.length + " bytes");
        for (String plaintext : List.of("\"type\":\"hello\"", "screen-share-started", "screen-monitors", "Dana Scully")) {
            assertFalse(contains(seen, plaintext.getBytes(StandardCharsets.UTF_8)),
                    "the relay's pipe carried \"" + plaintext + "\" in the clear");
        }
        assertFalse(contains(seen, patternRowBytes()), "the relay's pipe carried screen pixels in the clear");
        // What an unencrypted screen update would expose: any stretch of its exact bytes.
        List<byte[]> stretches = stretchesOf(updatesInTheClear, 24, 300);
        assertTrue(stretches.size() >= 10, "screen updates were sent: " + stretches.size());
        String pipeText = new String(seen, StandardCharsets.ISO_8859_1);
        for (byte[] stretch : stretches) {
            assertFalse(pipeText.contains(new String(stretch, StandardCharsets.ISO_8859_1)),
                    "the relay's pipe carried a screen update's bytes in the clear");
        }
        // The code's secret stays with the two endpoints; the relay knows the nameplate only.
        assertFalse(contains(seen, code.secret().getBytes(StandardCharsets.US_ASCII)),
                "the code's secret crossed the relay");

        customer.end();
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS,
                () -> console.stateProperty().get() == AgentState.ENDED);
    }

    private static org.tandem.shared.screen.FrameSource realScreen() {
        try {
            return new RobotFrameSource();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConsoleWorkspace startConsole(
            java.util.function.Function<org.tandem.agent.session.AgentSessionListener, AgentSession> sessions,
            java.nio.file.Path dataDir) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        started.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        java.util.concurrent.ExecutorService sender = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "e2e-console-sender");
            thread.setDaemon(true);
            return thread;
        });
        return new ConsoleWorkspace(Platform::runLater, java.util.concurrent.ForkJoinPool.commonPool(), sender,
                (listener, logOpened) -> sessions.apply(listener), dataDir, java.time.Clock.systemDefaultZone());
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static boolean patternShown(ConsoleView view) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            Image image = view.screenImage();
            if (image == null) {
                answer.complete(false);
                return;
            }
            PixelReader pixels = image.getPixelReader();
            for (int py = 0; py < PatternWindow.height(); py++) {
                for (int px = 0; px < PatternWindow.width(); px++) {
                    if (pixels.getArgb(PATTERN_X + px, PATTERN_Y + py) != PatternWindow.colourAt(px, py)) {
                        answer.complete(false);
                        return;
                    }
                }
            }
            answer.complete(true);
        });
        return answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** One row of one pattern block as the codec's raw RGB bytes: what a tile in the clear would contain. */
    private static byte[] patternRowBytes() {
        byte[] row = new byte[PatternWindow.BLOCK * 3];
        int colour = PatternWindow.colourAt(0, 0);
        for (int i = 0; i < PatternWindow.BLOCK; i++) {
            row[i * 3] = (byte) (colour >>> 16);
            row[i * 3 + 1] = (byte) (colour >>> 8);
            row[i * 3 + 2] = (byte) colour;
        }
        return row;
    }

    /** An encoder that keeps the session-message bytes of every update it makes. */
    private static org.tandem.shared.screen.ScreenEncoder watched(org.tandem.shared.screen.ScreenEncoder real,
            List<byte[]> clear) {
        org.tandem.shared.message.SessionMessageCodec codec = new org.tandem.shared.message.SessionMessageCodec();
        return new org.tandem.shared.screen.ScreenEncoder() {
            @Override
            public List<org.tandem.shared.message.ScreenUpdate> encode(org.tandem.shared.screen.Frame frame) {
                List<org.tandem.shared.message.ScreenUpdate> updates = real.encode(frame);
                updates.forEach(update -> clear.add(codec.encode(update)));
                return updates;
            }

            @Override
            public List<org.tandem.shared.message.ScreenUpdate> encode(org.tandem.shared.screen.Frame frame,
                    List<org.tandem.shared.screen.FrameRect> changed) {
                List<org.tandem.shared.message.ScreenUpdate> updates = real.encode(frame, changed);
                updates.forEach(update -> clear.add(codec.encode(update)));
                return updates;
            }

            @Override
            public void reset() {
                real.reset();
            }

            @Override
            public void quality(org.tandem.shared.screen.ScreenQuality quality) {
                real.quality(quality);
            }

            @Override
            public boolean refining() {
                return real.refining();
            }
        };
    }

    /** Up to {@code most} stretches of {@code length} bytes, spread over the updates, past their headers. */
    private static List<byte[]> stretchesOf(List<byte[]> updates, int length, int most) {
        List<byte[]> stretches = new java.util.ArrayList<>();
        int perUpdate = Math.max(1, most / Math.max(1, updates.size()));
        for (byte[] update : updates) {
            for (int i = 0; i < perUpdate && stretches.size() < most; i++) {
                int start = 32 + (int) ((long) i * (update.length - 32 - length) / perUpdate);
                if (start + length <= update.length) {
                    stretches.add(java.util.Arrays.copyOfRange(update, start, start + length));
                }
            }
        }
        return stretches;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
