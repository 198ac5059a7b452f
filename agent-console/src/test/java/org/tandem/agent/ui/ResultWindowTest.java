package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A long result (the running programs, the largest folders) gets a window of its own, as large as the
 * technician makes it, beside the Actions tab's few rows: same rows, same search.
 */
@ExtendWith(ApplicationExtension.class)
class ResultWindowTest {
    private static final ActionDescriptor PROCESSES = new ActionDescriptor("processes", "List running programs",
            ActionRisk.READ, "Nothing is changed.", true, true, "", List.of());

    @TempDir
    Path logs;
    @TempDir
    Path data;

    private LoopbackCustomer customer;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        customer = new LoopbackCustomer(logs);
        scene = LoopbackCustomer.show(stage, data, 1280, 800, customer);
    }

    @AfterEach
    void closeCustomer(FxRobot robot) {
        robot.interact(() -> {
            Window left = resultWindow();
            if (left != null) {
                left.hide();
            }
        });
        LoopbackCustomer.closeAll(robot, scene, customer);
    }

    @Test
    void aLongResultOpensInAWindowOfItsOwnWithTheSameRowsAndSearch(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        customer.send(new ControlMessage.ActionCatalog("Debian GNU/Linux 12", List.of(PROCESSES)));
        waitFor(10, TimeUnit.SECONDS, () -> !customer.model().actions().catalog().isEmpty());
        robot.clickOn("#actionsTab");
        robot.interact(() -> robot.lookup("#actionChoice").<ComboBox<ActionDescriptor>>query().setValue(PROCESSES));
        robot.clickOn("#runActionButton");
        String id = customer.next(ControlMessage.ActionRequested.class).request().requestId();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of("program-" + i, String.valueOf(1000 + i), (i * 3) + " MB"));
        }
        customer.send(new ControlMessage.ActionFinished(new ActionResult(id, ActionResult.Outcome.SUCCEEDED, 0,
                "60 programs are running.", List.of(), 0, new ActionTable(List.of("Program", "Process", "Memory"),
                rows, 0))));
        TableView<?> inTab = robot.lookup("#actionResultTable").queryAs(TableView.class);
        waitFor(10, TimeUnit.SECONDS, () -> inTab.getItems().size() == 60);

        robot.clickOn("#openResultWindowButton");
        waitFor(10, TimeUnit.SECONDS, () -> resultWindow() != null);
        Window window = resultWindow();
        TableView<?> inWindow = (TableView<?>) window.getScene().lookup("#actionResultTable");
        waitFor(10, TimeUnit.SECONDS, () -> inWindow.getItems().size() == 60);
        assertEquals(List.of("Program", "Process", "Memory"),
                inWindow.getColumns().stream().map(c -> c.getText()).toList(), "the same columns");
        assertTrue(inWindow.getHeight() > 2 * inTab.getHeight(),
                "the window shows many more rows: " + inWindow.getHeight() + " against " + inTab.getHeight());

        robot.interact(() -> ((javafx.scene.control.TextField) window.getScene().lookup("#resultFilter"))
                .setText("program-42"));
        waitFor(10, TimeUnit.SECONDS, () -> inWindow.getItems().size() == 1 && inTab.getItems().size() == 1);

        robot.clickOn("#openResultWindowButton");
        assertEquals(1, Window.getWindows().stream().filter(w -> "resultWindow".equals(w.getScene().getRoot().getId()))
                .count(), "one window, brought to the front, not another");
    }

    private static Window resultWindow() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && "resultWindow".equals(w.getScene().getRoot().getId())).findFirst().orElse(null);
    }
}
