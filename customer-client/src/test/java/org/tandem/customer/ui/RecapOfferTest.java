package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.session.CustomerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The recap of the session that just ended opens by itself, and once closed, the code form brings it back. */
@ExtendWith(ApplicationExtension.class)
class RecapOfferTest {
    @TempDir
    static Path dir;
    private CustomerViewModel model;
    private Path log;

    @Start
    void start(Stage stage) throws Exception {
        model = new CustomerViewModel(Platform::runLater);
        CustomerWindow window = new CustomerWindow(stage, model, address -> { });
        stage.setScene(window.scene());
        stage.show();
        log = RecordedConversation.write(dir);
    }

    @AfterEach
    void closeRecaps() {
        Platform.runLater(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(window -> window.getScene() != null && window.getScene().lookup("#recapDocument") != null)
                .forEach(Window::hide));
    }

    @Test
    void aRecapClosedAfterTheSessionCanBeShownAgainFromTheCodeForm(FxRobot robot) throws Exception {
        model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana.");
        model.stateChanged(CustomerState.ENDED, "Your technician ended the session.");
        model.sessionRecorded(log);
        waitFor(10, TimeUnit.SECONDS, () -> recapWindows() == 1);
        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#closeRecapButton").queryButton().isDisabled()
                && !robot.lookup("#saveHtmlButton").queryButton().isDisabled());

        robot.clickOn("#closeRecapButton");
        waitFor(5, TimeUnit.SECONDS, () -> recapWindows() == 0);

        assertTrue(robot.lookup("#showRecapButton").queryButton().isVisible(), "no way back to the recap");
        robot.clickOn("#showRecapButton");
        waitFor(10, TimeUnit.SECONDS, () -> recapWindows() == 1);
        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#saveHtmlButton").queryButton().isDisabled());

        robot.interact(() -> robot.lookup("#showRecapButton").queryButton().fire());
        waitForFxEvents();
        assertEquals(1, recapWindows(), "asking again opened a second recap window");
    }

    private static long recapWindows() {
        List<Window> windows = new ArrayList<>(Window.getWindows());
        return windows.stream().filter(Window::isShowing)
                .filter(window -> window.getScene() != null && window.getScene().lookup("#recapDocument") != null).count();
    }
}
