package org.tandem.agent.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.history.PastSessions;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.history.SessionRecord;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {
    @TempDir
    Path data;

    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        PastSessions.write(data);
        HistoryViewModel model = new HistoryViewModel(new SessionHistory(data), Platform::runLater, background, ZoneOffset.UTC);
        stage.setScene(new Scene(new HistoryView(model).root(), 1000, 680));
        stage.show();
        model.refresh();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void theTableListsEverySessionWithItsBadge(FxRobot robot) throws Exception {
        TableView<SessionRecord> table = table(robot);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertEquals(List.of("Ticket 4711", "Dana Scully", "14 min", "2", "3"), cells(table, 0).subList(1, 6),
                "customer, technician, duration, actions, consents");

        assertEquals(List.of("Ticket 4711", "Ada Lovelace", "Grace Hopper"),
                table.getItems().stream().map(SessionRecord::customerName).toList(), "newest first");
        waitFor(10, TimeUnit.SECONDS, () -> badges(robot).size() == 3);
        assertEquals(List.of("Intact", "Not closed", "Altered!"), badges(robot));
        assertEquals("3 sessions, 1 altered", robot.lookup("#historyStatus").queryAs(Label.class).getText());
    }

    @Test
    void searchAndFilterNarrowTheTable(FxRobot robot) throws Exception {
        TableView<SessionRecord> table = table(robot);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);

        robot.clickOn("#historySearch").write("lovelace");
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(PastSessions.NOT_CLOSED, table.getItems().get(0).id());

        robot.doubleClickOn("#historySearch").eraseText("lovelace".length());
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);

        ComboBox<HistoryFilter> filter = robot.lookup("#historyFilter").queryComboBox();
        robot.interact(() -> filter.setValue(HistoryFilter.ALTERED));
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(PastSessions.ALTERED, table.getItems().get(0).id());
        // The rows are drawn again on the next pulse: until then the old badges are still there.
        waitFor(10, TimeUnit.SECONDS, () -> badges(robot).size() == 1);
        assertEquals(List.of("Altered!"), badges(robot));
    }

    @Test
    void theSearchFieldFiltersAsYouTypeCtrlFFindsItAndEscClearsIt(FxRobot robot) throws Exception {
        TableView<SessionRecord> table = table(robot);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        TextField search = robot.lookup("#historySearch").queryAs(TextField.class);
        assertInstanceOf(org.controlsfx.control.textfield.CustomTextField.class, search, "ControlsFX's search field");
        assertTrue(((org.controlsfx.control.textfield.CustomTextField) search).getLeft() != null, "with a search sign");

        robot.clickOn(table);
        assertFalse(search.isFocused());
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, search::isFocused);

        robot.write("grace");
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(PastSessions.ALTERED, table.getItems().get(0).id());
        robot.write("zz");
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        Label placeholder = (Label) table.getPlaceholder();
        waitFor(5, TimeUnit.SECONDS, () -> placeholder.isVisible());
        assertEquals("No session matches “gracezz”. Press Esc to clear the search.", placeholder.getText());

        robot.type(KeyCode.ESCAPE);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertEquals("", search.getText());
    }

    @Test
    void openingASessionShowsItsTimelineAndChat(FxRobot robot) throws Exception {
        TableView<SessionRecord> table = table(robot);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertTrue(robot.lookup("#exportRecap").queryButton().isDisabled());

        // The row's cell as it is once shown: a second look-up by text, at the click, can fall between
        // the table's passes that lay its cells out again, and find none.
        AtomicReference<Node> row = new AtomicReference<>();
        waitFor(10, TimeUnit.SECONDS, () -> {
            robot.lookup("Ticket 4711").match(org.testfx.matcher.base.NodeMatchers.isVisible()).tryQuery()
                    .ifPresent(row::set);
            return row.get() != null;
        });
        robot.clickOn(row.get());

        ListView<String> timeline = robot.lookup("#timeline").queryListView();
        ListView<String> chat = robot.lookup("#chat").queryListView();
        waitFor(10, TimeUnit.SECONDS, () -> timeline.getItems().size() == 18); // 22 entries, 4 of them the log's seals
        assertEquals("10:00:20  Dana Scully — Session connected, customer: Ticket 4711", timeline.getItems().get(0));
        assertTrue(timeline.getItems().contains("10:11:00  Customer — Customer said no: Uninstall a program called “vlc”"),
                String.join("\n", timeline.getItems()));
        assertTrue(chat.getItems().isEmpty());
        assertFalse(robot.lookup("#exportRecap").queryButton().isDisabled());
    }

    @Test
    void namesAndDatesAreShownInFullAndTheChatWraps(FxRobot robot) throws Exception {
        TableView<SessionRecord> table = table(robot);
        waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Ticket 4711")
                .match(org.testfx.matcher.base.NodeMatchers.isVisible()).tryQuery().isPresent());
        waitForFxEvents(); // the cells' words are drawn as they are laid out
        List<String> full = List.of("Date", "Customer", "Technician", "Duration");
        List<javafx.scene.control.TableCell<?, ?>> cells = robot.lookup(".table-cell")
                .queryAllAs(javafx.scene.control.TableCell.class).stream()
                .<javafx.scene.control.TableCell<?, ?>>map(cell -> cell)
                .filter(cell -> cell.getTableColumn() != null && full.contains(cell.getTableColumn().getText())
                        && cell.getText() != null && !cell.getText().isEmpty())
                .toList();
        assertEquals(new java.util.HashSet<>(full), cells.stream().map(cell -> cell.getTableColumn().getText())
                .collect(java.util.stream.Collectors.toSet()), "each of these columns shows something");
        for (javafx.scene.control.TableCell<?, ?> cell : cells) {
            assertEquals(cell.getText(), ((javafx.scene.text.Text) cell.lookup(".text")).getText(),
                    cell.getTableColumn().getText() + " is not cut off");
        }

        ListView<String> chat = robot.lookup("#chat").queryListView();
        assertTrue(chat.getCellFactory() != null && chat.getCellFactory().call(chat).isWrapText(),
                "long chat messages wrap");
    }

    @Test
    void eachBadgeReadsWhole(FxRobot robot) throws Exception {
        waitFor(10, TimeUnit.SECONDS, () -> badges(robot).size() == 3);
        waitForFxEvents();
        for (Label badge : robot.lookup(".integrity-badge").queryAllAs(Label.class)) {
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) badge.lookup(".text");
            assertEquals(badge.getText(), drawn.getText(), "the badge is not cut short");
            javafx.scene.Node cell = badge.getParent();
            javafx.geometry.Bounds inCell = cell.sceneToLocal(badge.localToScene(badge.getLayoutBounds()));
            assertTrue(inCell.getMaxX() <= ((javafx.scene.layout.Region) cell).getWidth() + 0.5,
                    "“" + badge.getText() + "” lies within its cell: " + inCell);
        }
    }

    /** The texts of a row's columns, as the table shows them. */
    private static List<String> cells(TableView<SessionRecord> table, int row) {
        return table.getColumns().stream()
                .map(column -> String.valueOf(column.getCellObservableValue(row).getValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static TableView<SessionRecord> table(FxRobot robot) {
        return robot.lookup("#historyTable").queryAs(TableView.class);
    }

    private static List<String> badges(FxRobot robot) {
        return robot.lookup(".integrity-badge").queryAllAs(Label.class).stream()
                .filter(Label::isVisible)
                .sorted(Comparator.comparingDouble(label -> label.localToScene(0, 0).getY()))
                .map(Label::getText)
                .toList();
    }
}
