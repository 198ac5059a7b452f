package org.tandem.agent.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.history.SessionRecord;
import org.tandem.agent.ui.DrawnWords;
import org.tandem.shared.log.ActionWords;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.RecordedSession;
import org.tandem.shared.log.SampleSessionLogs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In History at the window's smallest, a long line of the journal (a long chat message, an action on a
 * long folder's name, a long private note) reads whole: it wraps in its pane, with nothing cut short,
 * nothing cut at the right and nothing to scroll sideways for.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryLongLinesTest {
    private static final String CHAT = "The printer in the upstairs office stopped printing after this morning's update"
            + " and now it says the driver is missing whenever I try to print the quarterly report for the board";
    private static final String NOTE = "Customer mentioned the same printer failed in March; check whether the vendor"
            + " driver package was replaced by the generic one during the last update, and ask IT about the policy";
    private static final String FOLDER = "/home/alice/Documents/Quarterly reports/2026/Board meeting preparation"
            + "/Drafts and scanned attachments";

    private static final String CUSTOMER = "Alexandra Montgomery-Fitzgerald, Contoso Pharmaceuticals, ticket 2026-0415";
    private static final String WHEN = "Next Tuesday afternoon, after the printer's vendor has called back";

    @TempDir
    Path data;

    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createDirectories(data.resolve(SessionHistory.SESSIONS_DIRECTORY).resolve("482-aaaaaa"));
        String measure = ActionWords.recorded("Find what fills the disk", Map.of("folder", FOLDER));
        RecordedSession.oneSide(folder.resolve(SessionHistory.LOG_FILE), RecordedSession.TECHNICIAN,
                Instant.parse("2026-03-03T10:00:00Z"), List.of(
                        new SampleSessionLogs.Event(RecordedSession.TECHNICIAN,
                                new JournalEvent.SessionConnected("482", CUSTOMER)),
                        new SampleSessionLogs.Event(RecordedSession.CUSTOMER, new JournalEvent.Chat("m1", CHAT)),
                        new SampleSessionLogs.Event(RecordedSession.TECHNICIAN, new JournalEvent.Note(NOTE)),
                        new SampleSessionLogs.Event(RecordedSession.TECHNICIAN, new JournalEvent.ActionRequested(
                                "5b0d2a8e-3c41-4f6a-9d27-1e8f0c6b7a10", measure, "disk-usage", "scan",
                                Map.of("folder", FOLDER))),
                        new SampleSessionLogs.Event(RecordedSession.TECHNICIAN, new JournalEvent.WorkingCheckAsked()),
                        new SampleSessionLogs.Event(RecordedSession.CUSTOMER,
                                new JournalEvent.WorkingCheckAnswered("yes", "")),
                        new SampleSessionLogs.Event(RecordedSession.CUSTOMER, new JournalEvent.FollowUp(WHEN, "")),
                        new SampleSessionLogs.Event(RecordedSession.TECHNICIAN, new JournalEvent.SessionEnded(
                                RecordedSession.TECHNICIAN, org.tandem.shared.session.SessionEnding.TECHNICIAN_ENDED.code(), "", ""))));
        HistoryViewModel model = new HistoryViewModel(new SessionHistory(data), Platform::runLater, background,
                java.time.ZoneOffset.UTC);
        // The least the window may be, less its title bar.
        stage.setScene(new Scene(new HistoryView(model).root(), HistoryWindow.MIN_WIDTH, HistoryWindow.MIN_HEIGHT - 37));
        stage.show();
        model.refresh();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void atTheSmallestWindowLongLinesOfTheTimelineAndTheChatWrapWhole(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<SessionRecord> table = robot.lookup("#historyTable").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        ListView<String> timeline = robot.lookup("#timeline").queryListView();
        ListView<String> chat = robot.lookup("#chat").queryListView();
        waitFor(10, TimeUnit.SECONDS, () -> !timeline.getItems().isEmpty() && chat.getItems().size() == 1);

        // What people wrote reads whole here, where nothing else shows it again: a note is in no other pane.
        assertWrappedWhole(robot, timeline, line -> line.endsWith("Chat: " + CHAT));
        assertWrappedWhole(robot, timeline, line -> line.endsWith("Private note: " + NOTE));
        assertWrappedWhole(robot, timeline, line -> line.contains("Drafts and scanned attachments"));
        assertWrappedWhole(robot, chat, line -> line.endsWith(CHAT));
    }

    @Test
    void atTheSmallestWindowTheSessionsColumnsReadWholeOrShortenedWithTheWholeInATooltip(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<SessionRecord> table = robot.lookup("#historyTable").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertTrue(table.getItems().get(0).ending().contains(WHEN), table.getItems().get(0).ending());
        waitFor(10, TimeUnit.SECONDS,
                () -> !DrawnWords.cells(robot.lookup(".table-cell").queryAll(), "How it ended").isEmpty());
        waitForFxEvents();
        for (String heading : List.of("Date", "Customer", "Technician", "Duration", "How it ended")) {
            for (TableCell<?, ?> cell : DrawnWords.cells(robot.lookup(".table-cell").queryAll(), heading)) {
                List<Text> words = DrawnWords.texts(cell);
                assertEquals(1, words.size(), heading + ": one run of words in the cell");
                Text drawn = words.get(0);
                String item = String.valueOf(cell.getItem());
                if (!drawn.getText().equals(item)) {
                    assertTrue(drawn.getText().endsWith("…"), heading + " cut without an ellipsis: “" + drawn.getText() + "”");
                    assertEquals(item, cell.getTooltip() == null ? null : cell.getTooltip().getText(),
                            heading + ": the whole of “" + drawn.getText() + "” in its tooltip");
                }
                Bounds inCell = cell.sceneToLocal(drawn.localToScene(drawn.getLayoutBounds()));
                assertTrue(inCell.getMaxX() <= cell.getWidth() + 0.5 && inCell.getMaxY() <= cell.getHeight() + 0.5,
                        heading + ": the words lie within their cell: " + inCell + " in " + cell.getWidth() + "×"
                                + cell.getHeight());
            }
        }
        Label badge = robot.lookup(".integrity-badge").queryAs(Label.class);
        assertEquals(badge.getText(), ((Text) badge.lookup(".text")).getText(), "the integrity badge is not cut short");
    }

    /** The list's line that matches is drawn whole, on more than one line, within its cell; nothing scrolls sideways. */
    private static void assertWrappedWhole(FxRobot robot, ListView<String> list,
            java.util.function.Predicate<String> which) throws Exception {
        String line = list.getItems().stream().filter(which).findFirst().orElseThrow(
                () -> new AssertionError("no such line in " + list.getItems()));
        robot.interact(() -> list.scrollTo(line));
        waitForFxEvents();
        ListCell<?> cell = robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> line.equals(c.getItem()) && c.isVisible()).findFirst()
                .orElseThrow(() -> new AssertionError("“" + line + "” is not shown"));
        Text drawn = (Text) cell.lookup(".text");
        assertEquals(line, drawn.getText(), "the whole line, not cut short");
        Text one = new Text("Xg");
        one.setFont(drawn.getFont());
        assertTrue(drawn.getLayoutBounds().getHeight() > one.getLayoutBounds().getHeight() * 1.5,
                "the long line wraps: “" + line + "”");
        Bounds words = cell.sceneToLocal(drawn.localToScene(drawn.getLayoutBounds()));
        assertTrue(words.getMaxX() <= cell.getWidth() + 0.5 && words.getMaxY() <= cell.getHeight() + 0.5,
                "the words lie within their cell: " + words + " in " + cell.getWidth() + "×" + cell.getHeight());
        Bounds shown = list.localToScene(list.getLayoutBounds());
        Bounds inScene = cell.localToScene(cell.getLayoutBounds());
        assertTrue(inScene.getMaxX() <= shown.getMaxX() + 0.5, "the cell lies within the list: " + inScene + " in " + shown);
        assertFalse(list.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar.isVisible()
                && ((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL), "nothing to scroll sideways for");
    }
}
