package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Where the client's windows are, for the input gate: a minimised window is in nobody's way. */
@ExtendWith(ApplicationExtension.class)
class FxOwnWindowsTest {
    private Stage window;

    @Start
    void start(Stage primary) {
        // The primary stage is shared by every UI test of this JVM: it stays as it is, out of the way.
        primary.setScene(new Scene(new Pane(), 300, 200));
        primary.setX(0);
        primary.setY(0);
        primary.show();
        window = new Stage();
        window.setScene(new Scene(new Pane(), 200, 100));
        window.setX(700);
        window.setY(500);
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void aMinimisedWindowNoLongerHoldsBackClicksWhereItWas(FxRobot robot) throws Exception {
        FxOwnWindows[] watching = new FxOwnWindows[1];
        robot.interact(() -> watching[0] = FxOwnWindows.watch());
        waitFor(5, TimeUnit.SECONDS, () -> watching[0].covers(800, 550));

        robot.interact(() -> window.setIconified(true));

        waitFor(5, TimeUnit.SECONDS, () -> !watching[0].covers(800, 550));
        assertFalse(watching[0].covers(800, 550), "a click where the minimised window was reaches what is there now");
    }
}
