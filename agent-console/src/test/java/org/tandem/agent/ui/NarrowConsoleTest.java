package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
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
 * hands are on the customer's computer: the control state never hides in a toolbar's overflow menu;
 * and the code to read to the customer, with its Copy button, is shown whole.
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

    @Test
    void theCodeAndItsCopyButtonReadInFullInTheSmallestWindow(FxRobot robot, @TempDir Path dataDir) throws Exception {
        // A real relay's nameplate: ten digits, so the longest code there is.
        try (WaitingSessions waiting = new WaitingSessions(dataDir, "4821393750")) {
            SessionsViewModel sessions = waiting.window();
            Stage[] smallest = new Stage[1];
            robot.interact(() -> {
                smallest[0] = new Stage();
                smallest[0].setScene(new Scene(new SessionsView(sessions, dataDir).root(), ConsoleApp.MIN_WIDTH,
                        ConsoleApp.MIN_HEIGHT));
                smallest[0].show();
                sessions.customerReferenceProperty().set("Alice Martin, ticket 4711");
                sessions.newSession();
            });
            Node root = smallest[0].getScene().getRoot();
            waitFor(10, TimeUnit.SECONDS, () -> robot.from(root).lookup("#codeLabel").tryQuery()
                    .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
            waitForFxEvents();

            Label code = robot.from(root).lookup("#codeLabel").queryAs(Label.class);
            Label caption = robot.from(root).lookup("#codeCaption").queryAs(Label.class);
            Button copy = robot.from(root).lookup("#copyCodeButton").queryAs(Button.class);
            Node centre = robot.from(root).lookup("#centerPane").query();
            assertEquals("Copy code", drawn(copy), "the button's words are not cut to \"…\"");
            assertEquals(caption.getText(), drawn(caption), "the caption is not cut off");
            assertEquals(code.getText(), drawn(code), "the code is not cut off");
            for (String group : code.getText().split(" ")) {
                Text alone = new Text(group);
                alone.setFont(code.getFont());
                double room = code.getWidth() - code.snappedLeftInset() - code.snappedRightInset();
                assertTrue(alone.getLayoutBounds().getWidth() <= room + 0.5,
                        "\"" + group + "\" stays on one line: " + alone.getLayoutBounds().getWidth() + " in " + room);
            }
            for (Region shown : List.of(caption, code, copy)) {
                assertTrue(inside(shown, centre), shown.getId() + " lies inside the centre of the window: "
                        + shown.localToScene(shown.getLayoutBounds()) + " in " + centre.localToScene(centre.getLayoutBounds()));
            }
            robot.interact(smallest[0]::close);
        }
    }

    /** What a label or button shows, "…" and all. */
    private static String drawn(Labeled labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }

    private static boolean inside(Node node, Node area) {
        Bounds outer = area.localToScene(area.getLayoutBounds());
        Bounds inner = node.localToScene(node.getLayoutBounds());
        return inner.getWidth() > 0 && inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5
                && inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
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
