package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Where the client's windows are, for the input gate: a minimised window is in nobody's way. */
@ExtendWith(ApplicationExtension.class)
class FxOwnWindowsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.setX(100);
        stage.setY(100);
        stage.show();
    }

    @Test
    void aMinimisedWindowNoLongerHoldsBackClicksWhereItWas(FxRobot robot) throws Exception {
        FxOwnWindows[] watching = new FxOwnWindows[1];
        robot.interact(() -> watching[0] = FxOwnWindows.watch());
        waitFor(5, TimeUnit.SECONDS, () -> watching[0].covers(300, 250));

        robot.interact(() -> stage.setIconified(true));

        waitFor(5, TimeUnit.SECONDS, () -> !watching[0].covers(300, 250));
        assertFalse(watching[0].covers(300, 250), "a click where the minimised window was reaches what is there now");
    }
}
