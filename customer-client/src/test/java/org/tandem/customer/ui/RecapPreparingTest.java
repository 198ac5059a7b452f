package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.RecapGenerator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * While the recap is made from the session's record (read, checked and laid out on the worker) the
 * recap window says so, with a progress indicator; a recap that cannot be made says so in its place.
 */
@ExtendWith(ApplicationExtension.class)
class RecapPreparingTest {
    @TempDir
    Path dir;

    /** The worker holds the recap's work until the test lets it run: the moment before it is ready. */
    private final List<Runnable> held = new ArrayList<>();
    private RecapViewModel recap;

    @Start
    void start(Stage stage) {
        recap = new RecapViewModel(Platform::runLater, held::add, new RecapGenerator(ZoneOffset.UTC), uri -> true,
                folder -> true);
        new RecapWindow(stage, recap).show();
    }

    @Test
    void whileTheRecapIsMadeTheWindowSaysItIsBeingPrepared(FxRobot robot) throws Exception {
        Path log = RecordedConversation.write(dir);
        robot.interact(() -> recap.load(log));
        assertPreparing(robot);

        runHeldWork();
        assertFalse(robot.lookup("#recapPreparing").query().isVisible(), "ready: no more progress");
        assertFalse(robot.lookup("#recapDocument").queryAs(Pane.class).getChildren().isEmpty(), "the recap is shown");
        assertFalse(robot.lookup("#saveHtmlButton").queryButton().isDisabled());
    }

    @Test
    void aRecapThatCannotBeMadeSaysSoWhereTheRecapWouldBe(FxRobot robot) throws Exception {
        Path broken = dir.resolve("0123456789abcdef").resolve("customer.log");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "not a session log\n");

        robot.interact(() -> recap.load(broken));
        assertPreparing(robot);
        runHeldWork();

        assertFalse(robot.lookup("#recapPreparing").query().isVisible());
        Label problem = robot.lookup("#recapProblem").queryAs(Label.class);
        assertTrue(problem.isVisible(), "the failure is said where the recap would be");
        assertEquals("The recap could not be made from this session's record. The record itself is kept in "
                + broken.getParent() + ".", problem.getText());
        assertTrue(robot.lookup("#saveHtmlButton").queryButton().isDisabled(), "nothing to save");
    }

    private void assertPreparing(FxRobot robot) {
        Node preparing = robot.lookup("#recapPreparing").tryQuery().orElse(null);
        assertTrue(preparing != null && preparing.isVisible(), "the window says what it is doing");
        assertEquals("Preparing the recap…", robot.lookup("#recapPreparing .label").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#recapPreparing .progress-indicator").queryAs(ProgressIndicator.class).isVisible());
        assertTrue(robot.lookup("#saveHtmlButton").queryButton().isDisabled(), "nothing to save yet");
    }

    private void runHeldWork() {
        List<Runnable> now = new ArrayList<>(held);
        held.clear();
        now.forEach(Runnable::run);
        waitForFxEvents();
    }
}
