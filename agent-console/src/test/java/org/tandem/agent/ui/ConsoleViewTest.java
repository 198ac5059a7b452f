package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The console window before and after New session: the welcome, then the code in the customer's tab. */
@ExtendWith(ApplicationExtension.class)
class ConsoleViewTest {
    @TempDir
    Path sessionsData;
    @TempDir
    Path windowData;

    private WaitingSessions waiting;

    @Start
    void start(Stage stage) throws Exception {
        waiting = new WaitingSessions(sessionsData);
        stage.setScene(new Scene(new SessionsView(waiting.window(), windowData).root(),
                800, 600));
        stage.show();
    }

    @AfterEach
    void release() {
        waiting.close();
    }

    @Test
    void firstScreenInvitesToStartASession(FxRobot robot) {
        assertTrue(robot.lookup("#welcomeLabel").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#sessionTabs").query().isVisible(), "no customer's tab yet");
        assertTrue(robot.lookup("#endSessionButton").tryQuery().isEmpty(), "nothing to end");
        assertTrue(!robot.lookup("#newSessionButton").queryButton().isDisabled());
    }

    @Test
    void theWelcomeKeepsClearOfTheWindowsEdgesAndReadsInShortLines(FxRobot robot) {
        Label welcome = robot.lookup("#welcomeLabel").queryAs(Label.class);
        javafx.geometry.Bounds shown = welcome.localToScene(welcome.getLayoutBounds());
        double sceneWidth = welcome.getScene().getWidth();
        assertTrue(shown.getMinX() >= 24 && shown.getMaxX() <= sceneWidth - 24,
                "room on both sides: " + shown + " in a window " + sceneWidth + " wide");
        assertTrue(shown.getWidth() <= 600, "lines short enough to read: " + shown.getWidth());
        assertEquals(welcome.getText(), ((javafx.scene.text.Text) welcome.lookup(".text")).getText(), "not cut off");
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
