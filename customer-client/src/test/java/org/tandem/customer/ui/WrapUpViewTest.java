package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Before you go": Finish stays where it is while the line saying what is missing comes and goes. */
@ExtendWith(ApplicationExtension.class)
class WrapUpViewTest {
    private ConversationFixture fixture;
    private CustomerViewModel model;

    @Start
    void start(Stage stage) {
        ConversationFixture[] holder = new ConversationFixture[1];
        model = new CustomerViewModel(Platform::runLater, Runnable::run, () -> Optional.of(holder[0].conversation),
                () -> { });
        holder[0] = new ConversationFixture(model);
        fixture = holder[0];
        Scene scene = new Scene(new WrapUpView(model.wrapUp()).root(), 480, 720);
        CustomerStyles.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void finishDoesNotMoveWhenTheLineSayingWhatIsMissingGoesAway(FxRobot robot) throws Exception {
        Platform.runLater(() -> fixture.workingCheckAnswered(true));
        waitFor(5, TimeUnit.SECONDS, () -> model.wrapUp().offeredProperty().get());
        robot.clickOn("#followUpCheck");
        waitForFxEvents();
        double before = sceneY(robot.lookup("#finishButton").query());

        robot.clickOn("#finishButton");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#wrapUpProblem").queryAs(Label.class).isVisible());
        double asked = sceneY(robot.lookup("#finishButton").query());
        robot.clickOn("#followUpWhen").write("tomorrow after 2 pm");
        waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#wrapUpProblem").queryAs(Label.class).isVisible());
        waitForFxEvents();
        double answered = sceneY(robot.lookup("#finishButton").query());

        assertFalse(robot.lookup("#wrapUpProblem").queryAs(Label.class).isVisible());
        assertEquals(before, asked, 0.5, "Finish moved when the line saying what is missing came");
        assertEquals(asked, answered, 0.5, "Finish moved when the line saying what is missing went away");
        assertTrue(model.wrapUp().canFinishProperty().get());
    }

    private static double sceneY(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMinY();
    }
}
