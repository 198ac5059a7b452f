package org.tandem.agent.ui;

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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.ActionStatus;
import org.tandem.agent.session.AgentState;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.ParameterSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Actions tab's list of requests has room for a few requests in an 800×600 window, as in a
 * large window, where the result below still takes the rest of the tab.
 */
@ExtendWith(ApplicationExtension.class)
class ActionRequestsRoomTest {
    /** A window's title bar, which the window's size includes and its scene does not. */
    private static final double TITLE_BAR = 37;
    private static final ActionDescriptor UNINSTALL = new ActionDescriptor("uninstall-program", "Uninstall a program",
            ActionRisk.CHANGE, "Removes the one program the customer allows, and nothing else. If other programs need "
                    + "it, nothing is removed. Cannot be stopped once it starts.", false, true, "",
            List.of(new ParameterSpec("program", "Program to remove", ParameterSpec.Kind.PROGRAM, true)));

    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeCustomer(FxRobot robot) {
        if (customer != null) {
            LoopbackCustomer.closeAll(robot, stage.getScene(), customer);
        }
    }

    @Test
    void threeRequestsReadWholeInAnEightHundredBySixHundredWindow(FxRobot robot) throws Exception {
        ListView<?> requests = threeRequestsIn(robot, 800, 600);

        assertTrue(wholeRows(requests) >= 3, "three requests of two lines read whole: the list is "
                + requests.getHeight() + " tall, " + wholeRows(requests) + " read whole");
    }

    @Test
    void atNineteenTwentyByTenEightyTheRequestsHaveTheSameRoomAndTheResultTheRest(FxRobot robot) throws Exception {
        // The headless screen holds no 1920×1080 window: the Actions tab alone, as large as such a window gives it.
        ConsoleViewModel model = new ConsoleViewModel(Runnable::run, listener -> {
            throw new AssertionError("no session in this test");
        });
        robot.interact(() -> {
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(new ActionsPanel(model).root()), 470, 770));
            stage.show();
        });
        ListView<?> requests = threeRequests(robot, model);

        assertTrue(wholeRows(requests) >= 3, "three requests read whole: " + requests.getHeight());
        assertTrue(requests.getHeight() <= 260, "the requests take no more than they need: " + requests.getHeight());
        Node result = robot.lookup("#actionResultTable").query();
        assertTrue(result.getLayoutBounds().getHeight() >= 200, "the result's table takes the rest of the tab: "
                + result.getLayoutBounds().getHeight());
        javafx.scene.control.ScrollPane tab = (javafx.scene.control.ScrollPane) stage.getScene().getRoot()
                .getChildrenUnmodifiable().get(0);
        assertTrue(tab.getContent().getLayoutBounds().getHeight() <= tab.getViewportBounds().getHeight() + 0.5,
                "all of it without scrolling: " + tab.getContent().getLayoutBounds() + " in " + tab.getViewportBounds());
    }

    /** A console window of that size, its Actions tab in front with three finished requests; their list. */
    private ListView<?> threeRequestsIn(FxRobot robot, double width, double height) throws Exception {
        customer = new LoopbackCustomer(logs);
        robot.interact(() -> LoopbackCustomer.show(stage, data, width, height - TITLE_BAR, customer));
        robot.clickOn("#newSessionButton");
        waitFor(10, TimeUnit.SECONDS, () -> customer.model().stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        customer.joinAndShare(robot.lookup("#codeLabel").queryAs(Label.class).getText());
        waitFor(10, TimeUnit.SECONDS, () -> customer.model().stateProperty().get() == AgentState.VIEWING);
        robot.clickOn("#actionsTab");
        return threeRequests(robot, customer.model());
    }

    /** The Actions tab with three finished requests, the last with a result; their list. */
    private static ListView<?> threeRequests(FxRobot robot, ConsoleViewModel model) {
        robot.interact(() -> {
            model.actionCatalog("Debian GNU/Linux 12 (bookworm)", List.of(UNINSTALL));
            robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(UNINSTALL);
            for (String program : List.of("walk3-popups", "walk3-toolbar")) {
                model.actionChanged(new ActionStatus("r-" + program, "Uninstall a program",
                        "called “" + program + "”", ActionStatus.Stage.DONE, 100, program + " was removed.",
                        Optional.empty()));
            }
            List<List<String>> rows = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> List.of("program-" + i, "1." + i)).toList();
            ActionResult listed = new ActionResult("r-list", ActionResult.Outcome.SUCCEEDED, 0,
                    "8 of 997 installed programs match “program”.", List.of(), 0,
                    new ActionTable(List.of("Name", "Version"), rows, 0));
            model.actionChanged(new ActionStatus("r-list", "List installed programs", "",
                    ActionStatus.Stage.DONE, 100, listed.summary(), Optional.of(listed)));
        });
        waitForFxEvents();
        ListView<?> requests = robot.lookup("#actionRequests").queryAs(ListView.class);
        robot.interact(() -> requests.scrollTo(0));
        waitForFxEvents();
        return requests;
    }

    /** How many requests the list shows whole. */
    private static long wholeRows(ListView<?> list) {
        Bounds view = list.localToScene(list.getLayoutBounds());
        return list.lookupAll(".list-cell").stream().map(node -> (ListCell<?>) node)
                .filter(cell -> cell.isVisible() && !cell.isEmpty() && cell.getItem() != null).filter(cell -> {
                    Bounds row = cell.localToScene(cell.getLayoutBounds());
                    return row.getMinY() >= view.getMinY() - 0.5 && row.getMaxY() <= view.getMaxY() + 0.5;
                }).count();
    }
}
