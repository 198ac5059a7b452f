package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.InputEvent;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A key pressed at the wrong moment, often one meant for the customer's computer, never ends the
 * session or presses a toolbar button.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleKeyboardTest {
    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private ConsoleViewModel model;
    private Scene scene;
    private SessionsViewModel sessions;

    @Start
    void start(Stage stage) throws Exception {
        customer = new LoopbackCustomer(logs);
        model = customer.model();
        sessions = LoopbackCustomer.window(customer);
        scene = new Scene(new SessionsView(sessions, data).root(), 1100, 700);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeCustomer(FxRobot robot) {
        LoopbackCustomer.closeAll(robot, scene, customer);
    }

    @Test
    void focusStartsInTheCustomerFieldAndNeverLandsOnEndSession(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> scene.getFocusOwner() == robot.lookup("#customerField").query());

        robot.clickOn("#newSessionButton");
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        Button end = robot.lookup("#endSessionButton").queryButton();
        assertFalse(end.isFocusTraversable(), "End session is reached by mouse, Alt+E, never by focus");
        assertFalse(end.isDefaultButton());
        waitFor(5, TimeUnit.SECONDS, () -> scene.getFocusOwner() == robot.lookup("#copyCodeButton").query());
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        waitForFxEvents();
        assertEquals(AgentState.WAITING_FOR_CUSTOMER, model.stateProperty().get(), "a stray key ended nothing");
    }

    @Test
    void aSpaceRightAfterStartingFromTheKeyboardEndsNothing(FxRobot robot) throws Exception {
        robot.interact(sessions::newSession); // as Ctrl+N does, wherever the focus is
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        waitForFxEvents();
        assertEquals(AgentState.WAITING_FOR_CUSTOMER, model.stateProperty().get(), "a stray key ended nothing");
        assertTrue(robot.lookup("#codeLabel").queryAs(Label.class).getText().startsWith("482-"));
    }

    @Test
    void keysAfterTheCustomerStopsSharingMidControlPressNoButton(FxRobot robot) throws Exception {
        takeControl(robot);
        customer.send(ControlMessage.ScreenShareStopped.byCustomer("The customer paused sharing the screen."));
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.CONNECTED);

        robot.type(KeyCode.SPACE).type(KeyCode.ENTER).type(KeyCode.SPACE);
        waitForFxEvents();
        assertNothingPressed(robot, AgentState.CONNECTED, "#centerPane");
    }

    @Test
    void keysAfterTheCustomerRevokesControlPressNoButton(FxRobot robot) throws Exception {
        takeControl(robot);
        customer.send(ControlMessage.ControlRevoked.byCustomer("The customer took control back."));
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.VIEW_ONLY);

        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        waitForFxEvents();
        assertNothingPressed(robot, AgentState.VIEWING, "#screenView");
    }

    @Test
    void keysAfterGivingControlBackByMousePressNoButton(FxRobot robot) throws Exception {
        takeControl(robot);
        robot.clickOn("#releaseControlButton");
        customer.next(ControlMessage.ControlReleased.class);
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.VIEW_ONLY);

        robot.type(KeyCode.SPACE).type(KeyCode.ENTER).type(KeyCode.SPACE);
        waitForFxEvents();
        assertNothingPressed(robot, AgentState.VIEWING, "#screenView");
    }

    @Test
    void keysWhileControlIsPausedStayAwayFromTheConsole(FxRobot robot) throws Exception {
        takeControl(robot);
        customer.send(ControlMessage.ControlPaused.byCustomer("The customer is using their mouse."));
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.PAUSED);

        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        robot.type(KeyCode.SPACE);
        waitForFxEvents();
        assertNothingPressed(robot, AgentState.VIEWING, "#screenView");
    }

    @Test
    void keysWhileATandemWindowIsInTheWayStayAwayFromTheConsole(FxRobot robot) throws Exception {
        takeControl(robot);
        customer.send(ControlMessage.ControlPaused.byTandem("A Tandem window is in the way on the customer's screen."));
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.PAUSED_AT_TANDEM_WINDOW);

        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        robot.type(KeyCode.SPACE);
        waitForFxEvents();
        assertNothingPressed(robot, AgentState.VIEWING, "#screenView");
    }

    @Test
    void theGiveBackShortcutWhileTheCustomerIsAskedWithdrawsTheRequest(FxRobot robot) throws Exception {
        askForControl(robot);
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.REQUESTED);
        robot.clickOn("#screenView");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F12).release(KeyCode.F12, KeyCode.SHIFT, KeyCode.CONTROL);

        customer.next(ControlMessage.ControlRequestWithdrawn.class);
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.WITHDRAWN);
        assertEquals(AgentState.VIEWING, model.stateProperty().get(), "the session goes on");
        assertEquals("View only. You withdrew your request for control; the customer is told you no longer ask.",
                robot.lookup("#controlStateLabel").queryAs(Label.class).getText());
    }

    @Test
    void theGiveBackShortcutWithdrawsTheRequestWhereverTheKeyboardIs(FxRobot robot) throws Exception {
        askForControl(robot);
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.REQUESTED);
        robot.clickOn("#customerField");
        assertEquals(robot.lookup("#customerField").query(), scene.getFocusOwner(), "the keyboard is in a text field");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F12).release(KeyCode.F12, KeyCode.SHIFT, KeyCode.CONTROL);

        customer.next(ControlMessage.ControlRequestWithdrawn.class);
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.WITHDRAWN);
    }

    @Test
    void withdrawRequestTellsTheCustomerAndRequestControlMayAskAgainOnceTheirSideClosedTheQuestion(FxRobot robot)
            throws Exception {
        askForControl(robot);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#withdrawRequestButton").queryButton().isVisible());

        robot.clickOn("#withdrawRequestButton");

        customer.next(ControlMessage.ControlRequestWithdrawn.class);
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.WITHDRAWN);
        assertFalse(robot.lookup("#withdrawRequestButton").queryButton().isVisible());
        assertEquals(AgentState.VIEWING, model.stateProperty().get());
        customer.send(ControlMessage.ControlDenied.toWithdrawal("The technician withdrew the request before you answered."));
        customer.drainUntilQuiet(Duration.ofMillis(300));
        robot.clickOn("#requestControlButton");
        customer.next(ControlMessage.ControlRequest.class);
        customer.send(new ControlMessage.ControlGranted());
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.IN_CONTROL);
    }

    /** Customer joins and shares; the technician asks for control by mouse, and the request reaches the customer. */
    private void askForControl(FxRobot robot) throws Exception {
        robot.clickOn("#newSessionButton");
        Label code = robot.lookup("#codeLabel").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        customer.joinAndShare(code.getText());
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.VIEWING);
        robot.clickOn("#requestControlButton");
        customer.next(ControlMessage.ControlRequest.class);
    }

    /** Customer joins and shares; the technician asks for control by mouse and the customer allows it. */
    private void takeControl(FxRobot robot) throws Exception {
        askForControl(robot);
        customer.send(new ControlMessage.ControlGranted());
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.IN_CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> scene.getFocusOwner() == robot.lookup("#screenView").query());
        robot.type(KeyCode.A);
        assertInstanceOf(InputEvent.KeyStroke.class, customer.next(InputEvent.KeyStroke.class),
                "in control, keys go to the customer");
    }

    /** No question, no ending, the session in {@code state}, and the keyboard on the harmless {@code focused}. */
    private void assertNothingPressed(FxRobot robot, AgentState state, String focused) throws Exception {
        assertEquals(1, Window.getWindows().size(), "no question popped up");
        assertFalse(customer.sentWithin(ControlMessage.SessionEnd.class, Duration.ofMillis(300)),
                "the session was not ended");
        assertEquals(state, model.stateProperty().get());
        Node expected = robot.lookup(focused).query();
        assertEquals(expected, scene.getFocusOwner(), "the keyboard is on " + focused);
    }
}
