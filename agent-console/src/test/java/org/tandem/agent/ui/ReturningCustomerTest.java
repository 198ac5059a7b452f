package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.history.CustomerSessions;
import org.tandem.agent.history.SessionRecord;
import org.tandem.agent.ui.customer.EarlierSessionsViewModel;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.SystemInfoRows;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A customer helped before comes back: once the session knows who they are (the ticket typed at New
 * session, then their computer's name), the Customer tab lists the earlier sessions with them, and
 * Enter or the button opens the chosen one in History. The session now is a real one over a loopback
 * pipe; the earlier ones are logs the console's journal wrote.
 */
@ExtendWith(ApplicationExtension.class)
class ReturningCustomerTest extends LoopbackConsoleTest {
    private static final ActionDescriptor SYSTEM_INFO = new ActionDescriptor("system-info", "Show system information",
            ActionRisk.READ, "Reads what this computer is and how it is doing.", false, true, "", List.of());

    @Start
    void start(Stage stage) throws Exception {
        CustomerSessions.past(data, "101-aaaaaa", Instant.parse("2026-03-02T10:00:00Z"), "Ticket 4711", "", "");
        CustomerSessions.past(data, "102-bbbbbb", Instant.parse("2026-03-05T10:00:00Z"), "", "ana-laptop", "");
        CustomerSessions.past(data, "103-cccccc", Instant.parse("2026-03-06T10:00:00Z"), "Bob Stone", "bob-pc", "");
        showWithLogsInHistory(stage, 1100, 750);
    }

    @Test
    void theCustomerTabListsTheEarlierSessionsWithThisCustomerAndOpensOneInHistory(FxRobot robot) throws Exception {
        robot.clickOn("#customerField").write("Ticket 4711");
        customer.sharesWithTheConsole(robot);
        robot.clickOn("#customerTab");

        waitFor(10, TimeUnit.SECONDS, () -> status(robot).equals("1 earlier session with this customer, newest first."));
        assertEquals(List.of("101-aaaaaa"), shown(robot));
        assertTrue(items(robot).get(0).text().contains("Found by: same name or ticket “Ticket 4711”"), items(robot).get(0).text());

        systemInformationSays(robot, "ana-laptop");
        waitFor(10, TimeUnit.SECONDS, () -> status(robot).equals("2 earlier sessions with this customer, newest first."));
        assertEquals(List.of("102-bbbbbb", "101-aaaaaa"), shown(robot), "newest first; Bob's is not his");
        assertTrue(items(robot).get(0).text().contains("Found by: same computer name “ana-laptop”"), items(robot).get(0).text());

        // With none chosen, the button opens the newest in History, at that session.
        robot.clickOn("#openEarlierButton");
        waitFor(10, TimeUnit.SECONDS, () -> historyOpenedAt(robot, "102-bbbbbb"));
        robot.interact(() -> historyWindow().hide());

        // From the keyboard: the older one chosen in the list, Enter.
        robot.clickOn("#earlierSessions").type(KeyCode.END).type(KeyCode.ENTER);
        waitFor(10, TimeUnit.SECONDS, () -> historyOpenedAt(robot, "101-aaaaaa"));
    }

    /** The technician reads the customer's system information (Customer tab); it names the computer. */
    private void systemInformationSays(FxRobot robot, String computerName) throws Exception {
        customer.send(new ControlMessage.ActionCatalog("Debian GNU/Linux 12 (bookworm)", List.of(SYSTEM_INFO)));
        waitFor(10, TimeUnit.SECONDS, () -> !customer.model().actions().catalog().isEmpty());
        robot.clickOn("#readSystemInfoButton");
        String id = customer.next(ControlMessage.ActionRequested.class).request().requestId();
        customer.send(new ControlMessage.ActionStarted(id));
        ActionTable table = new ActionTable(List.of("Item", "Value"), List.of(
                List.of("Operating system", "Debian GNU/Linux 12 (bookworm)"),
                List.of(SystemInfoRows.COMPUTER_NAME, computerName)), 0);
        customer.send(new ControlMessage.ActionFinished(new ActionResult(id, ActionResult.Outcome.SUCCEEDED,
                ActionResult.NO_EXIT_STATUS, "Debian GNU/Linux 12 (bookworm)", List.of(), 0, table)));
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#earlierStatus").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<EarlierSessionsViewModel.Item> items(FxRobot robot) {
        return List.copyOf(robot.lookup("#earlierSessions").queryAs(ListView.class).getItems());
    }

    private static List<String> shown(FxRobot robot) {
        return items(robot).stream().map(EarlierSessionsViewModel.Item::id).toList();
    }

    private Window historyWindow() {
        return Window.getWindows().stream().filter(w -> w != scene.getWindow()
                && w.getScene().lookup("#historyTable") != null).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private boolean historyOpenedAt(FxRobot robot, String id) {
        Window history = historyWindow();
        if (history == null) {
            return false;
        }
        TableView<SessionRecord> table = (TableView<SessionRecord>) history.getScene().lookup("#historyTable");
        SessionRecord chosen = table.getSelectionModel().getSelectedItem();
        ListView<?> timeline = (ListView<?>) history.getScene().lookup("#timeline");
        return chosen != null && chosen.id().equals(id) && !timeline.getItems().isEmpty();
    }
}
