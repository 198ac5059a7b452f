package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.RelaySessionRendezvous;
import org.tandem.agent.session.SessionRendezvous;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.testing.SilentRelay;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * New session while the relay's address swallows the connection: the real relay client logs in with
 * the technician's key against a plain loopback listener that accepts and never speaks SSH.
 */
@ExtendWith(ApplicationExtension.class)
class NewSessionCancelTest {
    /** Far longer than the tests wait: only a cancel ends these tries in time. */
    private static final Duration CUSTOMER_WAIT = Duration.ofSeconds(60);
    private static final Duration AT_ONCE = Duration.ofSeconds(2);

    @TempDir
    static Path data;
    private SilentRelay relay;
    private RelayClient client;
    private final ExecutorService worker = Executors.newCachedThreadPool();
    private final ExecutorService sender = Executors.newSingleThreadExecutor();
    private SessionsViewModel sessions;
    private SessionsView view;

    @Start
    void start(Stage stage) throws IOException {
        relay = SilentRelay.start();
        client = RelayClient.start(data.resolve("known_hosts"));
        SessionRendezvous.Factory factory = RelaySessionRendezvous.factory(client, relay.address(), "dana",
                Ed25519Keys.generate());
        sessions = new SessionsViewModel(() -> new ConsoleWorkspace(Platform::runLater, worker, sender,
                (listener, logOpened) -> new AgentSession(new AgentSession.Parts(factory, Optional.empty(),
                        new SecureRandom(), id -> { throw new AssertionError("no log: nothing was paired"); }),
                        "Dana", listener, worker, CUSTOMER_WAIT), data, Clock.systemDefaultZone()));
        view = new SessionsView(sessions, data);
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() throws IOException {
        worker.shutdownNow();
        sender.shutdownNow();
        client.close();
        relay.close();
    }

    @Test
    void cancelStopsAskingTheRelayAtOnceAndOffersToTryAgainForTheSameCustomer(FxRobot robot) throws Exception {
        Socket held = newSession(robot, "Alice");
        assertTrue(this.<Label>in(robot, "#connectingText").getText().startsWith("Asking the relay for a session code…"));

        robot.clickOn(this.<Node>in(robot, "#cancelConnectButton"));

        assertCancelled(robot, held);
        assertEquals("Alice", sessions.selectedProperty().get().titleProperty().get(), "the customer typed is kept");
        assertTrue(in(robot, "#newCodeButton").isVisible(), "no way to try again");
    }

    @Test
    void escapeCancelsAsCancelDoes(FxRobot robot) throws Exception {
        Socket held = newSession(robot, "Alice");

        robot.type(KeyCode.ESCAPE);

        assertCancelled(robot, held);
    }

    @Test
    void theRelayAnsweringAfterTheCancelChangesNothing(FxRobot robot) throws Exception {
        Socket held = newSession(robot, "Alice");
        robot.clickOn(this.<Node>in(robot, "#cancelConnectButton"));
        assertCancelled(robot, held);

        SilentRelay.answerLate(held);
        worker.submit(() -> { }).get(5, TimeUnit.SECONDS);
        waitForFxEvents();

        ConsoleViewModel console = sessions.selectedProperty().get().console();
        assertEquals(AgentState.IDLE, console.stateProperty().get());
        assertEquals("", console.codeProperty().get(), "a code appeared from the abandoned try");
        assertEquals("Connection cancelled.", this.<Label>in(robot, "#statusLabel").getText());
    }

    @Test
    void tryingAgainAsksTheRelayAgainForTheSameCustomer(FxRobot robot) throws Exception {
        Socket first = newSession(robot, "Alice");
        robot.clickOn(this.<Node>in(robot, "#cancelConnectButton"));
        assertCancelled(robot, first);

        robot.clickOn(this.<Node>in(robot, "#newCodeButton"));
        Socket second = relay.awaitConnection(Duration.ofSeconds(10));
        assertEquals("Alice", sessions.selectedProperty().get().console().sessionCustomerProperty().get());
        waitFor(5, TimeUnit.SECONDS, () -> in(robot, "#connectingPane").isVisible());
        robot.type(KeyCode.ESCAPE);

        assertCancelled(robot, second);
    }

    @Test
    void endSessionWhileAskingTheRelayClosesTheConnectionToo(FxRobot robot) throws Exception {
        robot.clickOn("#customerField").write("Alice");
        robot.clickOn("#newSessionButton");
        Socket held = relay.awaitConnection(Duration.ofSeconds(10));

        robot.clickOn(this.<Node>in(robot, "#endSessionButton"));

        assertTrue(SilentRelay.closedByClient(held, AT_ONCE), "the connection to the relay is still open after End session");
        assertEquals(AgentState.ENDED, sessions.selectedProperty().get().console().stateProperty().get());
    }

    /** New session for {@code customer}; returns the connection the silent relay took. */
    private Socket newSession(FxRobot robot, String customer) throws Exception {
        robot.clickOn("#customerField").write(customer);
        robot.clickOn("#newSessionButton");
        Socket held = relay.awaitConnection(Duration.ofSeconds(10));
        waitForFxEvents();
        assertTrue(robot.from(view.viewOf(sessions.selectedProperty().get()).root()).lookup("#cancelConnectButton")
                .tryQuery().isPresent(), "no Cancel while asking the relay for a code");
        waitFor(5, TimeUnit.SECONDS, () -> in(robot, "#connectingPane").isVisible());
        return held;
    }

    private void assertCancelled(FxRobot robot, Socket held) throws Exception {
        Label status = in(robot, "#statusLabel");
        try {
            waitFor(AT_ONCE.toSeconds(), TimeUnit.SECONDS, () -> "Connection cancelled.".equals(status.getText()));
        } catch (TimeoutException e) {
            throw new AssertionError("not cancelled at once; the status says: " + status.getText(), e);
        }
        assertTrue(SilentRelay.closedByClient(held, AT_ONCE), "the connection to the relay is still open after Cancel");
        waitFor(AT_ONCE.toSeconds(), TimeUnit.SECONDS, () -> SilentRelay.threadsIn(RelayClient.class, "connect").isEmpty());
        assertEquals(List.of(), SilentRelay.threadsIn(RelayClient.class, "connect"), "a connect still runs");
        assertTrue(!in(robot, "#connectingPane").isVisible(), "Cancel still shown");
    }

    private <T extends Node> T in(FxRobot robot, String id) {
        return robot.from(view.viewOf(sessions.selectedProperty().get()).root()).lookup(id).query();
    }
}
