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

    private Stage stage;

    @Start
    void start(Stage primary) {
        model = new PlanViewModel(Runnable::run, Runnable::run, Optional::empty, action -> "r",
                FXCollections.observableArrayList());
        // A window of its own: a test resizes it, which would carry over to the tests after it in the toolkit's
        // shared primary window.
        stage = new Stage();
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new PlanView(model).root()), 260, 520));
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void aMessageAppearingMovesNoFieldOfTheStepEditor(FxRobot robot) {
        // Tall enough for the whole editor at this width, where the state menu ("needs the customer's OK") takes a
        // row of its own: the list then gives up the room the message takes.
        robot.interact(() -> stage.setHeight(740));
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
    void aChosenStepReadsClearlyOnTheSelectionsColourWhateverItsState(FxRobot robot) {
        robot.interact(() -> {
            model.add("Check how much free space your disk has", "I will look at the drive, nothing changes", "");
            model.add("Close your browser", "Save anything open in the browser first", "");
            model.setState(model.steps().get(0).id(), org.tandem.shared.conversation.StepState.IN_PROGRESS);
            model.setState(model.steps().get(1).id(), org.tandem.shared.conversation.StepState.DONE);
        });
        javafx.scene.control.ListView<?> list = robot.lookup("#planSteps").queryAs(javafx.scene.control.ListView.class);
        for (int at = 0; at < 2; at++) {
            int row = at;
            robot.interact(() -> {
                list.requestFocus();
                list.getSelectionModel().select(row);
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.ListCell<?> cell = robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                    .stream().filter(c -> c.getIndex() == row && c.isSelected()).findFirst().orElseThrow();
            javafx.scene.paint.Color background = (javafx.scene.paint.Color) cell.getBackground().getFills()
                    .get(cell.getBackground().getFills().size() - 1).getFill();
            // The toolkit's own text on a chosen row (white on its selection blue, 3.4): nothing on it reads worse.
            double own = contrast((javafx.scene.paint.Color) cell.getTextFill(), background);
            for (Label words : cell.lookupAll(".label").stream().map(Label.class::cast).filter(Label::isVisible).toList()) {
                double contrast = contrast(seen(words, background), background);
                assertTrue(contrast >= own - 0.01, "“" + words.getText() + "” on the chosen row: contrast " + contrast
                        + " (" + words.getTextFill() + " on " + background + ")");
            }
        }
    }

    /** The colour the words are seen in: their fill, faded by their opacity and their parents' onto the background. */
    private static javafx.scene.paint.Color seen(Label words, javafx.scene.paint.Color background) {
        double opacity = 1;
        for (javafx.scene.Node at = words; at != null; at = at.getParent()) {
            opacity *= at.getOpacity();
        }
        javafx.scene.paint.Color fill = (javafx.scene.paint.Color) words.getTextFill();
        return background.interpolate(fill, fill.getOpacity() * opacity);
    }

    /** The contrast ratio of two colours, as WCAG reckons it. */
    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        java.util.function.DoubleUnaryOperator linear = v -> v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * linear.applyAsDouble(c.getRed()) + 0.7152 * linear.applyAsDouble(c.getGreen())
                + 0.0722 * linear.applyAsDouble(c.getBlue());
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
