package org.tandem.agent.ui.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.time.Clock;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.ui.ConversationRig;
import org.tandem.agent.ui.DrawnWords;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Notes tab's words on privacy read whole at any width the side panel takes, narrowed and widened again. */
@ExtendWith(ApplicationExtension.class)
class NotesViewRoomTest {
    private final ConversationRig rig = new ConversationRig();
    private Stage stage;

    @Start
    void start(Stage primary) {
        // A window of its own: the test resizes it, which would carry over to the tests after it in the toolkit's
        // shared primary window.
        stage = new Stage();
        NotesViewModel model = new NotesViewModel(Runnable::run, Runnable::run, rig.access(), Clock.systemUTC());
        stage.setScene(new Scene((javafx.scene.Parent) new NotesView(model).root(), 420, 500));
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void thePrivacyLineReadsWholeNarrowAndWideAgain(FxRobot robot) {
        Label privacy = robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(label -> label.getText().startsWith("Private")).findFirst().orElseThrow();
        for (double width : new double[] {420, 240, 420, 330}) {
            robot.interact(() -> stage.setWidth(width));
            waitForFxEvents();
            assertEquals(privacy.getText(), drawn(privacy), "at " + width + " pixels wide");
        }
    }

    /** The words the label draws, its lines joined by spaces. */
    private static String drawn(Label label) {
        return DrawnWords.texts(label).stream().map(Text::getText).map(String::strip)
                .collect(Collectors.joining(" "));
    }
}
