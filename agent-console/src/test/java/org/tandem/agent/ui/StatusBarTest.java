package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status line shows long messages in full, however narrow the window. */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
    private static final String LONG = "The code did not match: the customer typed another code, or someone tried to "
            + "guess it. This code can no longer be used; press New code and read the new code to your customer.";

    @TempDir
    Path dataDir;

    private ConsoleViewModel model;

    @Start
    void start(Stage stage) throws Exception {
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
    void aRequestForControlThatWasNotSentSaysWhyOnTheStatusLine(FxRobot robot) {
        String why = "The connection to the customer is being restored; ask for control again once their screen is"
                + " back.";
        robot.interact(() -> {
            model.stateChanged(AgentState.RECONNECTING, "reconnecting");
            model.controlRequestNotSent(ControlState.VIEW_ONLY, why);
        });
        assertEquals(why, robot.lookup("#statusLabel").queryAs(Label.class).getText());
        assertEquals(ControlState.VIEW_ONLY, model.controlProperty().get());
    }

    @Test
    void theCheckCodeStaysOneLineInTheNarrowestWindowAtDoubleSizeAndKeepsTheCodeInSight(FxRobot robot,
            @TempDir Path narrowData) throws Exception {
        ConsoleWorkspace workspace = NoSessions.workspace(narrowData);
        Stage[] opened = new Stage[1];
        robot.interact(() -> opened[0] = new Stage());
        Stage narrow = opened[0];
        try {
            robot.interact(() -> {
                ConsoleView view = new ConsoleView(workspace);
                view.root().setStyle("-fx-font-size: 26px;");
                narrow.setScene(new Scene(view.root(), ConsoleApp.MIN_WIDTH, 500));
                narrow.show();
                workspace.console().paired("482 913");
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            Label check = robot.from(narrow.getScene().getRoot()).lookup("#checkStringLabel").queryAs(Label.class);
            Text shown = (Text) check.lookup(".text");

            assertFalse(check.isWrapText());
            assertFalse(shown.getText().contains("\n"), "one line: " + shown.getText());
            assertTrue(check.getHeight() < 2 * check.getFont().getSize(), "one line high: " + check.getHeight());
            assertTrue(shown.getText().startsWith("Check code 482 913"), "the code itself is never cut: " + shown.getText());
            javafx.geometry.Bounds inScene = check.localToScene(check.getBoundsInLocal());
            assertTrue(inScene.getMaxX() <= narrow.getScene().getWidth() + 0.5, "inside the window: " + inScene);
            assertEquals("Check code 482 913 — on the phone, the customer should see the same.",
                    check.getTooltip().getText(), "the whole line in its tooltip");
            for (String id : new String[] {"#framesPerSecondLabel", "#connectionQualityLabel"}) {
                javafx.scene.Node figures = robot.from(narrow.getScene().getRoot()).lookup(id).query();
                assertTrue(figures.localToScene(figures.getBoundsInLocal()).getMaxX() <= narrow.getScene().getWidth() + 0.5,
                        id + " inside the window too");
            }
        } finally {
            robot.interact(narrow::close);
        }
    }

    @Test
    void inAWideWindowTheCheckCodeAndTheFiguresShareOneLineInFull(FxRobot robot, @TempDir Path wideData)
            throws Exception {
        ConsoleWorkspace workspace = NoSessions.workspace(wideData);
        Stage[] opened = new Stage[1];
        robot.interact(() -> opened[0] = new Stage());
        Stage wide = opened[0];
        try {
            robot.interact(() -> {
                wide.setScene(new Scene(new ConsoleView(workspace).root(), 1280, 800));
                wide.show();
                workspace.console().paired("482 913");
                workspace.console().stateChanged(AgentState.VIEWING, "The customer is sharing the screen (1600×1000).");
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            Label check = robot.from(wide.getScene().getRoot()).lookup("#checkStringLabel").queryAs(Label.class);
            assertEquals(check.getText(), ((Text) check.lookup(".text")).getText(), "drawn whole");
            double line = check.localToScene(check.getBoundsInLocal()).getMinY();
            for (String id : new String[] {"#framesPerSecondLabel", "#connectionQualityLabel"}) {
                javafx.scene.Node figures = robot.from(wide.getScene().getRoot()).lookup(id).query();
                assertEquals(line, figures.localToScene(figures.getBoundsInLocal()).getMinY(), 3, id + " on the same line");
            }
        } finally {
            robot.interact(wide::close);
        }
    }

    @Test
    void theFiguresKeepTheirWidthSoThatTheirChangesDoNotReflowTheLine(FxRobot robot) {
        for (String id : new String[] {"#framesPerSecondLabel", "#connectionQualityLabel"}) {
            Label figures = robot.lookup(id).queryAs(Label.class);
            assertTrue(figures.getPrefWidth() > 0, id + " has a set width, whatever its text: " + figures.getPrefWidth());
            assertEquals(figures.getPrefWidth(), figures.getWidth(), 0.5, id + " is as wide as set, empty or not");
        }
    }

    @Test
    void theCheckCodeGoesWhenTheSessionEnds(FxRobot robot) {
        robot.interact(() -> {
            model.paired("482 913");
            model.stateChanged(AgentState.VIEWING, "The customer is sharing the screen (1600×1000).");
        });
        Label check = robot.lookup("#checkStringLabel").queryAs(Label.class);
        assertTrue(check.getText().startsWith("Check code 482 913"), check.getText());
        robot.interact(() -> model.stateChanged(AgentState.ENDED, "The customer ended the session."));
        // A code to compare on the phone belongs to a live connection; after the end it would only mislead.
        assertEquals("", check.getText(), "no check code after the end");
        assertEquals("", model.checkStringProperty().get());
    }
}
