package org.tandem.desktop.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A question is at least as wide as its title needs, so the window manager shows the title whole. */
@ExtendWith(ApplicationExtension.class)
class TitleRoomTest {
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
    void titlesAreMeasuredAsTheWindowManagerCutsThem(FxRobot robot) {
        // Seen under metacity: in a prompt 460 pixels wide the first title lost its end, the second did not.
        AtomicReference<double[]> widths = new AtomicReference<>();
        robot.interact(() -> widths.set(new double[] {
                TitleRoom.widthFor("Tandem — Let the technician control your mouse and keyboard?"),
                TitleRoom.widthFor("Tandem — Start the session with Demo Technician?")}));

        assertTrue(widths.get()[0] > 460, "needs " + widths.get()[0]);
        assertTrue(widths.get()[1] <= 460, "needs " + widths.get()[1]);
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
