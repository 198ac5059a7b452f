package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.ui.activity.ActivityViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In a console window as small as it goes, the Activity tab's columns keep the room their words need:
 * who did it reads on one line, whole or shortened with the whole name in its tooltip, never broken
 * word by word down the row; what happened has the rest, and nothing scrolls sideways.
 */
@ExtendWith(ApplicationExtension.class)
class ActivityTableRoomTest {
    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        customer = LoopbackCustomer.withTechnician(logs, "Demo Technician");
        SessionsViewModel sessions = LoopbackCustomer.window(customer);
        sessions.layoutProperty().set(new WorkspaceLayoutStore.Layout(
                WorkspaceLayoutStore.Layout.defaults().divider(), "activityTab"));
        // The least the console's window may be, less its title bar.
        scene = new Scene(new SessionsView(sessions, data).root(), ConsoleApp.MIN_WIDTH, ConsoleApp.MIN_HEIGHT - 37);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeCustomer(FxRobot robot) {
        LoopbackCustomer.closeAll(robot, scene, customer);
    }

    @Test
    void atTheSmallestWindowWhoDidItReadsOnOneLineAndWhatHappenedHasTheRest(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        @SuppressWarnings("unchecked")
        TableView<ActivityViewModel.Item> timeline = robot.lookup("#activityTimeline").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> timeline.getItems().stream()
                .anyMatch(item -> item.who().equals("Demo Technician")));
        waitForFxEvents();

        List<TableCell<?, ?>> who = DrawnWords.cells(timeline.lookupAll(".table-cell"), "Who");
        assertTrue(who.stream().anyMatch(cell -> "Demo Technician".equals(cell.getItem())), "the technician's line is shown");
        for (TableCell<?, ?> cell : who) {
            List<Text> words = DrawnWords.texts(cell);
            assertEquals(1, words.size(), "one run of words in the cell " + cell.getItem());
            Text drawn = words.get(0);
            double line = oneLine(drawn);
            assertTrue(drawn.getLayoutBounds().getHeight() < line * 1.5, "“" + cell.getItem() + "” on one line, not "
                    + Math.round(drawn.getLayoutBounds().getHeight() / line) + ": " + drawn.getText().replace('\n', '|'));
            String item = String.valueOf(cell.getItem());
            if (!drawn.getText().equals(item)) {
                String shown = drawn.getText();
                assertTrue(shown.endsWith("…") && item.startsWith(shown.substring(0, shown.length() - 1).strip()),
                        "“" + item + "” shortened to its beginning and an ellipsis: “" + shown + "”");
                assertEquals(item, cell.getTooltip() == null ? null : cell.getTooltip().getText(),
                        "the whole of a shortened name in its tooltip");
            }
            assertTrue(drawn.getBoundsInParent().getMaxX() <= cell.getWidth() + 0.5, "the words lie within the cell");
        }

        TableCell<?, ?> what = DrawnWords.cells(timeline.lookupAll(".table-cell"), "What happened").get(0);
        assertTrue(what.getWidth() >= timeline.getWidth() * 0.4, "what happened has the most room: " + what.getWidth()
                + " of " + timeline.getWidth());
        assertFalse(timeline.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar.isVisible()
                && ((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL), "nothing to scroll sideways for");
    }

    private static double oneLine(Text like) {
        Text probe = new Text("Xg");
        probe.setFont(like.getFont());
        return probe.getLayoutBounds().getHeight();
    }
}
