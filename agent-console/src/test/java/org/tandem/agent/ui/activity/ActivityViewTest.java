package org.tandem.agent.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Activity tab in the console's narrow side panel: who did it keeps one line, shortened at a word
 * with the whole name in its tooltip when the panel is narrow; what happened has the rest.
 */
@ExtendWith(ApplicationExtension.class)
class ActivityViewTest {
    /** Longer than the column in a narrow panel, in several words. */
    private static final String LONG_NAME = "Anna Maria Featherstonehaugh";

    @TempDir
    Path dir;

    private ActivityViewModel model;

    @Start
    void start(Stage stage) {
        model = new ActivityViewModel(Runnable::run, Runnable::run, ZoneOffset.UTC);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new ActivityView(model).root()), 380, 400));
        stage.show();
    }

    @Test
    void inANarrowPanelTheTechnicianIsNamedOnOneLineWithTheWholeNameInItsTooltip(FxRobot robot) throws Exception {
        Path file = dir.resolve("technician.log");
        String id = SessionLogbook.sessionIdFrom(new byte[32]);
        SessionLogbook book = new SessionLogbook(SessionLogWriter.create(file, id, "technician:" + LONG_NAME,
                Ed25519Keys.generate(), 20, Clock.systemUTC()), "technician:" + LONG_NAME);
        book.record("technician:" + LONG_NAME, new JournalEvent.SessionConnected("482", "Alice Martin"));
        robot.interact(() -> model.logOpened(file));
        assertEquals(LONG_NAME, model.items().get(0).who());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !whoCells(robot).isEmpty());

        WaitForAsyncUtils.waitForFxEvents();

        TableCell<?, ?> technician = whoCells(robot).stream().filter(c -> LONG_NAME.equals(c.getItem()))
                .findFirst().orElseThrow();
        assertOnOneLine(technician);
        Text drawn = (Text) technician.lookup(".text");
        String kept = drawn.getText().substring(0, drawn.getText().length() - 1);
        assertTrue(drawn.getText().endsWith("…") && LONG_NAME.startsWith(kept + " "),
                "shortened after a whole word in this narrow panel: " + drawn.getText());
        assertEquals(LONG_NAME, technician.getTooltip().getText(), "the whole name, in its tooltip");
    }

    @Test
    void whatHappenedHasTheRestOfTheWidthAndNothingScrollsSideways(FxRobot robot) throws Exception {
        Path file = dir.resolve("technician.log");
        String id = SessionLogbook.sessionIdFrom(new byte[32]);
        SessionLogbook book = new SessionLogbook(SessionLogWriter.create(file, id, "technician:" + LONG_NAME,
                Ed25519Keys.generate(), 20, Clock.systemUTC()), "technician:" + LONG_NAME);
        book.record("technician:" + LONG_NAME, new JournalEvent.SessionConnected("482", "Alice Martin"));
        robot.interact(() -> model.logOpened(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !whoCells(robot).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TableView<?> table = robot.lookup("#activityTimeline").queryAs(javafx.scene.control.TableView.class);
        javafx.scene.control.TableColumn<?, ?> what = table.getColumns().get(2);
        double columns = table.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        assertTrue(columns <= table.getWidth(), "the columns fit the table's width: " + columns + " in " + table.getWidth());
        assertTrue(what.getWidth() >= table.getWidth() * 0.4, "what happened has the most room: " + what.getWidth()
                + " of " + table.getWidth());
        for (TableCell<?, ?> cell : whoCells(robot)) {
            assertOnOneLine(cell);
        }
    }

    /** The cell's words on one line within the cell, all of them or shortened with all of them in its tooltip. */
    private static void assertOnOneLine(TableCell<?, ?> cell) {
        Text words = (Text) cell.lookup(".text");
        Text line = new Text("Xg");
        line.setFont(words.getFont());
        assertTrue(words.getLayoutBounds().getHeight() < line.getLayoutBounds().getHeight() * 1.5,
                "“" + cell.getItem() + "” on one line");
        assertTrue(cell.getItem().equals(words.getText())
                || cell.getTooltip() != null && cell.getItem().equals(cell.getTooltip().getText()),
                "“" + cell.getItem() + "” whole, or in its tooltip: “" + words.getText() + "”");
        javafx.geometry.Bounds shown = words.getBoundsInParent();
        assertTrue(shown.getMaxX() <= cell.getWidth() + 0.5 && shown.getMaxY() <= cell.getHeight() + 0.5,
                "the name lies within its cell: " + shown + " in " + cell.getWidth() + "×" + cell.getHeight());
    }

    private static List<TableCell<?, ?>> whoCells(FxRobot robot) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .<TableCell<?, ?>>map(cell -> cell)
                .filter(cell -> cell.getTableColumn() != null && "Who".equals(cell.getTableColumn().getText())
                        && cell.getItem() instanceof String item && !item.isEmpty() && cell.lookup(".text") instanceof Text)
                .toList();
    }
}
