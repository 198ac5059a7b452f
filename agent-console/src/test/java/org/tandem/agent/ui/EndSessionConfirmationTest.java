package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
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
import org.tandem.shared.session.SessionEnding;

/** Ending a session with a connected customer, or closing the console on one, is asked first; No is the default. */
@ExtendWith(ApplicationExtension.class)
class EndSessionConfirmationTest {
    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private ConsoleViewModel model;
    private Stage console;

    @Start
    void start(Stage primary) throws Exception {
        customer = new LoopbackCustomer(logs);
        model = customer.model();
        // A window of its own, so that closing it leaves the test toolkit's primary stage alone.
        console = new Stage();
        SessionsViewModel sessions = LoopbackCustomer.window(customer);
        console.setScene(new Scene(new SessionsView(sessions, data).root(), 1100, 700));
        CloseConfirmation.install(console, sessions);
        console.show();
    }

    @AfterEach
    void closeEverything(FxRobot robot) {
        customer.close();
        robot.interact(() -> Window.getWindows().stream().toList().forEach(Window::hide));
    }

    @Test
    void endingAsksWithTheCustomersNameAndNoIsTheDefault(FxRobot robot) throws Exception {
        connect(robot, "Alice Martin, ticket 4711");

        robot.clickOn("#endSessionButton");
        DialogPane question = waitForQuestion(robot);
        assertEquals("End the session with Alice Martin, ticket 4711?", question.getHeaderText());
        Button no = (Button) robot.lookup("#keepSessionButton").query();
        Button yes = (Button) robot.lookup("#confirmEndButton").query();
        assertTrue(no.isDefaultButton() && no.isCancelButton(), "Enter and Esc keep the session");
        assertFalse(yes.isDefaultButton());
        waitFor(5, TimeUnit.SECONDS, no::isFocused);

        robot.type(KeyCode.SPACE);
        waitForNoQuestion();
        assertEquals(AgentState.CONNECTED, model.stateProperty().get(), "Space on the first focus keeps the session");

        robot.clickOn("#endSessionButton");
        waitForQuestion(robot);
        robot.type(KeyCode.ENTER);
        waitForNoQuestion();
        robot.clickOn("#endSessionButton");
        waitForQuestion(robot);
        robot.type(KeyCode.ESCAPE);
        waitForNoQuestion();
        assertEquals(AgentState.CONNECTED, model.stateProperty().get());
        assertFalse(customer.sentWithin(ControlMessage.SessionEnd.class, Duration.ofMillis(300)));

        robot.clickOn("#endSessionButton");
        waitForQuestion(robot);
        robot.clickOn("#confirmEndButton");
        assertEquals(SessionEnding.TECHNICIAN_ENDED.code(), customer.next(ControlMessage.SessionEnd.class).how());
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.ENDED);
    }

    @Test
    void endingBeforeTheCustomerWasAskedBeforeYouGoOffersToWrapUpFirst(FxRobot robot) throws Exception {
        connect(robot, "Alice Martin");
        robot.clickOn("#endSessionButton");
        DialogPane unasked = waitForQuestion(robot);
        assertTrue(unasked.getContentText().endsWith("Alice Martin has not been asked whether everything works now, nor "
                + "to rate the session: “Wrap up first” asks them, and the session stays open."), unasked.getContentText());

        robot.clickOn("#wrapUpFirstButton");
        waitForNoQuestion();
        customer.next(ControlMessage.WorkingCheck.class);
        assertEquals(AgentState.CONNECTED, model.stateProperty().get(), "wrapping up first keeps the session");

        robot.clickOn("#endSessionButton");
        DialogPane asked = waitForQuestion(robot);
        assertFalse(asked.getContentText().contains("has not been asked"), asked.getContentText());
        assertTrue(robot.lookup("#wrapUpFirstButton").tryQuery().isEmpty(), "asked once, it is not offered again");
        robot.clickOn("#keepSessionButton");
        waitForNoQuestion();
    }

    @Test
    void endingWhileTheCustomerMayStillBeRatingSaysWhatTheyHaveNotSentIsLost(FxRobot robot) throws Exception {
        connect(robot, "Alice Martin");
        robot.clickOn("#endSessionButton");
        DialogPane before = waitForQuestion(robot);
        assertFalse(before.getContentText().contains("Before you go"), before.getContentText());
        robot.clickOn("#keepSessionButton");
        waitForNoQuestion();

        robot.clickOn("#wrapUpButton");
        customer.next(ControlMessage.WorkingCheck.class);
        customer.send(new ControlMessage.WorkingAnswer("yes"));
        waitFor(5, TimeUnit.SECONDS, () -> "yes".equals(customer.workspace().wrapUp().answerProperty().get()));

        robot.clickOn("#endSessionButton");
        DialogPane asked = waitForQuestion(robot);
        assertEquals("You will no longer see their screen. The session log is closed; to help them again you need a "
                + "new session and a new code. Alice Martin may still be filling in “Before you go” (a rating, a "
                + "comment): what they have not sent yet is lost.", asked.getContentText());
        robot.clickOn("#keepSessionButton");
        waitForNoQuestion();

        customer.send(new ControlMessage.RatingGiven(4, "quick, thanks"));
        waitFor(5, TimeUnit.SECONDS, () -> customer.workspace().wrapUp().starsProperty().get() == 4);
        robot.clickOn("#endSessionButton");
        DialogPane rated = waitForQuestion(robot);
        assertFalse(rated.getContentText().contains("Before you go"), "their rating has come: " + rated.getContentText());
        robot.clickOn("#keepSessionButton");
        waitForNoQuestion();
    }

    @Test
    void endingBeforeTheCustomerJoinedAsksNothing(FxRobot robot) throws Exception {
        robot.clickOn("#newSessionButton");
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        robot.clickOn("#endSessionButton");
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.ENDED);
        assertFalse(questionShown(), "no question: only the code is given back");
    }

    @Test
    void closingTheConsoleMidControlAsksAndOnYesEndsTheSessionFirst(FxRobot robot) throws Exception {
        connect(robot, "");
        customer.send(new ControlMessage.ScreenShareStarted(64, 48));
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.VIEWING);
        robot.clickOn("#requestControlButton");
        customer.next(ControlMessage.ControlRequest.class);
        customer.send(new ControlMessage.ControlGranted());
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.IN_CONTROL);

        Platform.runLater(() -> console.fireEvent(new WindowEvent(console, WindowEvent.WINDOW_CLOSE_REQUEST)));
        DialogPane question = waitForQuestion(robot);
        assertEquals("End the session with Customer 1?", question.getHeaderText(), "named as their tab names them");
        assertTrue(question.getContentText().startsWith("You will lose control of their computer"),
                question.getContentText());
        robot.clickOn("#keepSessionButton");
        waitForNoQuestion();
        assertTrue(console.isShowing(), "No keeps the console open");
        assertEquals(ControlState.IN_CONTROL, model.controlProperty().get());

        Platform.runLater(() -> console.fireEvent(new WindowEvent(console, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitForQuestion(robot);
        robot.clickOn("#confirmEndButton");
        assertEquals(SessionEnding.TECHNICIAN_CLOSED_WINDOW.code(), customer.next(ControlMessage.SessionEnd.class).how(),
                "the customer reads that the console closed, not that End session was pressed");
        customer.next(ControlMessage.LogCheckpoint.class);
        waitFor(10, TimeUnit.SECONDS, () -> !console.isShowing());
        assertEquals(AgentState.ENDED, model.stateProperty().get(), "the session ended before the console closed");
    }

    @Test
    void closingTheConsoleWithNoCustomerAsksNothing(FxRobot robot) {
        Platform.runLater(() -> console.fireEvent(new WindowEvent(console, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitForFxEvents();
        assertFalse(questionShown());
        assertFalse(console.isShowing(), "closed at once");
    }

    private void connect(FxRobot robot, String customerReference) throws Exception {
        robot.interact(() -> ((javafx.scene.control.TextField) robot.lookup("#customerField").query())
                .setText(customerReference));
        robot.clickOn("#newSessionButton");
        Label code = robot.lookup("#codeLabel").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        customer.join(code.getText());
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.CONNECTED);
    }

    private static DialogPane waitForQuestion(FxRobot robot) throws Exception {
        // Present is not enough: the buttons must be on screen before a click can reach them.
        // Nor is a visible button: its window must be showing too, which comes a little later, and the
        // button laid out inside it, as a click checks (TestFX's own visibility, not the node's flag).
        // Both buttons: the tests click either, and one can be laid out a pulse after the other.
        waitFor(5, TimeUnit.SECONDS, () -> onScreen(robot, "#confirmEndButton") && onScreen(robot, "#keepSessionButton"));
        return robot.lookup("#endSessionQuestion").queryAs(DialogPane.class);
    }

    private static boolean onScreen(FxRobot robot, String id) {
        return robot.lookup(id)
                .match(org.testfx.util.NodeQueryUtils.isVisible())
                .match((javafx.scene.Node button) -> button.getScene() != null && button.getScene().getWindow() != null
                        && button.getScene().getWindow().isShowing())
                .tryQuery().isPresent();
    }

    private static void waitForNoQuestion() throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> !questionShown());
    }

    private static boolean questionShown() {
        return Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane);
    }
}
