package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A request for control nobody answered is not the customer's no (decision 0031): the console's status
 * line says no answer came, as its Activity and log do, and never "Control denied".
 */
@ExtendWith(ApplicationExtension.class)
class ControlNotAnsweredShownTest extends LoopbackConsoleTest {
    @Start
    void start(Stage stage) {
        show(stage, 1100, 750);
    }

    @Test
    void aRequestNobodyAnsweredReadsAsNoAnswerInTime(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        robot.clickOn("#requestControlButton");
        customer.next(ControlMessage.ControlRequest.class);

        customer.send(ControlMessage.ControlDenied.nobodyAnswered());

        waitFor(10, TimeUnit.SECONDS, () -> customer.model().controlProperty().get() != ControlState.REQUESTED);
        assertEquals("View only. The customer did not answer in time.", stateShown(robot));
        assertFalse(robot.lookup("#requestControlButton").queryButton().isDisabled(), "may ask again");
    }

    @Test
    void aQuestionTheCustomersSideClosedReadsAsWhyNotAsDenied(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        robot.clickOn("#requestControlButton");
        customer.next(ControlMessage.ControlRequest.class);

        customer.send(ControlMessage.ControlDenied.notAnswered("The customer paused sharing before they answered."));

        waitFor(10, TimeUnit.SECONDS, () -> customer.model().controlProperty().get() != ControlState.REQUESTED);
        assertEquals("View only. The customer paused sharing before they answered.", stateShown(robot));
    }

    @Test
    void theCustomersNoStillReadsAsDenied(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        robot.clickOn("#requestControlButton");
        customer.next(ControlMessage.ControlRequest.class);

        customer.send(new ControlMessage.ControlDenied("The customer said no."));

        waitFor(10, TimeUnit.SECONDS, () -> customer.model().controlProperty().get() != ControlState.REQUESTED);
        assertEquals("Control denied: The customer said no.", stateShown(robot));
    }

    private static String stateShown(FxRobot robot) {
        return robot.lookup("#controlStateLabel").queryAs(Label.class).getText();
    }
}
