package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ParameterSpec;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Enter in the last field of an action's form runs the action, as Run would. */
@ExtendWith(ApplicationExtension.class)
class ActionFormEnterTest extends LoopbackConsoleTest {
    private static final ActionDescriptor DISK = new ActionDescriptor("disk-usage", "Find what fills the disk",
            ActionRisk.SCAN, "Reads the names and sizes of the files in the folder.", true, true, "",
            List.of(new ParameterSpec("folder", "Folder to measure", ParameterSpec.Kind.PATH, true)));
    private static final ActionDescriptor UNINSTALL = new ActionDescriptor("uninstall-program", "Uninstall a program",
            ActionRisk.CHANGE, "Removes the program you pick.", false, true, "",
            List.of(new ParameterSpec("program", "Program to remove", ParameterSpec.Kind.PROGRAM, true)));

    @Start
    void start(Stage stage) {
        show(stage, 1100, 750);
    }

    @Test
    void enterInTheFolderToMeasureRunsTheActionAndEnterInAnEmptyFieldDoesNot(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        customer.send(new ControlMessage.ActionCatalog("Debian GNU/Linux 12", List.of(DISK, UNINSTALL)));
        waitFor(10, TimeUnit.SECONDS, () -> customer.workspace().plan().catalog().size() == 2);
        waitForFxEvents();
        robot.clickOn("#actionsTab");
        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(DISK));

        robot.clickOn("#param-folder").type(KeyCode.ENTER);
        waitForFxEvents();
        assertEquals(0, customer.model().actions().requests().size(), "nothing to run while the folder is missing");

        robot.write("/home/alice/Downloads").type(KeyCode.ENTER);
        ActionRequest request = customer.next(ControlMessage.ActionRequested.class).request();
        assertEquals("disk-usage", request.actionId());
        assertEquals("/home/alice/Downloads", request.parameters().get("folder"));

        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(UNINSTALL));
        robot.clickOn("#param-program").write("walk3-popups").type(KeyCode.ENTER);
        request = customer.next(ControlMessage.ActionRequested.class).request();
        assertEquals("uninstall-program", request.actionId());
        assertEquals("walk3-popups", request.parameters().get("program"));
    }
}
