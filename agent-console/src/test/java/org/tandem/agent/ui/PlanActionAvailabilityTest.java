package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ParameterSpec;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An action the customer's computer says it cannot run is offered on the Plan tab as the Actions
 * tab offers it: marked "not available", and picked, it says why.
 */
@ExtendWith(ApplicationExtension.class)
class PlanActionAvailabilityTest extends LoopbackConsoleTest {
    private static final String WHY = "ClamAV is not installed on this computer (the clamscan program was not found).";
    private static final ActionDescriptor SYSTEM = new ActionDescriptor("system-info", "Show system information",
            ActionRisk.READ, "Reads the system's name and version.", false, true, "", List.of());
    private static final ActionDescriptor SCAN = new ActionDescriptor("malware-scan", "Scan folders for malware",
            ActionRisk.SCAN, "Reads every file in the folders the customer allows, with ClamAV.", true, true, "",
            List.of(new ParameterSpec("folders", "Folders to scan, one a line", ParameterSpec.Kind.PATH_LIST, true)))
            .unavailable(WHY);

    @Start
    void start(Stage stage) {
        show(stage, 1100, 750);
    }

    @Test
    void thePlansActionListMarksWhatCannotRunAsTheActionsTabDoesAndSaysWhy(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        customer.send(new ControlMessage.ActionCatalog("Debian GNU/Linux 12", List.of(SYSTEM, SCAN)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> customer.workspace().plan().catalog().size() == 2);
        waitForFxEvents();

        robot.clickOn("#actionsTab").clickOn("#actionChoice");
        Map<String, Boolean> actionsTab = marked(robot);
        robot.clickOn("Scan folders for malware (scan, asks first) — not available");
        String actionsTabSays = robot.lookup("#actionTouches").queryAs(Label.class).getText();

        robot.clickOn("#planTab").clickOn("#stepAction");
        Map<String, Boolean> planTab = marked(robot);
        assertEquals(Map.of("Show system information", false, "Scan folders for malware", true), actionsTab);
        assertEquals(actionsTab, planTab, "the plan marks the same actions as not available");

        robot.clickOn("Scan folders for malware — not available");
        @SuppressWarnings("unchecked")
        ComboBox<ActionDescriptor> step = robot.lookup("#stepAction").queryAs(ComboBox.class);
        assertEquals("malware-scan", step.getValue().id());
        assertEquals("Not available on the customer’s computer: " + WHY, actionsTabSays);
        assertEquals(actionsTabSays, robot.lookup("#stepActionNote").queryAs(Label.class).getText(),
                "picked on the plan, it says why as the Actions tab does");
    }

    /**
     * The actions in the open list, by title, and whether each is marked as not available: said so
     * in its words and drawn fainter.
     */
    private static Map<String, Boolean> marked(FxRobot robot) {
        Map<String, Boolean> marked = new TreeMap<>();
        for (var node : robot.lookup(".combo-box-popup .list-cell").queryAll()) {
            ListCell<?> cell = (ListCell<?>) node;
            if (cell.isEmpty() || !(cell.getItem() instanceof ActionDescriptor action)) {
                continue;
            }
            boolean saysSo = cell.getText().endsWith("— not available");
            boolean fainter = cell.getOpacity() < 1;
            assertEquals(saysSo, fainter, "said and drawn alike: " + cell.getText());
            marked.put(action.title(), saysSo);
        }
        return marked;
    }
}
