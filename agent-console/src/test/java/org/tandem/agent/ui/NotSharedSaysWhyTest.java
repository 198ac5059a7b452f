package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.session.AgentState;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * While the customer is connected but shares nothing (before they start the session, or paused), the
 * middle of the console says why, where the technician looks, instead of a blank space.
 */
@ExtendWith(ApplicationExtension.class)
class NotSharedSaysWhyTest extends LoopbackConsoleTest {

    @Start
    void start(Stage stage) {
        show(stage, 1100, 750);
    }

    @Test
    void beforeTheStartAndWhilePausedTheMiddleSaysWhyAndWhileSharingItGivesWayToTheScreen(FxRobot robot)
            throws Exception {
        robot.clickOn("#newSessionButton");
        waitFor(10, TimeUnit.SECONDS, () -> customer.model().stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        customer.join(robot.lookup("#codeLabel").queryAs(Label.class).getText());
        waitFor(10, TimeUnit.SECONDS, () -> customer.model().stateProperty().get() == AgentState.CONNECTED);
        waitForFxEvents();
        Label why = robot.lookup("#notSharedText").queryAs(Label.class);
        assertShownInTheMiddle(robot, why);
        assertEquals(robot.lookup("#statusLabel").queryAs(Label.class).getText(), why.getText());
        assertTrue(why.getText().contains("Waiting for them to start the session"), why.getText());

        customer.send(new ControlMessage.ScreenShareStarted(64, 48));
        waitFor(10, TimeUnit.SECONDS, () -> customer.model().stateProperty().get() == AgentState.VIEWING);
        waitForFxEvents();
        assertFalse(robot.lookup("#notSharedPane").query().isVisible(), "the screen is shown: nothing to explain");

        customer.send(ControlMessage.ScreenShareStopped.byCustomer(JournalEvent.ShareStopped.PAUSED));
        waitFor(10, TimeUnit.SECONDS, () -> customer.model().stateProperty().get() == AgentState.CONNECTED);
        waitForFxEvents();
        assertShownInTheMiddle(robot, why);
        assertEquals("The customer paused sharing the screen. You see nothing until they share it again.",
                why.getText());
    }

    /** Visible, whole (not cut to "…"), and within the space the screen takes when shared. */
    private static void assertShownInTheMiddle(FxRobot robot, Label label) {
        assertTrue(label.isVisible() && label.getParent().isVisible(), "shown");
        Node center = robot.lookup("#notSharedPane").query().getParent();
        Bounds room = center.localToScene(center.getLayoutBounds());
        Bounds text = label.localToScene(label.getLayoutBounds());
        assertTrue(room.contains(text), "inside the middle: " + text + " in " + room);
        assertTrue(label.getWidth() >= label.prefWidth(label.getHeight()) - 0.5
                || label.getHeight() >= label.prefHeight(label.getWidth()) - 0.5, "not cut: " + label.getText());
    }
}
