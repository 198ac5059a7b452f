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

/** The Activity tab in the console's narrow side panel: who did what is shown in full. */
@ExtendWith(ApplicationExtension.class)
class ActivityViewTest {
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
    void theTechnicianIsNamedInFull(FxRobot robot) throws Exception {
        Path file = dir.resolve("technician.log");
        String id = SessionLogbook.sessionIdFrom(new byte[32]);
        SessionLogbook book = new SessionLogbook(SessionLogWriter.create(file, id, "technician:Demo Technician",
                Ed25519Keys.generate(), 20, Clock.systemUTC()), "technician:Demo Technician");
        book.record("technician:Demo Technician", new JournalEvent.SessionConnected("482", "Alice Martin"));
        robot.interact(() -> model.logOpened(file));
        assertEquals("Technician Demo Technician", model.items().get(0).who());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !whoCells(robot).isEmpty());

        for (TableCell<?, ?> cell : whoCells(robot)) {
            assertShownWhole(cell);
        }
        assertFalse(whoCells(robot).isEmpty());
    }

    @Test
    void whatHappenedHasTheRestOfTheWidthAndNothingScrollsSideways(FxRobot robot) throws Exception {
        Path file = dir.resolve("technician.log");
        String id = SessionLogbook.sessionIdFrom(new byte[32]);
        SessionLogbook book = new SessionLogbook(SessionLogWriter.create(file, id, "technician:Demo Technician",
                Ed25519Keys.generate(), 20, Clock.systemUTC()), "technician:Demo Technician");
        book.record("technician:Demo Technician", new JournalEvent.SessionConnected("482", "Alice Martin"));
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
            assertShownWhole(cell);
        }
    }

    /** The cell's words, all of them, within the cell's width and height: wrapped if need be, never cut off. */
    private static void assertShownWhole(TableCell<?, ?> cell) {
        Text words = (Text) cell.getGraphic();
        assertEquals(cell.getItem(), words.getText(), "the Who column shows the whole name");
        javafx.geometry.Bounds shown = words.getBoundsInParent();
        assertTrue(shown.getMaxX() <= cell.getWidth() + 0.5 && shown.getMaxY() <= cell.getHeight() + 0.5,
                "the name lies within its cell: " + shown + " in " + cell.getWidth() + "×" + cell.getHeight());
    }

    private static List<TableCell<?, ?>> whoCells(FxRobot robot) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .<TableCell<?, ?>>map(cell -> cell)
                .filter(cell -> cell.getTableColumn() != null && "Who".equals(cell.getTableColumn().getText())
                        && cell.getItem() instanceof String item && !item.isEmpty() && cell.getGraphic() instanceof Text)
                .toList();
    }
}
