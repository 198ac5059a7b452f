package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The session's tab says where the session stands, and why, as the customer's side tells it. */
@ExtendWith(ApplicationExtension.class)
class SessionStateShownTest {
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
    void controlTheCustomerTookBackSaysWhy(FxRobot robot) throws Exception {
        viewing(robot);
        Label state = robot.lookup("#controlStateLabel").queryAs(Label.class);
        assertEquals("View only", state.getText(), "nothing has happened to explain yet");
        robot.clickOn("#requestControlButton");
        customer.next(ControlMessage.ControlRequest.class);
        customer.send(new ControlMessage.ControlGranted());
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.IN_CONTROL);

        // What the customer's client sends when its Stop control is pressed.
        customer.send(new ControlMessage.ControlRevoked("The customer took back control."));
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.VIEW_ONLY);
        waitForFxEvents();
        assertEquals("View only. The customer took back control.", state.getText());
    }

    private void viewing(FxRobot robot) throws Exception {
        robot.clickOn("#newSessionButton");
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        customer.joinAndShare(robot.lookup("#codeLabel").queryAs(Label.class).getText());
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.VIEWING);
    }
}
