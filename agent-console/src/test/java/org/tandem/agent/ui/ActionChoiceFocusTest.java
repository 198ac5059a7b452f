package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ParameterSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Choosing an action puts the keyboard where the technician goes on: in its first field, or on the
 * list when it needs nothing more. It never jumps elsewhere in the window.
 */
@ExtendWith(ApplicationExtension.class)
class ActionChoiceFocusTest {
    private static final ActionDescriptor SYSTEM = new ActionDescriptor("system-info", "Show system information",
            ActionRisk.READ, "Reads the system's name and version.", false, true, "", List.of());
    private static final ActionDescriptor DISK = new ActionDescriptor("disk-usage", "Find what fills the disk",
            ActionRisk.SCAN, "Reads the names and sizes of the files in the folder.", false, true, "",
            List.of(new ParameterSpec("folder", "Folder to measure", ParameterSpec.Kind.PATH, true)));

    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private ConsoleViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        customer = new LoopbackCustomer(logs);
        model = customer.model();
        scene = LoopbackCustomer.show(stage, data, 1100, 750, customer);
    }

    @AfterEach
    void closeCustomer(FxRobot robot) {
        LoopbackCustomer.closeAll(robot, scene, customer);
    }

    @Test
    void whatIsTypedAfterChoosingAnActionGoesInItsFirstField(FxRobot robot) throws Exception {
        viewingWithCatalog(robot);
        robot.clickOn("#actionsTab").clickOn("#actionChoice");
        robot.clickOn("Find what fills the disk (scan, asks first)");
        waitForFxEvents();

        robot.write("/tmp");
        waitForFxEvents();
        TextField folder = robot.lookup("#param-folder").queryAs(TextField.class);
        assertEquals(folder, scene.getFocusOwner(), "the keyboard is in the action's first field");
        assertEquals("/tmp", folder.getText());
        assertEquals("", robot.lookup("#customerField").queryAs(TextField.class).getText(),
                "nothing typed lands in the window's customer field");
    }

    @Test
    void anActionWithNothingToFillInLeavesTheKeyboardOnTheList(FxRobot robot) throws Exception {
        viewingWithCatalog(robot);
        robot.clickOn("#actionsTab").clickOn("#actionChoice");
        robot.clickOn("Show system information (look)");
        waitForFxEvents();

        assertEquals(robot.lookup("#actionChoice").query(), scene.getFocusOwner());
        robot.type(KeyCode.DOWN);
        waitForFxEvents();
        assertEquals(robot.lookup("#actionChoice").query(), scene.getFocusOwner(),
                "going through the list by keyboard keeps the keyboard on it");
    }

    private void viewingWithCatalog(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        robot.interact(() -> model.actionCatalog("Debian GNU/Linux 12", List.of(SYSTEM, DISK)));
        waitForFxEvents();
    }
}
