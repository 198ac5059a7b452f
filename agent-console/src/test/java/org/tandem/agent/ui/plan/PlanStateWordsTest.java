package org.tandem.agent.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.shared.conversation.StepState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The technician's plan speaks to the technician: a step that waits on the customer "needs the
 * customer's OK" (the customer's own plan says "needs your OK").
 */
@ExtendWith(ApplicationExtension.class)
class PlanStateWordsTest {
    private PlanViewModel model;
    private Stage stage;

    @Start
    void start(Stage primary) {
        model = new PlanViewModel(Runnable::run, Runnable::run, Optional::empty, action -> "r",
                FXCollections.observableArrayList());
        stage = new Stage();
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(new PlanView(model).root()), 500, 600));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void theStateMenuAndTheStepSayWhoseOkIsAwaitedInTheTechniciansWords(FxRobot robot) {
        robot.clickOn("#stepTitle").write("Restart the computer");
        robot.clickOn("#addStepButton");
        robot.clickOn("#planSteps .list-cell").clickOn("#stepState");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> offered = robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .map(cell -> ((ListCell<?>) cell).getText()).filter(text -> text != null).toList();
        assertEquals(List.of("planned", "in progress", "done", "skipped", "needs the customer’s OK"), offered);

        robot.clickOn("needs the customer’s OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(StepState.NEEDS_OK, model.steps().get(0).state(), "the same state, for the customer too");
        List<String> shown = robot.lookup("#planSteps .list-cell .label").queryAll().stream()
                .map(label -> ((Label) label).getText()).toList();
        assertEquals("1. Restart the computer — needs the customer’s OK", shown.get(0));
        assertFalse(shown.stream().anyMatch(text -> text.contains("your OK")), shown.toString());
    }
}
