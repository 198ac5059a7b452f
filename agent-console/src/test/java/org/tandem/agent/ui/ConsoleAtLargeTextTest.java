package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console with text twice the usual size in a low window, as on a laptop at 200 %: the plan's
 * words are shown whole and its editor is reached by scrolling, not squeezed out of sight.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleAtLargeTextTest {
    @Start
    void start(Stage stage) throws Exception {
        ConsoleWorkspace workspace = NoSessions.workspace(Files.createTempDirectory("console-data"));
        ConsoleView view = new ConsoleView(workspace);
        view.root().setStyle("-fx-font-size: 26px;");
        stage.setScene(new Scene(view.root(), 1200, 560));
        stage.show();
    }

    @Test
    void thePlansWordsAreShownWholeAndItsEditorScrollsIntoReach(FxRobot robot) {
        waitForFxEvents();
        ListView<?> steps = robot.lookup("#planSteps").queryAs(ListView.class);
        Label empty = (Label) steps.getPlaceholder();
        Text drawn = (Text) empty.lookup(".text");
        assertEquals(empty.getText(), drawn.getText(), "the words for an empty plan are not cut off");

        ScrollPane tab = scrollerAround(robot.lookup("#planPanel").query());
        Node add = robot.lookup("#addStepButton").query();
        robot.interact(() -> tab.setVvalue(tab.getVmax()));
        waitForFxEvents();
        assertTrue(tab.getViewportBounds().getHeight() < robot.lookup("#planPanel").query().getBoundsInLocal().getHeight(),
                "the plan tab is taller than the window lets it be, so it scrolls");
        assertTrue(add.localToScene(add.getBoundsInLocal()).getMaxY() <= tab.localToScene(tab.getBoundsInLocal()).getMaxY(),
                "Add step is in sight once scrolled down");
    }

    private static ScrollPane scrollerAround(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroller) {
                return scroller;
            }
        }
        throw new AssertionError("the plan does not scroll");
    }
}
