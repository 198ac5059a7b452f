package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console's window keys work wherever the technician is typing: a text field's own key bindings
 * (Ctrl+H deletes a character there) never hide them.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutsInTextFieldsTest {
    @TempDir
    Path dataDir;

    private Scene scene;
    private WaitingSessions waiting;
    private SessionsViewModel sessions;

    @Start
    void start(Stage stage) {
        waiting = new WaitingSessions(dataDir);
        sessions = waiting.window();
        scene = new Scene(new SessionsView(sessions, dataDir).root(), 1280, 700);
        stage.setScene(scene);
        stage.show();
        sessions.newSession();
    }

    @AfterEach
    void closeWindows(FxRobot robot) {
        LoopbackCustomer.closeAll(robot, scene, waiting);
    }

    @Test
    void ctrlHOpensHistoryFromATextFieldAndLeavesItsTextAlone(FxRobot robot) {
        robot.clickOn("#customerField").write("Alice");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);

        assertTrue(Window.getWindows().stream().anyMatch(window -> window instanceof Stage stage
                && Texts.get("history.windowTitle").equals(stage.getTitle()) && stage.isShowing()), "History is open");
        assertEquals("Alice", robot.lookup("#customerField").queryAs(TextField.class).getText());
    }

    @Test
    void sideTabKeysWorkFromAStepsTitle(FxRobot robot) {
        TabPane side = robot.lookup("#sideTabs").queryAs(TabPane.class);
        robot.interact(() -> side.getSelectionModel().select(0));
        robot.clickOn("#stepTitle").write("Restart");
        for (int i = 7; i >= 1; i--) {
            robot.clickOn("#customerField");
            robot.press(KeyCode.ALT).type(KeyCode.valueOf("DIGIT" + i)).release(KeyCode.ALT);
            assertEquals(i - 1, side.getSelectionModel().getSelectedIndex(), "Alt+" + i);
        }
        assertEquals("Restart", robot.lookup("#stepTitle").queryAs(TextField.class).getText());
    }

    @Test
    void sessionKeysWorkFromATextField(FxRobot robot) {
        SessionTabViewModel first = sessions.selectedProperty().get();
        robot.clickOn("#customerField").write("Bob");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        assertEquals(2, sessions.tabs().size(), "Ctrl+N opens a new session");

        robot.clickOn("#customerField");
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        assertSame(first, sessions.selectedProperty().get(), "Ctrl+Tab brings the next customer in front");

        robot.clickOn("#customerField");
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        assertEquals(1, sessions.tabs().size(), "Ctrl+W closes the customer's tab in front");
    }
}
