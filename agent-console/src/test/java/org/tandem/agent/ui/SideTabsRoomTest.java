package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The side tabs keep room for their headers whatever the split was left at: every tab's name reads
 * whole, and the Activity tab's What column has the rest of the width.
 */
@ExtendWith(ApplicationExtension.class)
class SideTabsRoomTest {
    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private SessionsViewModel sessions;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        customer = new LoopbackCustomer(logs);
        sessions = LoopbackCustomer.window(customer);
        // The split as a technician left it, dragged well towards the side tabs.
        sessions.layoutProperty().set(new WorkspaceLayoutStore.Layout(0.75, "activityTab"));
        scene = new Scene(new SessionsView(sessions, data).root(), 1100, 750);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeCustomer(FxRobot robot) {
        LoopbackCustomer.closeAll(robot, scene, customer);
    }

    @Test
    void everySideTabReadsWholeAndWhatHappenedHasTheRestOfTheWidth(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        TableView<?> timeline = robot.lookup("#activityTimeline").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> !timeline.getItems().isEmpty());
        waitForFxEvents();

        Node side = robot.lookup("#sideTabs").query();
        List<Node> headers = List.copyOf(side.lookupAll(".tab"));
        assertEquals(7, headers.size());
        for (Node header : headers) {
            Label name = (Label) header.lookup(".tab-label");
            assertEquals(name.getText(), drawn(name), "the tab's name is not cut to \"…\"");
            assertTrue(inside(header, side), "the tab " + name.getText() + " is whole in the side panel: "
                    + header.localToScene(header.getLayoutBounds()) + " in " + side.localToScene(side.getLayoutBounds()));
        }

        // JavaFX shows the tabs menu's button once the tabs no longer fit in their row.
        Node menu = side.lookup(".control-buttons-tab .tab-down-button");
        assertTrue(menu != null, "the tab pane's skin has its tabs menu button");
        assertFalse(shown(menu), "no tab is left for the tabs menu: they all fit");

        Node what = timeline.lookupAll(".column-header").stream()
                .filter(h -> h instanceof TableColumnHeader column && column.getTableColumn() != null
                        && "What happened".equals(column.getTableColumn().getText()))
                .findFirst().orElseThrow();
        assertEquals("What happened", drawn((Label) what.lookup(".label")), "the heading is not cut off");
        assertTrue(inside(what, timeline), "What happened is in the table's width, not to its right: "
                + what.localToScene(what.getLayoutBounds()) + " in " + timeline.localToScene(timeline.getLayoutBounds()));
        assertFalse(timeline.lookupAll(".scroll-bar").stream()
                .anyMatch(bar -> bar.isVisible() && ((javafx.scene.control.ScrollBar) bar).getOrientation()
                        == javafx.geometry.Orientation.HORIZONTAL), "nothing to scroll sideways for");
    }

    @Test
    void aWindowMadeAsSmallAsItGoesKeepsTheSideTabsInsideIt(FxRobot robot, @TempDir Path dataDir) throws Exception {
        try (WaitingSessions waiting = new WaitingSessions(dataDir)) {
            SessionsViewModel window = waiting.window();
            Stage[] shrunk = new Stage[1];
            robot.interact(() -> {
                shrunk[0] = new Stage();
                shrunk[0].setScene(new Scene(new SessionsView(window, dataDir).root(), 1280, 800));
                shrunk[0].show();
                window.newSession();
            });
            Node root = shrunk[0].getScene().getRoot();
            waitFor(10, TimeUnit.SECONDS, () -> robot.from(root).lookup("#codeLabel").tryQuery()
                    .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
            waitForFxEvents();

            robot.interact(() -> {
                shrunk[0].setWidth(ConsoleApp.MIN_WIDTH);
                shrunk[0].setHeight(ConsoleApp.MIN_HEIGHT - 37);
            });
            waitForFxEvents();
            Node side = robot.from(root).lookup("#sideTabs").query();
            Bounds shown = side.localToScene(side.getLayoutBounds());
            assertTrue(shown.getMaxX() <= shrunk[0].getScene().getWidth() + 0.5,
                    "the side tabs end inside the window: " + shown + " in " + shrunk[0].getScene().getWidth());
            robot.interact(shrunk[0]::close);
        }
    }

    private static String drawn(Label label) {
        return ((Text) label.lookup(".text")).getText();
    }

    private static boolean inside(Node node, Node area) {
        Bounds outer = area.localToScene(area.getLayoutBounds());
        Bounds inner = node.localToScene(node.getLayoutBounds());
        return inner.getWidth() > 0 && inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5;
    }

    /** Whether a node is on screen: it and every parent visible (the skin hides the menu's box, not its button). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
