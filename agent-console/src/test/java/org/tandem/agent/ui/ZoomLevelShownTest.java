package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.ScreenBuffer;
import org.tandem.shared.screen.TileScreenDecoder;
import org.tandem.shared.screen.TileScreenEncoder;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The percentage beside the view buttons is what the window draws, and it says the size the picture
 * of the customer's screen is drawn at after each click, not the size before it.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomLevelShownTest {
    @TempDir
    Path data;

    private ConsoleWorkspace workspace;

    @Start
    void start(Stage stage) {
        workspace = NoSessions.workspace(data);
        stage.setScene(new Scene(new ConsoleView(workspace).root(), 1100, 700));
        stage.show();
    }

    @Test
    void eachViewButtonLeavesTheLabelSayingTheSizeThePictureIsDrawnAt(FxRobot robot) throws Exception {
        ScreenBuffer customerScreen = screenOf(1920, 1080);
        robot.interact(() -> {
            workspace.console().stateChanged(AgentState.VIEWING, "Watching");
            workspace.console().screenUpdated(customerScreen);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(percentDrawn(robot), labelDrawn(robot), "fitted");

        for (String button : new String[] {"#zoomButton", "#zoomInButton", "#actualSizeButton", "#zoomOutButton",
                "#zoomOutButton", "#fitButton", "#zoomOutButton", "#actualSizeButton", "#zoomInButton"}) {
            robot.clickOn(button);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(percentDrawn(robot), labelDrawn(robot), "after " + button);
        }
    }

    /** The words the label's skin draws, which is what the technician reads. */
    private static String labelDrawn(FxRobot robot) {
        Label level = robot.lookup("#zoomLevel").queryAs(Label.class);
        Node drawn = level.lookup(".text");
        return drawn == null ? "" : ((Text) drawn).getText();
    }

    /** How large the picture is drawn: its width in the window over the customer's screen's width. */
    private static String percentDrawn(FxRobot robot) {
        ScreenView screen = robot.lookup("#screenView").queryAs(ScreenView.class);
        Node picture = robot.lookup("#screenImage").query();
        double scale = picture.getBoundsInParent().getWidth() / screen.pictureWidth();
        return Math.round(scale * 100) + " %";
    }

    /** A customer's screen as the console has it: encoded and decoded by the real codec. */
    private static ScreenBuffer screenOf(int width, int height) throws Exception {
        TileScreenEncoder encoder = new TileScreenEncoder();
        TileScreenDecoder decoder = new TileScreenDecoder(width, height);
        for (ScreenUpdate update : encoder.encode(new Frame(width, height, new int[width * height]))) {
            decoder.apply(update);
        }
        return decoder.screen();
    }
}
