package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.agent.session.ActionStatus;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.ParameterSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console at the narrowest the window allows still says, in words, whether the technician's
 * hands are on the customer's computer: the control state never hides in a toolbar's overflow menu;
 * the code to read to the customer, with its Copy button, is shown whole; and what a side tab holds
 * below its fold is reached by scrolling.
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

    @Test
    void theActionsTabScrollsToItsRequestsCancelAndResultInTheSmallestWindow(FxRobot robot) throws Exception {
        try (LoopbackCustomer low = new LoopbackCustomer(logs)) {
            Stage[] smallest = new Stage[1];
            robot.interact(() -> {
                smallest[0] = new Stage();
                // The smallest window the console allows, less a title bar.
                LoopbackCustomer.show(smallest[0], data, ConsoleApp.MIN_WIDTH, ConsoleApp.MIN_HEIGHT - 37, low);
            });
            Node root = smallest[0].getScene().getRoot();
            robot.clickOn(robot.from(root).lookup("#newSessionButton").queryButton());
            waitFor(10, TimeUnit.SECONDS, () -> low.model().stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
            low.joinAndShare(robot.from(root).lookup("#codeLabel").queryAs(Label.class).getText());
            waitFor(10, TimeUnit.SECONDS, () -> low.model().stateProperty().get() == AgentState.VIEWING);
            ActionDescriptor uninstall = new ActionDescriptor("uninstall-program", "Uninstall a program",
                    ActionRisk.CHANGE, "Removes the one program the customer allows, and nothing else. If other "
                            + "programs need it, nothing is removed. Cannot be stopped once it starts.", false, true, "",
                    List.of(new ParameterSpec("program", "Program to remove", ParameterSpec.Kind.PROGRAM, true)));
            robot.interact(() -> low.model().actionCatalog("Debian GNU/Linux 12 (bookworm)", List.of(uninstall)));
            robot.clickOn(robot.from(root).lookup("#actionsTab").<Node>query());
            robot.interact(() -> robot.from(root).lookup("#actionChoice").<ComboBox<ActionDescriptor>>query()
                    .setValue(uninstall));
            waitForFxEvents();

            Node tabs = robot.from(root).lookup("#sideTabs").query();
            Button cancel = robot.from(root).lookup("#cancelActionButton").queryButton();
            assertFalse(inside(cancel, tabs), "at first Cancel is below what the tab shows");
            ScrollPane tab = scrollerAround(cancel);
            robot.interact(() -> tab.setVvalue(tab.getVmax()));
            waitForFxEvents();
            for (String id : List.of("#actionRequests", "#cancelActionButton", "#actionResult")) {
                Node shown = robot.from(root).lookup(id).query();
                assertTrue(inside(shown, tab), id + " is in sight once the tab is scrolled down: "
                        + shown.localToScene(shown.getLayoutBounds()) + " in " + tab.localToScene(tab.getLayoutBounds()));
            }

            // A result comes: its table is not squeezed to a sliver, the tab scrolls further instead.
            List<List<String>> rows = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> List.of("program-" + i, "1." + i)).toList();
            ActionResult listed = new ActionResult("r1", ActionResult.Outcome.SUCCEEDED, 0, "8 programs", List.of(), 0,
                    new ActionTable(List.of("Name", "Version"), rows, 0));
            robot.interact(() -> low.model().actionChanged(new ActionStatus("r1", "List installed programs", "",
                    ActionStatus.Stage.DONE, 100, "8 programs", Optional.of(listed))));
            waitForFxEvents();
            robot.interact(() -> tab.setVvalue(tab.getVmax()));
            waitForFxEvents();
            Node table = robot.from(root).lookup("#actionResultTable").query();
            assertTrue(inside(table, tab), "the result's table is in sight once the tab is scrolled down: "
                    + table.localToScene(table.getLayoutBounds()) + " in " + tab.localToScene(tab.getLayoutBounds()));
            assertTrue(table.getLayoutBounds().getHeight() >= 100, "the table shows a few rows, not a sliver: "
                    + table.getLayoutBounds().getHeight());
            robot.interact(smallest[0]::close);
        }
    }

    private static ScrollPane scrollerAround(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroller) {
                return scroller;
            }
        }
        throw new AssertionError("the Actions tab does not scroll");
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
