package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.tandem.agent.session.ActionStatus;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionTable;

/** A result of two columns (item and value) in the narrow Actions tab: the value gets the room, not an empty filler. */
@ExtendWith(ApplicationExtension.class)
class ResultTableViewTest {
    private static final ActionResult SYSTEM = new ActionResult("i1", ActionResult.Outcome.SUCCEEDED, 0, "Debian",
            List.of(), 0, new ActionTable(List.of("Item", "Value"), List.of(
                    List.of("Operating system", "Debian GNU/Linux 12 (bookworm)"),
                    List.of("Memory", "24 GB in all, 9.6 GB available")), 0));

    private final ResultTableModel model = new ResultTableModel();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new ResultTableView(model, null).root()), 430, 400));
        stage.show();
    }

    @Test
    void theLastColumnFillsTheTableSoValuesAreNotCutShort(FxRobot robot) throws Exception {
        robot.interact(() -> model.show(new ActionStatus("i1", "Show system information", "", ActionStatus.Stage.DONE,
                100, "", Optional.of(SYSTEM))));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#actionResultTable").queryAs(TableView.class);
        double columns = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertTrue(columns >= table.getWidth() - 20, "the columns take the table's width: " + columns + " of "
                + table.getWidth());
        double item = table.getColumns().get(0).getWidth();
        double value = table.getColumns().get(1).getWidth();
        assertTrue(value > item + 60, "the value column has the room: item " + item + ", value " + value);
    }
}
