package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console at the narrowest the window allows still says, in words, whether the technician's
 * hands are on the customer's computer: the control state never hides in a toolbar's overflow menu.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowConsoleTest {
    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        customer = new LoopbackCustomer(logs);
        scene = LoopbackCustomer.show(stage, data, ConsoleApp.MIN_WIDTH, 700, customer);
    }

    @AfterEach
    void closeCustomer(FxRobot robot) {
        LoopbackCustomer.closeAll(robot, scene, customer);
    }

    @Test
    void theControlStateIsInSightAtTheNarrowestWindow(FxRobot robot) throws Exception {
        robot.clickOn("#customerField").write("Alice Martin").type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> customer.model().stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        waitForFxEvents();

        // A toolbar's overflowing items leave the window's scene graph for the overflow menu.
        Optional<Label> laidOut = robot.lookup("#controlStateLabel").tryQueryAs(Label.class);
        assertTrue(laidOut.isPresent(), "the control state is in the window, not in an overflow menu");
        Label state = laidOut.get();
        assertTrue(state.getText().length() > 0);
        assertTrue(inSight(state), "the control state is laid out inside the window, not in an overflow menu: "
                + state.localToScene(state.getBoundsInLocal()) + " in a scene " + scene.getWidth() + " wide");
    }

    private boolean inSight(Node node) {
        if (node.getScene() != scene) {
            return false; // an overflow menu's popup is a scene of its own
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getWidth() > 0 && bounds.getMinX() >= 0 && bounds.getMaxX() <= scene.getWidth();
    }
}
