package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.customer.session.CustomerControl;
import org.tandem.customer.session.CustomerSession;
import org.tandem.customer.session.CustomerState;
import org.tandem.customer.session.RelayClientJoiner;
import org.tandem.customer.session.ScreenSharer;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.testing.PatternFrameSource;
import org.tandem.shared.testing.SilentRelay;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Cancel in the code form while the relay's address swallows the connection: the real relay client
 * against a plain loopback listener that accepts and never speaks SSH.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectCancelViewTest {
    private static final String CODE = "482-193 775";
    /** Far longer than the tests wait: only Cancel ends these tries in time. */
    private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration AT_ONCE = Duration.ofSeconds(2);

    @TempDir
    static Path dir;
    private SilentRelay relay;
    private RelayClient client;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private CustomerViewModel model;

    @Start
    void start(Stage stage) throws IOException {
        relay = SilentRelay.start();
        client = RelayClient.start(dir.resolve("known_hosts"));
        model = new CustomerViewModel(Platform::runLater);
        ScreenSharer sharer = new ScreenSharer(() -> new PatternFrameSource(10, 10), TileScreenEncoder::new, Duration.ZERO);
        CustomerControl control = new CustomerControl(new InputInjector() {
            @Override
            public void inject(InputEvent event) {
                throw new AssertionError("nothing may be injected here");
            }

            @Override
            public void releaseAll() {
            }
        }, Clock.systemUTC(), Duration.ofSeconds(2), OwnWindows.NONE, model::controlChanged);
        model.attach(new CustomerSession(new CustomerSession.Parts(
                new RelayClientJoiner(client, relay.address(), RELAY_TIMEOUT),
                (hello, transcript) -> new IdentityVerdict.Unverified("", "", "test"), sharer, control,
                id -> { throw new AssertionError("no session may open: nothing was paired"); },
                (journal, consent, listener) -> { throw new AssertionError("no actions in this test"); },
                request -> CompletableFuture.completedFuture(false)),
                model, worker, Duration.ofSeconds(60)));
        stage.setScene(new Scene(new ConnectView(model).root(), 480, 380));
        stage.show();
    }

    @AfterEach
    void stop() throws IOException {
        worker.shutdownNow();
        client.close();
        relay.close();
    }

    @Test
    void cancelStopsTheTryAtOnceAndTheFormComesBackWithTheCodeAsTyped(FxRobot robot) throws Exception {
        Socket held = connect(robot);
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Reaching Tandem's connection server…"), status.getText());

        robot.clickOn("#cancelConnectButton");

        assertCancelled(robot, held);
    }

    @Test
    void escapeCancelsAsCancelDoes(FxRobot robot) throws Exception {
        Socket held = connect(robot);

        robot.type(KeyCode.ESCAPE);

        assertCancelled(robot, held);
    }

    @Test
    void theRelayAnsweringAfterTheCancelChangesNothing(FxRobot robot) throws Exception {
        Socket held = connect(robot);
        robot.clickOn("#cancelConnectButton");
        assertCancelled(robot, held);

        SilentRelay.answerLate(held);
        // Anything the abandoned try still did would reach the form through the worker and the FX thread.
        worker.submit(() -> { }).get(5, TimeUnit.SECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Connection cancelled.", robot.lookup("#statusLabel").queryAs(Label.class).getText());
        assertEquals(CustomerState.IDLE, model.stateProperty().get());
    }

    @Test
    void afterACancelTheNextConnectGoesOutAgainAndCanBeCancelledToo(FxRobot robot) throws Exception {
        Socket first = connect(robot);
        robot.clickOn("#cancelConnectButton");
        assertCancelled(robot, first);

        robot.clickOn("#connectButton");
        Socket second = relay.awaitConnection(Duration.ofSeconds(10));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cancelConnectButton").queryButton().isVisible());
        robot.clickOn("#cancelConnectButton");

        assertCancelled(robot, second);
    }

    /** Types the code, presses Connect and returns the connection the silent relay took. */
    private Socket connect(FxRobot robot) throws Exception {
        robot.clickOn("#codeField").write(CODE);
        robot.clickOn("#connectButton");
        Socket held = relay.awaitConnection(Duration.ofSeconds(10));
        assertTrue(robot.lookup("#cancelConnectButton").tryQuery().isPresent(), "no Cancel button while connecting");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cancelConnectButton").queryButton().isVisible());
        return held;
    }

    private void assertCancelled(FxRobot robot, Socket held) throws Exception {
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        try {
            waitFor(AT_ONCE.toSeconds(), TimeUnit.SECONDS, () -> "Connection cancelled.".equals(status.getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not cancelled at once; the form says: " + status.getText(), e);
        }
        assertTrue(SilentRelay.closedByClient(held, AT_ONCE), "the connection to the relay is still open after Cancel");
        waitFor(AT_ONCE.toSeconds(), TimeUnit.SECONDS,
                () -> SilentRelay.threadsIn(org.tandem.customer.session.RelayClientJoiner.class, "join").isEmpty());
        assertEquals(List.of(), SilentRelay.threadsIn(RelayClient.class, "connect"), "a connect still runs");
        assertEquals(CODE, robot.lookup("#codeField").queryAs(TextField.class).getText(), "the code typed is kept");
        Button connect = robot.lookup("#connectButton").queryButton();
        assertFalse(connect.isDisabled(), "Connect is not offered again");
        assertFalse(robot.lookup("#cancelConnectButton").queryButton().isVisible(), "Cancel still shown");
    }
}
