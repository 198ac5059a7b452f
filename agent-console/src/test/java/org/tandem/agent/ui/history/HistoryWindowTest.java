package org.tandem.agent.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.tandem.agent.history.OwnSessions;

/** The History window closes with Esc, as the console's other windows do; Esc first empties a search. */
@ExtendWith(ApplicationExtension.class)
class HistoryWindowTest {
    @TempDir
    Path dataDir;

    private Stage console;
    private final AtomicReference<Stage> history = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        console = stage;
        stage.setScene(new Scene(new StackPane(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void closeHistory(FxRobot robot) {
        if (history.get() != null) {
            robot.interact(history.get()::close);
        }
    }

    @Test
    void escEmptiesTheSearchThenClosesTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> history.set(HistoryWindow.show(OwnSessions.readOnly(dataDir), console)));
        TextField search = robot.from(history.get().getScene().getRoot()).lookup("#historySearch").queryAs(TextField.class);
        robot.clickOn(search).write("printer");
        waitForFxEvents();

        robot.type(KeyCode.ESCAPE);
        waitForFxEvents();
        assertEquals("", search.getText(), "the first Esc empties the search");
        assertTrue(history.get().isShowing(), "and leaves the window open");

        robot.type(KeyCode.ESCAPE);
        waitFor(5, TimeUnit.SECONDS, () -> !history.get().isShowing());
        assertFalse(history.get().isShowing(), "Esc closes History");
    }

    @Test
    void escClosesTheWindowWhereverTheKeyboardIsInIt(FxRobot robot) throws Exception {
        robot.interact(() -> history.set(HistoryWindow.show(OwnSessions.readOnly(dataDir), console)));
        robot.clickOn(robot.from(history.get().getScene().getRoot()).lookup("#historyTable").<javafx.scene.Node>query());
        waitForFxEvents();

        robot.type(KeyCode.ESCAPE);
        waitFor(5, TimeUnit.SECONDS, () -> !history.get().isShowing());
    }

    @Test
    void theWindowGoesNoSmallerThanItsLeast(FxRobot robot) {
        robot.interact(() -> history.set(HistoryWindow.show(OwnSessions.readOnly(dataDir), console)));
        robot.interact(() -> {
            history.get().setWidth(300);
            history.get().setHeight(200);
        });
        waitForFxEvents();
        assertTrue(history.get().getWidth() >= HistoryWindow.MIN_WIDTH && history.get().getHeight() >= HistoryWindow.MIN_HEIGHT,
                "History at its smallest is " + history.get().getWidth() + "×" + history.get().getHeight());
    }
}
