package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.ui.activity.ActivityViewModel;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ParameterSpec;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console names an action's target in words wherever the technician reads it, as the recap does
 * ("Uninstall a program called “xterm”"), never as the parameters it sends ("program=xterm").
 */
@ExtendWith(ApplicationExtension.class)
class ActionTargetWordsTest extends LoopbackConsoleTest {
    private static final ActionDescriptor UNINSTALL = new ActionDescriptor("uninstall-program", "Uninstall a program",
            ActionRisk.CHANGE, "Removes the program you pick.", false, true, "",
            List.of(new ParameterSpec("program", "Program", ParameterSpec.Kind.PROGRAM, true)));
    private static final String SAID_NO = "The customer said no, so nothing was done.";

    @Start
    void start(Stage stage) {
        show(stage, 1100, 750);
    }

    @Test
    void theRequestListTheResultAndTheActivitySayTheTargetInWords(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        customer.send(new ControlMessage.ActionCatalog("Debian GNU/Linux 12", List.of(UNINSTALL)));
        waitFor(10, TimeUnit.SECONDS, () -> !customer.model().actions().catalog().isEmpty());
        robot.clickOn("#actionsTab");
        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(UNINSTALL));
        @SuppressWarnings("unchecked")
        ComboBox<String> program = robot.lookup("#param-program").queryAs(ComboBox.class);
        robot.clickOn(program.getEditor()).write("xterm");
        robot.clickOn("#runActionButton");

        String id = customer.next(ControlMessage.ActionRequested.class).request().requestId();
        customer.send(new ControlMessage.ActionConsentAsked(id, "Uninstall “xterm” version 379-1 (2.4 MB)?"));
        waitFor(10, TimeUnit.SECONDS, () -> requestShown(robot).contains("waiting"));
        assertEquals("Uninstall a program called “xterm” — waiting for the customer's consent: Uninstall “xterm” "
                + "version 379-1 (2.4 MB)?", requestShown(robot), "the request list, while the customer is asked");
        assertEquals("Uninstall a program called “xterm” — waiting for the customer's consent: Uninstall “xterm” "
                + "version 379-1 (2.4 MB)?", robot.lookup("#actionResultSummary").queryAs(Label.class).getText(),
                "the chosen request, above its result");

        customer.send(new ControlMessage.ActionFinished(ActionResult.of(id, ActionResult.Outcome.DENIED, SAID_NO)));
        waitFor(10, TimeUnit.SECONDS, () -> requestShown(robot).contains("denied"));
        assertEquals("Uninstall a program called “xterm” — denied by the customer: " + SAID_NO, requestShown(robot));
        assertEquals("Uninstall a program called “xterm” — denied by the customer: " + SAID_NO,
                robot.lookup("#actionResultSummary").queryAs(Label.class).getText());

        robot.clickOn("#activityTab");
        @SuppressWarnings("unchecked")
        TableView<ActivityViewModel.Item> timeline = robot.lookup("#activityTimeline").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> whatHappened(timeline).stream().anyMatch(w -> w.startsWith("Action finished")));
        List<String> about = whatHappened(timeline).stream().filter(w -> w.contains("xterm")).toList();
        assertEquals(List.of("Action asked for: Uninstall a program called “xterm”",
                "Asked the customer to allow: Uninstall a program called “xterm”",
                "Customer said no: Uninstall a program called “xterm”",
                "Action finished: Uninstall a program called “xterm” — not allowed"), about, "the Activity tab");
    }

    /** The words the request list draws for its one request. */
    private static String requestShown(FxRobot robot) {
        waitForFxEvents();
        ListView<?> requests = robot.lookup("#actionRequests").queryAs(ListView.class);
        return requests.lookupAll(".list-cell").stream()
                .map(cell -> cell.lookup(".label")).filter(label -> label instanceof Label)
                .map(label -> ((Label) label).getText()).filter(text -> text != null && !text.isEmpty())
                .findFirst().orElse("");
    }

    private static List<String> whatHappened(TableView<ActivityViewModel.Item> timeline) {
        waitForFxEvents();
        return timeline.getItems().stream().map(ActivityViewModel.Item::what).toList();
    }
}
