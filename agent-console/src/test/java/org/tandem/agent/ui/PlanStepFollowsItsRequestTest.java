package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ParameterSpec;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Run step on a step whose action needs a target takes the technician to the Actions tab with that
 * action chosen, and the step follows the request sent from there: done, for the customer too, when
 * it succeeds; otherwise back where it stood, with how it ended beside it.
 */
@ExtendWith(ApplicationExtension.class)
class PlanStepFollowsItsRequestTest extends LoopbackConsoleTest {
    private static final ActionDescriptor UNINSTALL = new ActionDescriptor("uninstall-program", "Uninstall a program",
            ActionRisk.CHANGE, "Removes the program you pick.", false, true, "",
            List.of(new ParameterSpec("program", "Program to remove", ParameterSpec.Kind.PROGRAM, true)));
    private static final String STEP = "Remove the program that causes the pop-ups";

    @Start
    void start(Stage stage) {
        show(stage, 1100, 750);
    }

    @Test
    void theStepIsDoneForBothSidesOnceTheUninstallItLedToSucceeded(FxRobot robot) throws Exception {
        String requestId = runTheStepFromTheActionsTab(robot);
        assertEquals(StepState.IN_PROGRESS, step().state(), "the step is under way while its request is");

        customer.send(new ControlMessage.ActionFinished(ActionResult.of(requestId, ActionResult.Outcome.SUCCEEDED,
                "walk3-popups was removed.")));
        waitFor(10, TimeUnit.SECONDS, () -> step().state() == StepState.DONE);
        PlanStep sent;
        do {
            sent = customer.next(ControlMessage.PlanUpdated.class).steps().get(0);
        } while (sent.state() != StepState.DONE);
        assertEquals(STEP, sent.title(), "the customer reads the step as done, no longer as what happens next");
    }

    @Test
    void aRefusedUninstallLeavesTheStepAsItWasAndSaysHowItEnded(FxRobot robot) throws Exception {
        String requestId = runTheStepFromTheActionsTab(robot);

        customer.send(new ControlMessage.ActionFinished(ActionResult.of(requestId, ActionResult.Outcome.DENIED,
                "The customer said no, so nothing was done.")));
        waitFor(10, TimeUnit.SECONDS, () -> step().state() == StepState.PLANNED);
        waitForFxEvents();
        robot.clickOn("#planTab");
        String shown = robot.lookup("#planSteps .list-cell .label").queryAll().stream()
                .map(node -> ((Label) node).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(shown.contains("Last run: Uninstall a program called “walk3-popups” — denied by the customer: "
                + "The customer said no, so nothing was done."), shown);
    }

    /** Adds the step, presses Run step, picks the program on the Actions tab and runs it; the request's id. */
    private String runTheStepFromTheActionsTab(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        customer.send(new ControlMessage.ActionCatalog("Debian GNU/Linux 12", List.of(UNINSTALL)));
        waitFor(10, TimeUnit.SECONDS, () -> customer.workspace().plan().catalog().size() == 1);
        waitForFxEvents();

        robot.clickOn("#planTab").clickOn("#stepTitle").write(STEP);
        robot.clickOn("#stepAction").clickOn("Uninstall a program");
        robot.clickOn("#addStepButton");
        robot.clickOn("#planSteps .list-cell").clickOn("#runStepButton");
        waitForFxEvents();

        TabPane side = robot.lookup("#sideTabs").queryAs(TabPane.class);
        assertEquals("actionsTab", side.getSelectionModel().getSelectedItem().getId(), "taken to the Actions tab");
        @SuppressWarnings("unchecked")
        ComboBox<ActionDescriptor> chosen = robot.lookup("#actionChoice").queryAs(ComboBox.class);
        assertEquals(UNINSTALL.id(), chosen.getValue().id(), "with the step's action chosen");
        robot.clickOn("#param-program").write("walk3-popups");
        robot.clickOn("#runActionButton");
        ActionRequest request = customer.next(ControlMessage.ActionRequested.class).request();
        assertEquals("walk3-popups", request.parameters().get("program"));
        return request.requestId();
    }

    private PlanStep step() {
        return customer.workspace().plan().steps().get(0);
    }
}
