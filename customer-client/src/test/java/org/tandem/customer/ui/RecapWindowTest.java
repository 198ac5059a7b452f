package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.RecapGenerator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The recap window on a computer whose file manager cannot open the record's folder. */
@ExtendWith(ApplicationExtension.class)
class RecapWindowTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) throws Exception {
        RecapViewModel recap = new RecapViewModel(Platform::runLater, Runnable::run, new RecapGenerator(ZoneOffset.UTC),
                uri -> false, folder -> false);
        new RecapWindow(stage, recap).show();
        recap.load(RecordedConversation.write(dir));
    }

    @Test
    void openFolderThatCannotOpenShowsWhereTheFolderIsToCopy(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#saveHtmlButton").queryButton().isDisabled());
        assertFalse(robot.lookup("#recordFolderPath").query().isVisible(), "nothing to say before Open folder");

        robot.clickOn("#openFolderButton");

        TextField where = robot.lookup("#recordFolderPath").queryAs(TextField.class);
        waitFor(5, TimeUnit.SECONDS, where::isVisible);
        assertEquals(dir.toString(), where.getText());
        assertFalse(where.isEditable());
        assertEquals(dir.toString(), where.getSelectedText(), "selected, ready to copy");
        assertTrue(robot.lookup("#recapStatus").queryAs(Label.class).getText()
                .startsWith("This computer could not open the folder."));
    }
}
