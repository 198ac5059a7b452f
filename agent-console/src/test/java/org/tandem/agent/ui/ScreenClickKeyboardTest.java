package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.input.Key;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.InputEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In control, a technician clicks into the customer's screen (to put the cursor in a window there)
 * and types: the keys must go on to the customer, not stay with the scroll pane around the screen.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenClickKeyboardTest {
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
        scene = LoopbackCustomer.show(stage, data, 1100, 700, customer);
    }

    @AfterEach
    void closeCustomer(FxRobot robot) {
        LoopbackCustomer.closeAll(robot, scene, customer);
    }

    @Test
    void keysTypedAfterAClickOnTheScreenGoToTheCustomer(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        robot.clickOn("#requestControlButton");
        customer.next(ControlMessage.ControlRequest.class);
        customer.send(new ControlMessage.ControlGranted());
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.IN_CONTROL);

        robot.clickOn("#screenView");
        robot.type(KeyCode.Q);

        assertEquals(robot.lookup("#screenView").query(), scene.getFocusOwner(), "the screen keeps the keyboard");
        assertEquals(Key.Q, customer.next(InputEvent.KeyStroke.class).key(), "the key went to the customer");
    }
}
