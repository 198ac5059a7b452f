package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console with text twice the usual size in a low window, as on a laptop at 200 %: the plan's
 * words are shown whole and its editor is reached by scrolling, not squeezed out of sight.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleAtLargeTextTest {
    @TempDir
    Path data;

    @Start
    void start(Stage stage) throws Exception {
        ConsoleWorkspace workspace = NoSessions.workspace(data);
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

    @Test
    void theSessionCodeIsShownWholeInANarrowWindow(FxRobot robot, @TempDir Path dataDir) throws Exception {
        try (WaitingSessions waiting = new WaitingSessions(dataDir)) {
            SessionsViewModel sessions = waiting.window();
            Stage[] narrow = new Stage[1];
            robot.interact(() -> {
                narrow[0] = new Stage();
                // 640 wide: a 1280-pixel screen at 200 %.
                narrow[0].setScene(new Scene(new SessionsView(sessions, dataDir).root(), 640, 560));
                narrow[0].show();
                sessions.newSession();
            });
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.from(narrow[0].getScene().getRoot()).lookup("#codeLabel").tryQuery()
                            .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
            waitForFxEvents();
            Label code = robot.from(narrow[0].getScene().getRoot()).lookup("#codeLabel").queryAs(Label.class);
            Text drawn = (Text) code.lookup(".text");
            assertEquals(code.getText(), drawn.getText().replace("\n", " "), "the code is not cut off");
            robot.interact(narrow[0]::close);
        }
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
