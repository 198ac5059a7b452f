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
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.SystemInfoRows;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On a small window (800×600, less its title bar) the customer's screen has at least half the console's
 * width, whether the window opened that small or was made smaller, and the side tabs still read whole
 * beside it; on a large window the split stays where the technician left it.
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowSplitTest {
    private static final ActionDescriptor SYSTEM_INFO = new ActionDescriptor("system-info", "Show system information",
            ActionRisk.READ, "Reads what this computer is and how it is doing.", false, true, "", List.of());
    /** An 800×600 window less a title bar. */
    private static final double WIDTH = 800;
    private static final double HEIGHT = 563;

    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private Stage stage;
    private Scene scene;
    private SessionsView view;

    @Start
    void start(Stage primary) throws Exception {
        customer = new LoopbackCustomer(logs);
    }

    @AfterEach
    void closeCustomer(FxRobot robot) {
        LoopbackCustomer.closeAll(robot, scene, customer);
        // A window of its own, resized here: the toolkit's shared one would keep the size for the tests after.
        robot.interact(stage::close);
    }

    @Test
    void aWindowThatOpensSmallGivesTheScreenHalfAndTheSideTabsTheirNames(FxRobot robot) throws Exception {
        open(robot, WIDTH, HEIGHT, WorkspaceLayoutStore.Layout.defaults());
        customer.sharesWithTheConsole(robot);
        waitForFxEvents();

        assertScreenHasHalfAndTabsReadWhole(robot);
    }

    @Test
    void theCustomersSystemSummaryReadsWholeBesideTheScreen(FxRobot robot) throws Exception {
        open(robot, WIDTH, HEIGHT, WorkspaceLayoutStore.Layout.defaults());
        customer.sharesWithTheConsole(robot);
        customer.send(new ControlMessage.ActionCatalog("Debian GNU/Linux 12 (bookworm)", List.of(SYSTEM_INFO)));
        waitFor(10, TimeUnit.SECONDS, () -> !customer.model().actions().catalog().isEmpty());
        robot.clickOn("#customerTab").clickOn("#readSystemInfoButton");
        String id = customer.next(ControlMessage.ActionRequested.class).request().requestId();
        List<List<String>> rows = List.of(List.of("Operating system", "Debian GNU/Linux 12 (bookworm)"),
                List.of(SystemInfoRows.COMPUTER_NAME, "vm"),
                List.of("Disk / (/dev/vda)", "78 GB free of 252 GB (ext4)"),
                List.of("Network (eth0)", "Connected: 192.0.2.2 (IPv4), fd00::2 (IPv6)"));
        customer.send(new ControlMessage.ActionFinished(new ActionResult(id, ActionResult.Outcome.SUCCEEDED,
                ActionResult.NO_EXIT_STATUS, "Debian GNU/Linux 12 (bookworm)", List.of(), 0,
                new ActionTable(List.of("Item", "Value"), rows, 0))));
        waitFor(10, TimeUnit.SECONDS, () -> customer.workspace().customer().facts().size() == rows.size());
        waitForFxEvents();

        Node table = robot.lookup("#systemSummary").query();
        List<String> shown = table.lookupAll(".table-cell").stream().flatMap(cell -> texts(cell).stream())
                .filter(text -> !text.isEmpty()).toList();
        for (List<String> row : rows) {
            assertTrue(shown.containsAll(row), "the row " + row + " reads whole, not cut to \"…\": " + shown);
        }
        assertScreenHasHalfAndTabsReadWhole(robot);
    }

    @Test
    void aWindowMadeSmallGivesTheScreenItsHalfBack(FxRobot robot) throws Exception {
        open(robot, 1280, 800, WorkspaceLayoutStore.Layout.defaults());
        customer.sharesWithTheConsole(robot);
        waitForFxEvents();
        double sideAtLarge = width(robot.lookup("#sideTabs").query());

        robot.interact(() -> {
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT + 37);
        });
        waitForFxEvents();

        assertTrue(sideAtLarge > WIDTH / 2, "at 1280 the side tabs had room of their own: " + sideAtLarge);
        assertScreenHasHalfAndTabsReadWhole(robot);
    }

    @Test
    void theSplitTheTechnicianLeftComesBackWhenTheWindowIsLargeAgainAndIsTheOneRemembered(FxRobot robot)
            throws Exception {
        open(robot, 1280, 800, new WorkspaceLayoutStore.Layout(0.55, "chatTab"));
        customer.sharesWithTheConsole(robot);
        waitForFxEvents();
        double left = width(robot.lookup("#sideTabs").query());

        robot.interact(() -> {
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT + 37);
        });
        waitForFxEvents();
        assertTrue(width(robot.lookup("#sideTabs").query()) < left - 100, "the small window gave the screen its half");
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        waitForFxEvents();

        assertEquals(left, width(robot.lookup("#sideTabs").query()), 2, "the side tabs are as wide as they were left");
        assertEquals(0.55, view.layout().divider(), 0.01, "the split remembered is the one left, not the small window's");
    }

    @Test
    void whereTheTechnicianDragsTheDividerIsWhereTheSideTabsComeBackTo(FxRobot robot) throws Exception {
        open(robot, 1280, 800, WorkspaceLayoutStore.Layout.defaults());
        customer.sharesWithTheConsole(robot);
        waitForFxEvents();
        Node divider = robot.lookup("#workspaceSplit .split-pane-divider").query();
        double before = width(robot.lookup("#sideTabs").query());

        robot.drag(divider).dropBy(-80, 0);
        waitForFxEvents();
        double dragged = width(robot.lookup("#sideTabs").query());
        assertEquals(before + 80, dragged, 8, "the drag made the side tabs wider, by about as far as it went");
        robot.interact(() -> stage.setWidth(WIDTH));
        waitForFxEvents();
        robot.interact(() -> stage.setWidth(1280));
        waitForFxEvents();

        assertEquals(dragged, width(robot.lookup("#sideTabs").query()), 2, "back to where it was dragged");
        double split = width(robot.lookup("#workspaceSplit").query());
        assertEquals(1 - dragged / split, view.layout().divider(), 0.01,
                "the drag is the layout remembered");
    }

    @Test
    void onALargeWindowTheSplitStaysWhereItWasLeft(FxRobot robot) throws Exception {
        open(robot, 1280, 800, new WorkspaceLayoutStore.Layout(0.55, "chatTab"));
        customer.sharesWithTheConsole(robot);
        waitForFxEvents();

        double split = width(robot.lookup("#workspaceSplit").query());
        double side = width(robot.lookup("#sideTabs").query());
        assertEquals(0.45, side / split, 0.02, "the side tabs as wide as they were left: " + side + " of " + split);
    }

    /** The console's window at this size, opening its sessions with this layout, as the console does at start. */
    private void open(FxRobot robot, double width, double height, WorkspaceLayoutStore.Layout layout) {
        robot.interact(() -> {
            view = new SessionsView(LoopbackCustomer.window(customer), data);
            view.apply(layout);
            scene = new Scene(view.root(), width, height);
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
    }

    private void assertScreenHasHalfAndTabsReadWhole(FxRobot robot) {
        double window = scene.getWidth();
        Node screen = robot.lookup("#centerPane").query();
        Node side = robot.lookup("#sideTabs").query();
        assertTrue(width(screen) >= window / 2, "the customer's screen has half the window at least: "
                + width(screen) + " of " + window);
        Bounds sideShown = side.localToScene(side.getLayoutBounds());
        assertTrue(sideShown.getMaxX() <= window + 0.5, "the side tabs end inside the window: " + sideShown);
        List<Node> headers = List.copyOf(side.lookupAll(".tab"));
        assertEquals(7, headers.size());
        for (Node header : headers) {
            Label name = (Label) header.lookup(".tab-label");
            assertEquals(name.getText(), ((Text) name.lookup(".text")).getText(), "the tab's name is not cut to \"…\"");
            Bounds shown = header.localToScene(header.getLayoutBounds());
            assertTrue(shown.getMinX() >= sideShown.getMinX() - 0.5 && shown.getMaxX() <= sideShown.getMaxX() + 0.5,
                    "the tab " + name.getText() + " is whole in the side panel: " + shown + " in " + sideShown);
        }
        Node menu = side.lookup(".control-buttons-tab .tab-down-button");
        assertFalse(menu != null && shown(menu), "no tab is left for the tabs menu: they all fit");
    }

    /** The words drawn in a node, as drawn: "…" and all. */
    private static List<String> texts(Node node) {
        if (node instanceof Text text) {
            return List.of(text.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            return parent.getChildrenUnmodifiable().stream().flatMap(child -> texts(child).stream()).toList();
        }
        return List.of();
    }

    private static double width(Node node) {
        return node.getLayoutBounds().getWidth();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
