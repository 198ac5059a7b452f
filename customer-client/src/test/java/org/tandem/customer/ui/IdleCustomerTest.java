package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.customer.session.CustomerState;
import org.tandem.desktop.ui.PulseCount;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The customer's window while their screen is shared and nothing happens in it draws nothing: an
 * animation left running (a countdown that ticks for a banner nobody sees, say) keeps JavaFX
 * pulsing 60 times a second on the customer's computer for the whole session.
 */
@ExtendWith(ApplicationExtension.class)
class IdleCustomerTest {
    /** Pulses counted while waiting: an animation drives 60 a second; a still window none. */
    private static final long COUNT_MILLIS = 1_500;
    /** A few pulses from what was still settling are not an animation. */
    private static final int AT_MOST_PULSES = 6;

    private final Clock clock = Clock.systemUTC();
    private ReconnectingViewModel reconnecting;
    private Scene scene;

    @Start
    void start(Stage stage) {
        CustomerViewModel model = new CustomerViewModel(Platform::runLater, Runnable::run, Optional::empty, () -> { });
        reconnecting = new ReconnectingViewModel(Platform::runLater, clock, () -> { });
        // Put together as the app does, with the banner that shows while a lost connection is resumed.
        CustomerWindow window = new CustomerWindow(stage, model, address -> { }, new ReconnectingView(reconnecting).root());
        scene = window.scene();
        stage.setScene(scene);
        stage.show();
        model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana Scully.");
    }

    @Test
    void aSharedScreenWithNothingHappeningLeavesTheWindowStill(FxRobot robot) throws Exception {
        // No field keeps the keyboard: a field's cursor blinks for as long as it has it, as it should.
        robot.interact(() -> scene.getRoot().requestFocus());

        int pulses = pulsesWhileWaiting(robot);

        assertTrue(pulses <= AT_MOST_PULSES, "the customer's window went on drawing while nothing changed: " + pulses
                + " pulses in " + COUNT_MILLIS + " ms");
    }

    @Test
    void theReconnectingBannerCountsDownWhileItShows(FxRobot robot) throws Exception {
        robot.interact(() -> scene.getRoot().requestFocus());
        reconnecting.reconnecting(clock.instant().plus(Duration.ofMinutes(2)));
        Label text = robot.lookup("#reconnectingText").queryAs(Label.class);
        waitFor(5, TimeUnit.SECONDS, () -> text.isVisible() && text.getText().contains("2:00"));

        // The countdown moves on by itself, a second at a time, while the banner shows, and redraws
        // only then: not as an animation, which would draw 60 times a second for the whole wait.
        waitFor(5, TimeUnit.SECONDS, () -> text.getText().contains("1:59"));
        int whileShowing = pulsesWhileWaiting(robot);
        assertTrue(whileShowing <= AT_MOST_PULSES, "the countdown drew " + whileShowing + " pulses in " + COUNT_MILLIS
                + " ms: an animation, not a tick a second");
        String shown = text.getText();
        waitFor(5, TimeUnit.SECONDS, () -> !text.getText().equals(shown));

        reconnecting.resumed();
        waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#reconnectingBanner").query().isVisible());
        int afterwards = pulsesWhileWaiting(robot);
        assertTrue(afterwards <= AT_MOST_PULSES, "the banner went on ticking once hidden: " + afterwards + " pulses");
    }

    private int pulsesWhileWaiting(FxRobot robot) throws Exception {
        return PulseCount.over(robot, scene, COUNT_MILLIS);
    }
}
