package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.session.AgentSession;
import org.tandem.agent.session.SessionRendezvous;
import org.tandem.shared.relay.client.RelayLink;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ConsoleViewTest {
    private final CountDownLatch customerNeverComes = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        SessionRendezvous.Factory relay = () -> new SessionRendezvous() {
            @Override
            public String nameplate() {
                return "482";
            }

            @Override
            public RelayLink awaitCustomer(Duration timeout) throws IOException {
                try {
                    customerNeverComes.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("The code was given back");
            }

            @Override
            public void cancel() {
                customerNeverComes.countDown();
            }
        };
        ConsoleWorkspace workspace = new ConsoleWorkspace(Platform::runLater, Runnable::run, Runnable::run,
                (listener, logOpened) -> new AgentSession(new AgentSession.Parts(relay, Optional.empty(), new SecureRandom(),
                        id -> { throw new IOException("no log in this test"); }), "Dana", listener,
                        Executors.newCachedThreadPool(), Duration.ofMinutes(1)),
                java.nio.file.Path.of("target", "console-data"), java.time.Clock.systemDefaultZone());
        stage.setScene(new Scene(new ConsoleView(workspace, java.nio.file.Path.of("target", "console-data")).root(), 800, 600));
        stage.show();
    }

    @AfterEach
    void release() {
        customerNeverComes.countDown();
    }

    @Test
    void firstScreenInvitesToStartASession(FxRobot robot) {
        assertTrue(robot.lookup("#welcomeLabel").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#endSessionButton").queryButton().isDisabled());
        assertTrue(!robot.lookup("#newSessionButton").queryButton().isDisabled());
    }

    @Test
    void newSessionShowsTheCodeLargeWithACopyButton(FxRobot robot) throws Exception {
        robot.clickOn("#newSessionButton");
        Label code = robot.lookup("#codeLabel").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> code.getText().startsWith("482-") && code.getParent().getParent().isVisible());
        assertTrue(code.getText().matches("482-\\d{3} \\d{3}"), "nameplate and secret, grouped to read aloud: " + code.getText());
        assertTrue(robot.lookup("#copyCodeButton").queryAs(Button.class).isVisible());
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        assertTrue(status.getText().contains("Waiting for them to connect"), status.getText());

        robot.clickOn("#endSessionButton");
        waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("before the customer joined"));
        assertEquals(false, robot.lookup("#newSessionButton").queryButton().isDisabled());
    }
}
