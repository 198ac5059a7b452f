package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The console always shows whether the technician's hands are on the customer's computer. */
@ExtendWith(ApplicationExtension.class)
class ControlBarTest {
    private ConsoleViewModel model;

    @Start
    void start(Stage stage) {
        model = new ConsoleViewModel(Runnable::run, listener -> {
            throw new AssertionError("no session in this test");
        });
        stage.setScene(new Scene(new ToolBar(ControlBar.requestButton(model), ControlBar.withdrawButton(model),
                ControlBar.releaseButton(model),
                ControlBar.specialKeys(model), ControlBar.stateLabel(model)), 900, 60));
        stage.show();
    }

    @Test
    void everyControlStateIsShownInWords(FxRobot robot) {
        Label state = robot.lookup("#controlStateLabel").queryAs(Label.class);
        assertEquals("View only", state.getText());
        assertTrue(robot.lookup("#requestControlButton").queryButton().isDisabled(), "nothing to control before viewing");

        robot.interact(() -> model.stateChanged(AgentState.VIEWING, "sharing"));
        assertFalse(robot.lookup("#requestControlButton").queryButton().isDisabled());
        assertTrue(robot.lookup("#releaseControlButton").queryButton().isDisabled());

        robot.interact(() -> model.controlChanged(ControlState.REQUESTED, ""));
        assertEquals("Control requested — waiting for the customer’s answer", state.getText());
        assertTrue(robot.lookup("#requestControlButton").queryButton().isDisabled(), "asked once");
        assertTrue(robot.lookup("#releaseControlButton").queryButton().isDisabled(),
                "nothing to give back before the customer answers");

        robot.interact(() -> model.controlChanged(ControlState.IN_CONTROL, ""));
        assertEquals("In control (Ctrl+Shift+F12 gives it back)", state.getText());
        assertFalse(robot.lookup("#releaseControlButton").queryButton().isDisabled());
        assertFalse(robot.lookup("#specialKeysMenu").query().isDisabled(), "special keys only while in control");

        robot.interact(() -> model.controlChanged(ControlState.PAUSED, "The customer is using their mouse."));
        assertEquals("Paused: The customer is using their mouse.", state.getText());
        assertTrue(robot.lookup("#specialKeysMenu").query().isDisabled());

        robot.interact(() -> model.controlChanged(ControlState.DENIED, "The customer said no."));
        assertEquals("Control denied: The customer said no.", state.getText());
        assertFalse(robot.lookup("#requestControlButton").queryButton().isDisabled(), "may ask again");

        robot.interact(() -> model.controlChanged(ControlState.WITHDRAWN, "You withdrew your request for control."));
        assertEquals("View only. You withdrew your request for control.", state.getText());
        assertFalse(robot.lookup("#requestControlButton").queryButton().isDisabled(), "may ask again");
        assertTrue(robot.lookup("#releaseControlButton").queryButton().isDisabled());
    }

    @Test
    void withdrawRequestIsThereOnlyWhileTheCustomerIsAsked(FxRobot robot) {
        Button withdraw = robot.lookup("#withdrawRequestButton").queryButton();
        robot.interact(() -> model.stateChanged(AgentState.VIEWING, "sharing"));
        for (ControlState state : ControlState.values()) {
            robot.interact(() -> model.controlChanged(state, ""));
            boolean asked = state == ControlState.REQUESTED;
            assertEquals(asked, withdraw.isVisible() && withdraw.isManaged() && !withdraw.isDisabled(), state.name());
        }
        robot.interact(() -> model.controlChanged(ControlState.REQUESTED, ""));
        assertEquals("Withdraw request", withdraw.getText().replace("_", ""));
        assertTrue(withdraw.getTooltip().getText().contains("Ctrl+Shift+F12"), withdraw.getTooltip().getText());
        assertTrue(withdraw.getTooltip().getText().contains("Alt+W"), withdraw.getTooltip().getText());
    }
}
