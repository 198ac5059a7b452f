package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.shared.screen.Frame;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Fit, 1:1 and zoom around the screen view, by button and by key. */
@ExtendWith(ApplicationExtension.class)
class ScreenControlsTest {
    @TempDir
    Path data;

    private ConsoleWorkspace workspace;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        workspace = NoSessions.workspace(data);
        // Wide enough that the screen, beside side tabs as wide as their names need, fits between ⅓ and ½.
        stage.setScene(new Scene(new ConsoleView(workspace).root(), 1140, 700));
        stage.show();
    }

    /** A customer's screen of 320×200 as the console has it: encoded and decoded by the real codec. */
    private static org.tandem.shared.screen.ScreenBuffer screenOf320By200() throws Exception {
        return screenOf(320, 200);
    }

    private static org.tandem.shared.screen.ScreenBuffer screenOf(int width, int height) throws Exception {
        org.tandem.shared.screen.TileScreenEncoder encoder = new org.tandem.shared.screen.TileScreenEncoder();
        org.tandem.shared.screen.TileScreenDecoder decoder = new org.tandem.shared.screen.TileScreenDecoder(width, height);
        for (org.tandem.shared.message.ScreenUpdate update : encoder.encode(new Frame(width, height,
                new int[width * height]))) {
            decoder.apply(update);
        }
        return decoder.screen();
    }

    /** The zoom step right above {@code scale}, in percent as the toolbar says it. */
    private static String stepAbove(double scale) {
        double step = ScreenViewSettings.STEPS.stream().filter(s -> s > scale * 1.001).findFirst().orElseThrow();
        return Math.round(step * 100) + " %";
    }

    @Test
    void theScrollPanesViewportIsNotCachedAsAnImage(FxRobot robot) {
        ScrollPane scroller = robot.lookup("#screenScroller").queryAs(ScrollPane.class);
        javafx.scene.Node viewport = scroller.lookup(".viewport");

        assertTrue(viewport != null, "the scroll pane's skin has its viewport");
        assertTrue(!viewport.isCache(), "a cached viewport is drawn again whole, off screen, for every changed tile");
    }

    @Test
    void theCustomersMonitorsAreOfferedOnlyWhenThereIsAChoice(FxRobot robot) {
        javafx.scene.Node choice = robot.lookup("#monitorChoice").query();
        assertTrue(!choice.isVisible(), "no monitors known, no choice");

        robot.interact(() -> workspace.console().monitorsChanged(new org.tandem.shared.message.ControlMessage.ScreenMonitors(
                java.util.List.of(new org.tandem.shared.message.ControlMessage.Monitor(0, 0, 1280, 800),
                        new org.tandem.shared.message.ControlMessage.Monitor(1280, 0, 1024, 768)), 0, 2304, 800)));

        assertTrue(choice.isVisible());
        javafx.scene.control.ComboBox<?> picker = robot.lookup("#monitorPicker").queryAs(javafx.scene.control.ComboBox.class);
        assertEquals(3, picker.getItems().size());
        assertEquals("All monitors (2304×800)", picker.getSelectionModel().getSelectedItem());
    }

    @Test
    void theSizeTheScreenIsShownAtReadsInPercent(FxRobot robot) throws Exception {
        javafx.scene.control.Label level = robot.lookup("#zoomLevel").queryAs(javafx.scene.control.Label.class);
        assertEquals("", level.getText(), "no screen, no size");
        org.tandem.shared.screen.ScreenBuffer customerScreen = screenOf320By200();
        robot.interact(() -> {
            workspace.console().stateChanged(AgentState.VIEWING, "Watching");
            workspace.console().screenUpdated(customerScreen);
        });
        ScreenView screen = robot.lookup("#screenView").queryAs(ScreenView.class);
        robot.interact(() -> { });
        long fitted = Math.round(Math.min(screen.getWidth() / 320, screen.getHeight() / 200) * 100);
        assertEquals(fitted + " %", level.getText(), "fitted, at the size the space allows");
        double left = level.localToScene(level.getLayoutBounds()).getMinX();
        javafx.scene.Node full = robot.lookup("#fullScreenButton").query();
        double fullAt = full.localToScene(full.getLayoutBounds()).getMinX();

        double fittedScale = Math.min(screen.getWidth() / 320, screen.getHeight() / 200);
        robot.clickOn("#zoomButton");
        robot.interact(() -> { });
        assertEquals(stepAbove(fittedScale), level.getText(), "Zoom from Fit says how far it went: a step larger");
        double zoomed = workspace.screen().scaleProperty().get();
        robot.clickOn("#zoomInButton");
        robot.interact(() -> { });
        assertEquals(stepAbove(zoomed), level.getText());
        robot.clickOn("#actualSizeButton");
        robot.interact(() -> { });
        assertEquals("100 %", level.getText());
        assertEquals(left, level.localToScene(level.getLayoutBounds()).getMinX(), 0.5);
        assertEquals(fullAt, full.localToScene(full.getLayoutBounds()).getMinX(), 0.5,
                "the toolbar does not move as the words change");
    }

    @Test
    void zoomingInOrOutFromFitStepsFromTheSizeShownAndSaysIt(FxRobot robot) throws Exception {
        org.tandem.shared.screen.ScreenBuffer customerScreen = screenOf(1920, 1080);
        robot.interact(() -> {
            workspace.console().stateChanged(AgentState.VIEWING, "Watching");
            workspace.console().screenUpdated(customerScreen);
        });
        robot.interact(() -> { });
        ScreenView screen = robot.lookup("#screenView").queryAs(ScreenView.class);
        javafx.scene.control.Label level = robot.lookup("#zoomLevel").queryAs(javafx.scene.control.Label.class);
        double fitted = Math.min(screen.getWidth() / 1920, screen.getHeight() / 1080);
        assertTrue(fitted > 0.34 && fitted < 0.49, "this window fits the screen between ⅓ and ½: " + fitted);
        assertEquals(Math.round(fitted * 100) + " %", level.getText());

        robot.clickOn("#zoomInButton");
        robot.interact(() -> { });
        assertEquals("50 %", level.getText(), "from Fit, in to the step above the size shown");
        assertEquals(960, screen.getWidth(), 0.5);
        ScrollPane scroller = robot.lookup("#screenScroller").queryAs(ScrollPane.class);
        assertTrue(scroller.getContent().getLayoutBounds().getWidth() >= 960 - 0.5, "wider than the space, it scrolls "
                + "sideways: " + scroller.getContent().getLayoutBounds().getWidth());
        assertTrue(scroller.lookupAll(".scroll-bar").stream().anyMatch(bar -> bar.isVisible()
                && ((javafx.scene.control.ScrollBar) bar).getOrientation() == javafx.geometry.Orientation.HORIZONTAL));

        robot.interact(() -> stage.getScene().getAccelerators().get(KeyboardShortcuts.FIT).run());
        robot.interact(() -> { });
        assertEquals(Math.round(fitted * 100) + " %", level.getText());
        robot.clickOn("#zoomOutButton");
        robot.interact(() -> { });
        assertEquals("33 %", level.getText(), "from Fit, out to the step below the size shown");
        assertEquals(640, screen.getWidth(), 0.5);
        javafx.scene.Node viewport = scroller.lookup(".viewport");
        javafx.geometry.Bounds space = viewport.localToScene(viewport.getLayoutBounds());
        javafx.geometry.Bounds shown = screen.localToScene(screen.getLayoutBounds());
        assertEquals(space.getCenterX(), shown.getCenterX(), 1, "smaller than the space, the screen is in its middle");
        assertEquals(space.getCenterY(), shown.getCenterY(), 1);
    }

    @Test
    void theScreenIsFittedShownPixelForPixelOrZoomed(FxRobot robot) throws Exception {
        org.tandem.shared.screen.ScreenBuffer customerScreen = screenOf320By200();
        robot.interact(() -> {
            workspace.console().stateChanged(AgentState.VIEWING, "Watching");
            workspace.console().screenUpdated(customerScreen);
        });
        ScreenView screen = robot.lookup("#screenView").queryAs(ScreenView.class);
        ScrollPane scroller = robot.lookup("#screenScroller").queryAs(ScrollPane.class);
        assertTrue(scroller.isFitToWidth(), "fitted at first");

        robot.clickOn("#actualSizeButton");
        assertEquals(ScreenViewMode.ACTUAL_SIZE, workspace.screen().modeProperty().get());
        robot.interact(() -> { });
        assertEquals(320, screen.getWidth(), 0.5);
        assertEquals(200, screen.getHeight(), 0.5);

        robot.clickOn("#zoomInButton");
        robot.interact(() -> { });
        assertEquals(400, screen.getWidth(), 0.5, "one step in: 1.25×");

        robot.interact(() -> stage.getScene().getAccelerators().get(KeyboardShortcuts.FIT).run());
        assertEquals(ScreenViewMode.FIT, workspace.screen().modeProperty().get());
        assertTrue(scroller.isFitToWidth());

        robot.clickOn("#fullScreenButton");
        assertTrue(stage.isFullScreen());
        robot.interact(() -> stage.setFullScreen(false));
        assertEquals(false, workspace.screen().fullScreenProperty().get(), "leaving full screen (Esc) shows in the button");
    }

    @Test
    void noKeyLeavesFullScreenBehindTheTechniciansBackAndTheButtonSaysHow(FxRobot robot) {
        // In control Esc is the customer's; JavaFX reads the exit key only on entering full screen.
        robot.interact(() -> workspace.console().controlChanged(org.tandem.agent.session.ControlState.IN_CONTROL, ""));
        assertEquals(javafx.scene.input.KeyCombination.NO_MATCH, stage.getFullScreenExitKeyCombination());
        javafx.scene.control.ToggleButton full = robot.lookup("#fullScreenButton").queryAs(javafx.scene.control.ToggleButton.class);
        assertEquals("Full screen", full.getText());

        robot.interact(() -> workspace.screen().fullScreenProperty().set(true));

        assertEquals("Leave full screen (F11)", full.getText());
        robot.interact(() -> workspace.screen().fullScreenProperty().set(false));
        assertEquals(javafx.scene.input.KeyCombination.NO_MATCH, stage.getFullScreenExitKeyCombination(),
                "out of control too: one way out, said on the button");
    }
}
