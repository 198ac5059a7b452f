package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.history.SessionRecord;
import org.tandem.agent.session.AgentState;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEntryFormatter;
import org.tandem.shared.log.LogReader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A customer who gave no name is "Customer 1" until the technician, having asked them, names them from
 * their tab (F2, or the Customer tab's button): a name not taken says why and changes nothing; a name
 * taken is recorded by the technician in the console's log, and the tab, Activity, History and the recap
 * call the customer by it. The log is the console's own, written by a real session over a loopback pipe.
 */
@ExtendWith(ApplicationExtension.class)
class CustomerNamedMidSessionTest extends LoopbackConsoleTest {
    /** The log's type for a name the technician gave (decision 0046), as the log reads. */
    private static final String CUSTOMER_NAMED = "customer.named";

    @Start
    void start(Stage stage) {
        showWithLogsInHistory(stage, 1100, 750);
    }

    @Test
    void theTechnicianNamesACustomerWhoGaveNoNameAndEveryReaderOfTheLogCallsThemSo(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        assertEquals("Customer 1", tabTitle(robot));

        robot.clickOn(".session-title").press(KeyCode.F2).release(KeyCode.F2);
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#customerNameField").tryQuery().isPresent());
        nameNotTaken(robot, "   ", "Type the customer’s name.");
        nameNotTaken(robot, "A".repeat(61), "That is too long for a name: at most 60 characters.");
        // A text field drops line breaks and tabs as they are typed; an invisible character pasted stays.
        nameNotTaken(robot, "Ana\u202E", "A name is one line of ordinary characters: no line breaks, tabs or invisible characters.");
        assertEquals("Customer 1", tabTitle(robot), "a name not taken changes nothing");
        assertTrue(loggedNames().isEmpty(), "nothing recorded for a name not taken");

        robot.interact(() -> robot.lookup("#customerNameField").queryAs(TextField.class).setText("  Ana  "));
        robot.clickOn("#nameCustomerButton");
        waitFor(10, TimeUnit.SECONDS, () -> tabTitle(robot).equals("Ana"));
        assertEquals(List.of("Ana"), loggedNames());
        robot.clickOn("#customerTab");
        assertEquals("Ana", robot.lookup("#customerNameLabel").queryAs(Label.class).getText());
        waitFor(10, TimeUnit.SECONDS, () -> customer.workspace().activity().items().stream()
                .anyMatch(item -> item.what().equals("Named the customer “Ana”")));

        // Renamed from the Customer tab's button: the last name given is the customer's.
        robot.clickOn("#nameCustomerInTabButton");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#customerNameField").tryQuery().isPresent());
        assertEquals("Ana", robot.lookup("#customerNameField").queryAs(TextField.class).getText(), "the name given is offered");
        robot.interact(() -> robot.lookup("#customerNameField").queryAs(TextField.class).setText("Ana Martin"));
        robot.clickOn("#nameCustomerButton");
        waitFor(10, TimeUnit.SECONDS, () -> tabTitle(robot).equals("Ana Martin"));

        robot.clickOn("#endSessionButton");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmEndButton").tryQuery().isPresent());
        robot.clickOn("#confirmEndButton");
        waitFor(10, TimeUnit.SECONDS, () -> customer.model().stateProperty().get() == AgentState.ENDED);

        List<LogEntry> log = LogReader.read(logFile());
        List<LogEntry> named = log.stream().filter(e -> e.type().equals(CUSTOMER_NAMED)).toList();
        assertEquals(2, named.size());
        assertEquals("technician:Dana", named.get(0).actor(), "the technician named them");
        assertTrue(LogEntryFormatter.wholeTitles(log).contains("Named the customer “Ana Martin”"));
        SessionRecord past = new SessionHistory(data).list().get(0);
        assertEquals("Ana Martin", past.customerName(), "History names the customer as their tab did");
        waitFor(10, TimeUnit.SECONDS, () -> past.recap().isPresent() || new SessionHistory(data).list().get(0).recap().isPresent());
        Path recap = new SessionHistory(data).list().get(0).recap().orElseThrow();
        assertTrue(Files.readString(recap, StandardCharsets.UTF_8).contains("**Customer:** Ana Martin"),
                Files.readString(recap, StandardCharsets.UTF_8));
    }

    /** Name pressed with {@code typed}: the question stays open and says why. */
    private static void nameNotTaken(FxRobot robot, String typed, String why) {
        robot.interact(() -> robot.lookup("#customerNameField").queryAs(TextField.class).setText(typed));
        robot.clickOn("#nameCustomerButton");
        assertEquals(why, robot.lookup("#customerNameMessage").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#customerNameField").tryQuery().isPresent(), "the question stays open");
        Label hint = robot.lookup("#customerNameHint").queryAs(Label.class);
        assertTrue(hint.getHeight() >= hint.prefHeight(hint.getWidth()) - 0.5, "the hint is cut under the message");
    }

    private Path logFile() throws Exception {
        try (var files = Files.walk(data.resolve(SessionHistory.SESSIONS_DIRECTORY))) {
            return files.filter(f -> f.getFileName().toString().equals(SessionHistory.LOG_FILE)).findFirst().orElseThrow();
        }
    }

    private List<String> loggedNames() throws Exception {
        return LogReader.read(logFile()).stream().filter(e -> e.type().equals(CUSTOMER_NAMED))
                .map(e -> e.details().get("name").toString()).toList();
    }

    private static String tabTitle(FxRobot robot) {
        return robot.lookup(".session-title").queryAs(Label.class).getText();
    }
}
