package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShareConsentDialogTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    private CompletableFuture<Boolean> ask(FxRobot robot, Duration timeout) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        robot.interact(() -> new ShareConsentDialog(owner, "Dana", timeout, answer).show());
        return answer;
    }

    @Test
    void promptNamesTheTechnicianAndAllowAnswersYes(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask(robot, Duration.ofSeconds(60));
        assertEquals("Share your screen with the technician?",
                robot.lookup("#shareQuestion").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#shareDetail").queryAs(Label.class).getText().startsWith("Dana asks"));
        robot.clickOn("#allowButton");
        assertEquals(Boolean.TRUE, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void denyIsTheDefaultButton(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask(robot, Duration.ofSeconds(60));
        assertTrue(robot.lookup("#denyButton").queryAs(Button.class).isDefaultButton());
        robot.clickOn("#denyButton");
        assertEquals(Boolean.FALSE, answer.get(5, TimeUnit.SECONDS));
    }

    @Test
    void unansweredPromptDeniesByItself(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask(robot, Duration.ofSeconds(1));
        assertEquals(Boolean.FALSE, answer.get(10, TimeUnit.SECONDS));
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#allowButton").tryQuery().isEmpty());
    }
}
