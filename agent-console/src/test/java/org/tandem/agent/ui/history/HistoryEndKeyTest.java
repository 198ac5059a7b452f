package org.tandem.agent.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.history.SessionRecord;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.RecordedSession;
import org.tandem.shared.log.SampleSessionLogs;
import org.tandem.shared.session.SessionEnding;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In History, End (and Ctrl+End) goes to the last row and shows it whole, though the rows above it
 * wrap to different heights: the oldest session, whose follow-up the customer put in many words, and
 * the last line of a timeline full of long notes.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryEndKeyTest {
    private static final int SESSIONS = 14;
    private static final String NOTE = "Customer mentioned the same printer failed in March; check whether the vendor"
            + " driver package was replaced by the generic one during the last update, note ";
    /** The oldest session's follow-up: the last row of the table, several lines tall. */
    private static final String LONGEST_WHEN = "Next Tuesday afternoon, after the printer's vendor has called back about"
            + " the driver package that went missing in the update";
    private static final String LONG_WHEN = "Next week, after the vendor has called back about the driver for the"
            + " upstairs printer, in the afternoon";

    @TempDir
    Path data;

    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        Instant first = Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 0; i < SESSIONS; i++) {
            String when = i == 0 ? LONGEST_WHEN : i % 3 == 0 ? LONG_WHEN : "Tomorrow";
            List<SampleSessionLogs.Event> events = new ArrayList<>();
            events.add(new SampleSessionLogs.Event(RecordedSession.TECHNICIAN,
                    new JournalEvent.SessionConnected("482", "Customer " + i)));
            for (int n = 0; n < 8; n++) {
                events.add(new SampleSessionLogs.Event(RecordedSession.TECHNICIAN, new JournalEvent.Note(NOTE + n)));
            }
            events.add(new SampleSessionLogs.Event(RecordedSession.CUSTOMER, new JournalEvent.FollowUp(when, "")));
            // As the console records the technician's ending.
            SessionEnding how = SessionEnding.TECHNICIAN_ENDED;
            events.add(new SampleSessionLogs.Event(RecordedSession.TECHNICIAN, new JournalEvent.SessionEnded(
                    RecordedSession.TECHNICIAN, how.code(), how.to(false), "")));
            Path folder = Files.createDirectories(data.resolve(SessionHistory.SESSIONS_DIRECTORY)
                    .resolve(String.format("482-%06d", i)));
            RecordedSession.oneSide(folder.resolve(SessionHistory.LOG_FILE), RecordedSession.TECHNICIAN,
                    first.plus(Duration.ofDays(i)), events);
        }
        HistoryViewModel model = new HistoryViewModel(new SessionHistory(data), Platform::runLater, background,
                ZoneOffset.UTC);
        // The size the window opens at.
        stage.setScene(new Scene(new HistoryView(model).root(), HistoryWindow.WIDTH, HistoryWindow.HEIGHT));
        stage.show();
        model.refresh();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void endSelectsTheOldestSessionAndShowsItsTallRowWhole(FxRobot robot) throws Exception {
        TableView<SessionRecord> table = sessions(robot);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        waitForFxEvents();

        robot.type(KeyCode.END);
        waitForFxEvents();

        assertEquals(SESSIONS - 1, table.getSelectionModel().getSelectedIndex(), "End selects the last row");
        assertTrue(table.getSelectionModel().getSelectedItem().ending().contains(LONGEST_WHEN));
        assertLastRowShownWhole(table, true);
    }

    @Test
    void ctrlEndGoesToTheOldestSessionAndShowsItsTallRowWhole(FxRobot robot) throws Exception {
        TableView<SessionRecord> table = sessions(robot);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        waitForFxEvents();

        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        waitForFxEvents();

        assertEquals(SESSIONS - 1, table.getFocusModel().getFocusedIndex(), "Ctrl+End goes to the last row");
        assertLastRowShownWhole(table, true);
    }

    @Test
    void endInATimelineOfLongNotesShowsItsLastLineWhole(FxRobot robot) throws Exception {
        TableView<SessionRecord> table = sessions(robot);
        robot.interact(() -> table.getSelectionModel().select(0));
        ListView<String> timeline = robot.lookup("#timeline").queryListView();
        waitFor(10, TimeUnit.SECONDS, () -> timeline.getItems().size() > 10);
        robot.interact(() -> {
            timeline.requestFocus();
            timeline.getSelectionModel().select(0);
        });
        waitForFxEvents();

        robot.type(KeyCode.END);
        waitForFxEvents();

        assertEquals(timeline.getItems().size() - 1, timeline.getSelectionModel().getSelectedIndex(),
                "End selects the last line");
        assertLastRowShownWhole(timeline, false);
    }

    @SuppressWarnings("unchecked")
    private static TableView<SessionRecord> sessions(FxRobot robot) throws Exception {
        TableView<SessionRecord> table = robot.lookup("#historyTable").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == SESSIONS);
        waitForFxEvents();
        return table;
    }

    /**
     * The control's last row is the last one laid out and lies wholly within the view, which it fits in, its
     * foot at the view's foot.
     *
     * @param tall whether the row is to be more than one line tall, as the oldest session's is
     */
    private static void assertLastRowShownWhole(Control control, boolean tall) {
        VirtualFlow<?> flow = (VirtualFlow<?>) control.lookup(".virtual-flow");
        IndexedCell<?> last = flow.getLastVisibleCell();
        int rows = control instanceof TableView<?> table ? table.getItems().size()
                : ((ListView<?>) control).getItems().size();
        assertEquals(rows - 1, last.getIndex(), "the last row is the last one laid out");
        Node viewport = flow.lookup(".clipped-container");
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        Bounds row = last.localToScene(last.getLayoutBounds());
        assertTrue(row.getHeight() < shown.getHeight(), "the last row fits in the view: " + row + " in " + shown);
        if (tall) {
            Text line = new Text("Xg");
            assertTrue(row.getHeight() > line.getLayoutBounds().getHeight() * 2.5,
                    "the last row wraps to several lines: " + row);
        }
        assertTrue(row.getMinY() >= shown.getMinY() - 0.5 && row.getMaxY() <= shown.getMaxY() + 0.5,
                "the last row is shown whole: " + row + " in " + shown);
        assertEquals(shown.getMaxY(), row.getMaxY(), 0.5, "the view goes down to the last row's foot, no further");
    }
}
