package org.tandem.agent.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Plan tab in a narrow window: what it says about the plan is read whole. */
@ExtendWith(ApplicationExtension.class)
class PlanViewTest {
    private PlanViewModel model;

    @Start
    void start(Stage stage) {
        model = new PlanViewModel(Runnable::run, Runnable::run, Optional::empty, action -> "r",
                FXCollections.observableArrayList());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new PlanView(model).root()), 260, 520));
        stage.show();
    }

    @Test
    void aMessageAppearingMovesNoFieldOfTheStepEditor(FxRobot robot) {
        robot.interact(() -> robot.lookup("#planPanel").query().getScene().getWindow().setHeight(700));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node title = robot.lookup("#stepTitle").query();
        javafx.scene.Node add = robot.lookup("#addStepButton").query();
        double titleAt = title.localToScene(title.getBoundsInLocal()).getMinY();
        double addAt = add.localToScene(add.getBoundsInLocal()).getMinY();

        robot.interact(model::ended);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#planMessage").queryAs(Label.class).getHeight() > 0, "the message is shown");
        assertEquals(titleAt, title.localToScene(title.getBoundsInLocal()).getMinY(), 0.5,
                "a click aimed at the step's title must land there");
        assertEquals(addAt, add.localToScene(add.getBoundsInLocal()).getMinY(), 0.5, "and at Add step");
    }

    @Test
    void theMessageUnderThePlanIsDrawnInFullOnAsManyLinesAsItNeeds(FxRobot robot) {
        robot.interact(model::ended);
        Label message = robot.lookup("#planMessage").queryAs(Label.class);
        Text shown = (Text) message.lookup(".text");
        assertEquals("The session has ended, so its plan can no longer be changed.",
                shown.getText().replace("\n", " ").replaceAll(" +", " "), "drawn in full, no ellipsis");
        assertTrue(message.getHeight() > 2 * message.getFont().getSize(), "on more than one line: " + message.getHeight());
    }
}
