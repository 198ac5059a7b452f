package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.session.AgentState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status line shows long messages in full, however narrow the window. */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
    private static final String LONG = "The code did not match: the customer typed another code, or someone tried to "
            + "guess it. This code can no longer be used; press New session for a new one.";

    private ConsoleViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        java.nio.file.Path dataDir = Files.createTempDirectory("console-data");
        ConsoleWorkspace workspace = NoSessions.workspace(dataDir);
        model = workspace.console();
        stage.setScene(new Scene(new ConsoleView(workspace).root(), 640, 500));
        stage.show();
    }

    @Test
    void aLongMessageWrapsInsteadOfBeingCutOff(FxRobot robot) {
        robot.interact(() -> model.stateChanged(AgentState.ENDED, LONG));
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        Text shown = (Text) status.lookup(".text");
        assertEquals(LONG, shown.getText().replace("\n", " ").replaceAll(" +", " "), "drawn in full, no ellipsis");
        assertTrue(status.getHeight() > 2 * status.getFont().getSize(), "on more than one line: " + status.getHeight());
        assertTrue(status.getBoundsInParent().getMaxX() <= status.getParent().getLayoutBounds().getWidth() + 0.5,
                "inside the window");
        assertEquals(LONG, status.getTooltip().getText());
    }

    @Test
    void theFiguresKeepTheirWidthSoThatTheirChangesDoNotReflowTheLine(FxRobot robot) {
        for (String id : new String[] {"#framesPerSecondLabel", "#connectionQualityLabel"}) {
            Label figures = robot.lookup(id).queryAs(Label.class);
            assertTrue(figures.getPrefWidth() > 0, id + " has a set width, whatever its text: " + figures.getPrefWidth());
            assertEquals(figures.getPrefWidth(), figures.getWidth(), 0.5, id + " is as wide as set, empty or not");
        }
    }
}
