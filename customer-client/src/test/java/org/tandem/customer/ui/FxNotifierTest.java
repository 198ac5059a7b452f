package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A notice told while the customer's window was minimised goes once the window is back. */
@ExtendWith(ApplicationExtension.class)
class FxNotifierTest {
    private Stage window;
    private Stage bar;

    @Start
    void start(Stage primary) {
        primary.setScene(new Scene(new StackPane(), 300, 200));
        primary.show();
        window = new Stage();
        window.setScene(new Scene(new StackPane(), 400, 300));
        window.show();
        bar = new Stage();
        bar.setScene(new Scene(new StackPane(), 400, 40));
        bar.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.close();
            bar.close();
        });
    }

    @Test
    void theWindowBackTakesDownANoticeThatSaysItIsMinimised(FxRobot robot) {
        FxNotifier[] notifier = new FxNotifier[1];
        robot.interact(() -> {
            notifier[0] = new FxNotifier(window, () -> bar);
            window.setIconified(true);
            notifier[0].show("Your technician is using your computer", "Tandem's window is minimised, out of their way.");
        });
        assertTrue(notifier[0].showing());

        robot.interact(() -> window.setIconified(false)); // Open Tandem on the bar, or the task bar

        assertFalse(notifier[0].showing(), "the notice still says the window is minimised");
    }
}
