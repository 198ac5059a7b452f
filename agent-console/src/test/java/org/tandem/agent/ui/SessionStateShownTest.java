package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.agent.ui.activity.ActivityViewModel;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The session's tab says where the session stands, and why, as the customer's side tells it. */
@ExtendWith(ApplicationExtension.class)
class SessionStateShownTest {
    private static final List<String> VIEW_CONTROLS = List.of("#fitButton", "#actualSizeButton", "#zoomButton",
            "#zoomInButton", "#fullScreenButton");
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
        customer.send(ControlMessage.ControlRevoked.byCustomer("The customer took back control."));
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.VIEW_ONLY);
        waitForFxEvents();
        assertEquals("View only. The customer took back control.", state.getText());
    }

    @Test
    void sharingAgainAfterAPauseNoLongerGivesThePauseAsTheReason(FxRobot robot) throws Exception {
        viewing(robot);
        Label state = robot.lookup("#controlStateLabel").queryAs(Label.class);
        // What the customer's client sends when Pause sharing is pressed, then Share screen.
        customer.send(ControlMessage.ScreenShareStopped.byCustomer(JournalEvent.ShareStopped.PAUSED));
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.CONNECTED);
        waitForFxEvents();
        assertEquals("View only. The customer paused sharing the screen.", state.getText(), "while paused: why");

        customer.send(new ControlMessage.ScreenShareStarted(64, 48));
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.VIEWING);
        waitForFxEvents();
        assertEquals("View only", state.getText(), "sharing again: the pause explains nothing any more");
        assertFalse(robot.lookup("#requestControlButton").query().isDisabled(), "control may be asked for again");
    }

    @Test
    void aPauseReadsAsAPauseOnTheControlLineTheStatusLineAndInActivity(FxRobot robot) throws Exception {
        viewing(robot);
        robot.clickOn("#requestControlButton");
        customer.next(ControlMessage.ControlRequest.class);
        customer.send(new ControlMessage.ControlGranted());
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.IN_CONTROL);

        // What the customer's client sends when Pause sharing is pressed while the technician is in control.
        customer.send(ControlMessage.ControlRevoked.byTandem(JournalEvent.ControlStopped.SHARING_PAUSED));
        customer.send(ControlMessage.ScreenShareStopped.byCustomer(JournalEvent.ShareStopped.PAUSED));
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.CONNECTED);
        waitForFxEvents();

        assertEquals("View only. The customer paused sharing the screen.",
                robot.lookup("#controlStateLabel").queryAs(Label.class).getText());
        assertEquals("The customer paused sharing the screen. You see nothing until they share it again.",
                robot.lookup("#statusLabel").queryAs(Label.class).getText());
        robot.clickOn("#activityTab");
        @SuppressWarnings("unchecked")
        TableView<ActivityViewModel.Item> timeline = robot.lookup("#activityTimeline").queryAs(TableView.class);
        // "Screen sharing started" is there from the start: wait for the pause's own line.
        waitFor(10, TimeUnit.SECONDS, () -> timeline.getItems().stream()
                .anyMatch(item -> item.what().startsWith("Screen sharing paused")));
        List<String> what = timeline.getItems().stream().map(ActivityViewModel.Item::what).toList();
        assertTrue(what.contains("Control ended (The customer paused sharing the screen)"), what.toString());
        assertTrue(what.contains("Screen sharing paused by the customer"), what.toString());
        assertTrue(what.stream().noneMatch(line -> line.contains("stopped")), what.toString());
    }

    @Test
    void aScreenThatCouldNotBeCapturedReadsAsStoppedNotPaused(FxRobot robot) throws Exception {
        viewing(robot);
        customer.send(ControlMessage.ScreenShareStopped.byCustomer(JournalEvent.ShareStopped.PAUSED));
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.CONNECTED);

        // What the customer's client sends when Share screen finds that the screen cannot be captured.
        customer.send(ControlMessage.ScreenShareStopped.byTandem(JournalEvent.ShareStopped.NOT_CAPTURED));
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> status.getText().equals("The customer's screen could not be captured."));
        robot.clickOn("#activityTab");
        @SuppressWarnings("unchecked")
        TableView<ActivityViewModel.Item> timeline = robot.lookup("#activityTimeline").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> timeline.getItems().stream()
                .anyMatch(item -> item.what().startsWith("Screen sharing stopped")));
        assertTrue(timeline.getItems().stream().anyMatch(item -> item.what()
                .equals("Screen sharing stopped (The customer's screen could not be captured)")
                && item.who().equals("Tandem")), timeline.getItems().toString());
    }

    @Test
    void anEndedSessionSaysSoAndOffersNothingToView(FxRobot robot) throws Exception {
        viewing(robot);
        for (String id : VIEW_CONTROLS) {
            assertFalse(robot.lookup(id).query().isDisabled(), id + " works while the screen is shown");
        }

        robot.clickOn("#endSessionButton");
        robot.clickOn("#confirmEndButton");
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.ENDED);
        waitForFxEvents();

        for (String id : VIEW_CONTROLS) {
            assertTrue(robot.lookup(id).query().isDisabled(), id + " is off: there is no screen to show");
        }
        assertEquals("Session ended", robot.lookup("#controlStateLabel").queryAs(Label.class).getText(),
                "not \"View only\": nothing is viewed any more");
        Label ended = robot.lookup("#endedTitle").queryAs(Label.class);
        assertTrue(shown(ended), "the centre says the session has ended rather than go blank");
        assertEquals("The session has ended.", ended.getText());
    }

    @Test
    void theRecapOfTheEndedSessionIsExportedFromItsTab(FxRobot robot) throws Exception {
        viewing(robot);
        robot.clickOn("#endSessionButton").clickOn("#confirmEndButton");
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.ENDED);
        waitForFxEvents();

        Button export = robot.lookup("#exportEndedRecapButton").queryButton();
        assertTrue(shown(export), "Export recap… is beside the words that the session has ended");
        waitFor(10, TimeUnit.SECONDS, () -> !export.isDisabled());
        // What the button saves once a file is chosen, as History's Export recap saves it.
        Path saved = customer.workspace().ended().export(logs.resolve("recap.md")).get(10, TimeUnit.SECONDS);
        String recap = Files.readString(saved);
        assertTrue(recap.startsWith("# Support session on "), recap);
        assertTrue(recap.contains("**Technician:** Dana"), recap);
        assertTrue(recap.contains("This record was checked and is intact."), recap);
        waitForFxEvents();
        assertEquals("Recap saved to " + saved, robot.lookup("#endedStatus").queryAs(Label.class).getText());
    }

    @Test
    void theControlToolbarStaysPutWhileTheCustomerIsAsked(FxRobot robot) throws Exception {
        viewing(robot);
        List<String> after = List.of("#releaseControlButton", "#specialKeysMenu", "#fitButton", "#fullScreenButton");
        List<Double> before = after.stream().map(id -> left(robot.lookup(id).query())).toList();

        robot.clickOn("#requestControlButton");
        customer.next(ControlMessage.ControlRequest.class);
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.REQUESTED);
        waitForFxEvents();
        assertTrue(shown(robot.lookup("#withdrawRequestButton").query()), "Withdraw request is offered");
        assertEquals(before, after.stream().map(id -> left(robot.lookup(id).query())).toList(),
                "the buttons after it did not move sideways");

        robot.clickOn("#withdrawRequestButton");
        waitFor(10, TimeUnit.SECONDS, () -> model.controlProperty().get() == ControlState.WITHDRAWN);
        waitForFxEvents();
        assertEquals(before, after.stream().map(id -> left(robot.lookup(id).query())).toList(),
                "nor when it went again");
    }

    private static double left(Node node) {
        return node.localToScene(node.getLayoutBounds()).getMinX();
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private void viewing(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
    }
}
