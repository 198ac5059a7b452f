package org.tandem.desktop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ending cannot be undone: only an explicit press of the end answer ends; Enter and Esc keep the
 * session. The question is at least as wide as its title needs, so the window manager shows it whole.
 */
@ExtendWith(ApplicationExtension.class)
class EndSessionAlertTest {
    private static final ButtonType KEEP = new ButtonType("No, keep it", ButtonData.NO);
    private static final ButtonType END = new ButtonType("Yes, end it", ButtonData.YES);
    private Stage window;

    @Start
    void start(Stage stage) {
        window = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void keepingIsTheDefaultAndTheCancelAndEndingIsNeither(FxRobot robot) {
        AtomicReference<Alert> alert = new AtomicReference<>();
        robot.interact(() -> alert.set(EndSessionAlert.of(window, "End the session?", "End the session?",
                "Your technician will no longer see your screen.", KEEP, END)));

        Button keep = (Button) alert.get().getDialogPane().lookupButton(KEEP);
        Button end = (Button) alert.get().getDialogPane().lookupButton(END);
        assertTrue(keep.isDefaultButton() && keep.isCancelButton());
        assertFalse(end.isDefaultButton() || end.isCancelButton());
        assertEquals("keepSessionButton", keep.getId());
        assertEquals("confirmEndButton", end.getId());
    }

    @Test
    void enterAndEscapeBothKeepTheSession(FxRobot robot) {
        for (KeyCode key : new KeyCode[] {KeyCode.ENTER, KeyCode.ESCAPE}) {
            AtomicReference<Alert> alert = new AtomicReference<>();
            robot.interact(() -> {
                alert.set(EndSessionAlert.of(window, "End the session?", "End the session?", "", KEEP, END));
                alert.get().show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.type(key);
            WaitForAsyncUtils.waitForFxEvents();

            assertFalse(alert.get().isShowing(), key + " left the question open");
            assertEquals(KEEP, alert.get().getResult(), key + " ended the session");
        }
    }

    @Test
    void theEndSessionQuestionMakesRoomForALongTitle(FxRobot robot) {
        String title = "End the sessions with Alice Example, Bob Example and Carol Example? — Tandem";
        AtomicReference<Alert> alert = new AtomicReference<>();
        robot.interact(() -> {
            alert.set(EndSessionAlert.of(window, title, "End all three sessions?", "They all end.", KEEP, END));
            alert.get().show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<Double> needed = new AtomicReference<>();
        robot.interact(() -> needed.set(TitleRoom.widthFor(title)));
        double width = alert.get().getDialogPane().getScene().getWindow().getWidth();
        robot.interact(alert.get()::close);
        assertTrue(width >= needed.get(), "the question is " + width + " wide; its title needs " + needed.get());
    }
}
