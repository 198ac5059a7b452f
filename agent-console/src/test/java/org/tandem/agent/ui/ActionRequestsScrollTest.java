package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.session.ActionStatus;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionTable;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Actions tab's list of requests follows the newest request, and shows it whole though it wraps
 * onto several lines: its foot is not left below the list, where the technician would have to scroll
 * to read how it stands.
 */
@ExtendWith(ApplicationExtension.class)
class ActionRequestsScrollTest {
    /** What the customer's side says of a program it is asked about: long enough to wrap in the side panel. */
    private static final String ASKED = "Uninstall “libreoffice-writer” version 4:7.4.7-1+deb12u8 (42 MB), which "
            + "also removes the documents templates that came with it, and nothing else";

    private ConsoleViewModel model;

    @Start
    void start(Stage stage) {
        model = new ConsoleViewModel(Runnable::run, listener -> {
            throw new AssertionError("no session in this test");
        });
        // The side panel's width in a console on a small screen.
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new ActionsPanel(model).root()), 360, 700));
        stage.show();
    }

    @Test
    void aNewTallRequestIsShownWhole(FxRobot robot) {
        for (int i = 1; i <= 6; i++) {
            String id = "r" + i;
            robot.interact(() -> model.actionChanged(new ActionStatus(id, "Uninstall a program",
                    ActionStatus.targetWords(Map.of("program", "libreoffice-writer")),
                    ActionStatus.Stage.WAITING_FOR_CONSENT, -1, ASKED, Optional.empty())));
        }
        waitForFxEvents();

        assertNewestShownWhole(requests(robot));
    }

    @Test
    void theNewestRequestThatGrowsAsItEndsStaysWhole(FxRobot robot) {
        for (int i = 1; i <= 6; i++) {
            String id = "r" + i;
            robot.interact(() -> model.actionChanged(new ActionStatus(id, "Installed programs", "",
                    ActionStatus.Stage.RUNNING, 40, "", Optional.empty())));
        }
        waitForFxEvents();
        ActionResult done = new ActionResult("r6", ActionResult.Outcome.SUCCEEDED, 0, ASKED + "; " + ASKED,
                java.util.List.of(), 0, ActionTable.EMPTY);
        robot.interact(() -> model.actionChanged(new ActionStatus("r6", "Installed programs", "",
                ActionStatus.Stage.DONE, 100, ASKED + "; " + ASKED, Optional.of(done))));
        waitForFxEvents();

        assertNewestShownWhole(requests(robot));
    }

    @SuppressWarnings("unchecked")
    private static ListView<ActionStatus> requests(FxRobot robot) {
        return robot.lookup("#actionRequests").queryAs(ListView.class);
    }

    /** The newest request is the one chosen, the last laid out, several lines tall, and wholly in the list's view. */
    private static void assertNewestShownWhole(ListView<ActionStatus> list) {
        assertEquals(list.getItems().size() - 1, list.getSelectionModel().getSelectedIndex(), "the newest is chosen");
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        IndexedCell<?> last = flow.getLastVisibleCell();
        assertEquals(list.getItems().size() - 1, last.getIndex(), "the newest is the last one laid out");
        Node viewport = flow.lookup(".clipped-container");
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        Bounds row = last.localToScene(last.getLayoutBounds());
        assertTrue(row.getHeight() > new Text("Xg").getLayoutBounds().getHeight() * 2.5,
                "the newest request wraps onto several lines: " + row);
        assertTrue(row.getHeight() < shown.getHeight(), "it fits in the list: " + row + " in " + shown);
        assertTrue(row.getMinY() >= shown.getMinY() - 0.5 && row.getMaxY() <= shown.getMaxY() + 0.5,
                "it is shown whole: " + row + " in " + shown);
    }
}
