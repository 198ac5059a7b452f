package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Above a long list cut short by the customer's side (the installed programs: 998, the 200 largest
 * sent), at the Actions tab's width beside the screen, the search field's prompt, the count of rows
 * and the buttons read whole.
 */
@ExtendWith(ApplicationExtension.class)
class ResultToolsReadWholeTest {
    private final ResultTableModel model = new ResultTableModel();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new ResultTableView(model, window -> { }).root()), 480, 500));
        stage.show();
    }

    @Test
    void theSearchPromptTheRowCountAndTheButtonsAreNotCutShort(FxRobot robot) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(List.of("google-cloud-cli-" + i, "528.0.0-0", (498 - i) + " MB", "google-cloud-cli-" + i));
        }
        ActionResult result = new ActionResult("r1", ActionResult.Outcome.SUCCEEDED, 0,
                "998 programs are installed; the 200 largest are listed.", List.of(), 0,
                new ActionTable(List.of("Name", "Version", "Size", "Id"), rows, 798));
        robot.interact(() -> model.show(new ActionStatus("r1", "List installed programs", "", ActionStatus.Stage.DONE,
                100, result.summary(), Optional.of(result))));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#actionResult .label").queryAll().stream()
                .anyMatch(n -> ((Labeled) n).getText().equals("200 of 200 rows, 798 more not sent")));
        for (Node node : robot.lookup("#actionResult .label").queryAll()) {
            Labeled label = (Labeled) node;
            if (label.getText().startsWith("200 of 200")) {
                String drawn = DrawnWords.texts(label).stream().map(Text::getText).reduce("", String::concat);
                assertEquals(label.getText().replace("\n", ""), drawn.replace("\n", ""), "cut short");
            }
        }
        for (String button : List.of("#copyResultButton", "#openResultWindowButton")) {
            Labeled labeled = robot.lookup(button).queryAs(Labeled.class);
            String drawn = DrawnWords.texts(labeled).stream().map(Text::getText).reduce("", String::concat);
            assertEquals(labeled.getText(), drawn, button + " cut short");
        }

        TextField search = robot.lookup("#resultFilter").queryAs(TextField.class);
        Text prompt = robot.from(search).lookup((java.util.function.Predicate<Node>) n -> n instanceof Text t && t.getText().equals(search.getPromptText()))
                .queryAs(Text.class);
        Bounds words = prompt.localToScene(prompt.getLayoutBounds());
        // The words are drawn in the part of the field that shows text (left of its clear button), clipped to it.
        Bounds field = prompt.getParent().localToScene(prompt.getParent().getLayoutBounds());
        double room = Math.min(field.getMaxX(), search.localToScene(search.getLayoutBounds()).getMaxX());
        assertTrue(words.getMaxX() <= room, "the prompt “" + search.getPromptText() + "” ends at " + words.getMaxX()
                + " but the field shows to " + room);
    }
}
