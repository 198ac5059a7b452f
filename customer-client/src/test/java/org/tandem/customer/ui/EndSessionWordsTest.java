package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.customer.session.CustomerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "End the session?" says what ending does now, and offers Stop control and Pause sharing only where they would act. */
@ExtendWith(ApplicationExtension.class)
class EndSessionWordsTest {
    private CustomerViewModel model;
    private SessionBar bar;

    @Start
    void start(Stage stage) {
        model = new CustomerViewModel(Runnable::run, Runnable::run, Optional::empty, () -> { });
        bar = new SessionBar(model);
    }

    /** What the question says, asked from the bar; it is then answered No. */
    private String asked(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> bar.window().isShowing());
        robot.clickOn("#sessionBarEndButton");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#endSessionQuestion").tryQuery()
                .map(question -> question.getScene().getWindow().isShowing()).orElse(false));
        String words = robot.lookup("#endSessionQuestion").queryAs(DialogPane.class).getContentText();
        robot.clickOn("#keepSessionButton");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#endSessionQuestion").tryQuery().isEmpty());
        return words;
    }

    @Test
    void withSharingPausedAndNobodyInControlItOffersNeitherStopControlNorPauseSharing(FxRobot robot) throws Exception {
        robot.interact(() -> model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana."));
        robot.interact(() -> model.stateChanged(CustomerState.NOT_SHARING, "Sharing is paused."));

        String words = asked(robot);

        assertFalse(words.contains("Stop control"), words);
        assertFalse(words.contains("Pause sharing"), words);
        assertTrue(words.contains("helping you again takes a new code"), words);
        assertEquals(Texts.get("end.consequences.paused"), words);
    }

    @Test
    void whileSharedItOffersPauseSharingOnlyAndUnderControlBoth(FxRobot robot) throws Exception {
        robot.interact(() -> model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana."));

        String shared = asked(robot);
        assertTrue(shared.contains("Pause sharing"), shared);
        assertFalse(shared.contains("Stop control"), shared);
        assertFalse(shared.contains("use your computer"), "nobody uses it: " + shared);

        robot.interact(() -> model.controlChanged(true, "Dana is controlling your computer"));
        String controlled = asked(robot);
        assertTrue(controlled.contains("Stop control") && controlled.contains("Pause sharing"), controlled);
    }
}
