package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.history.SessionRecord;
import org.tandem.agent.session.AgentState;
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
 * History names each past session's customer as its tab and its end dialog did: by the name or ticket
 * the technician typed, else by the name their computer gave in its system information. The logs are
 * the console's own, written by a real session over a loopback pipe.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryCustomerNameTest extends LoopbackConsoleTest {
    private static final ActionDescriptor SYSTEM_INFO = new ActionDescriptor("system-info", "Show system information",
            ActionRisk.READ, "Reads what this computer is and how it is doing.", false, true, "", List.of());

    @Start
    void start(Stage stage) {
        showWithLogsInHistory(stage, 1100, 750);
    }

    @Test
    void aCustomerWhoJoinedWithoutANameIsNamedInHistoryByTheirComputersName(FxRobot robot) throws Exception {
        customer.sharesWithTheConsole(robot);
        assertEquals("Customer 1", tabTitle(robot));

        systemInformationSays(robot, "vm");
        waitFor(10, TimeUnit.SECONDS, () -> tabTitle(robot).equals("vm"));
        assertEquals("No name or ticket given; their computer is called “vm”",
                robot.lookup("#customerNameLabel").queryAs(Label.class).getText(), "the Customer tab says what the tab is named for");
        endSession(robot, "End the session with vm?");

        assertEquals(List.of("vm"), customersInHistory(), "as the tab and the end dialog named them");
    }

    @Test
    void aNameTheTechnicianTypedStaysTheCustomersNameInHistory(FxRobot robot) throws Exception {
        robot.clickOn("#customerField").write("Ticket 4711");
        customer.sharesWithTheConsole(robot);

        systemInformationSays(robot, "vm");
        assertEquals("Ticket 4711", tabTitle(robot));
        assertEquals("Ticket 4711", robot.lookup("#customerNameLabel").queryAs(Label.class).getText());
        endSession(robot, "End the session with Ticket 4711?");

        assertEquals(List.of("Ticket 4711"), customersInHistory());
    }

    /** The technician reads the customer's system information (Customer tab); it names the computer. */
    private void systemInformationSays(FxRobot robot, String computerName) throws Exception {
        customer.send(new ControlMessage.ActionCatalog("Debian GNU/Linux 12 (bookworm)", List.of(SYSTEM_INFO)));
        waitFor(10, TimeUnit.SECONDS, () -> !customer.model().actions().catalog().isEmpty());
        robot.clickOn("#customerTab").clickOn("#readSystemInfoButton");
        String id = customer.next(ControlMessage.ActionRequested.class).request().requestId();
        customer.send(new ControlMessage.ActionStarted(id));
        ActionTable table = new ActionTable(List.of("Item", "Value"), List.of(
                List.of("Operating system", "Debian GNU/Linux 12 (bookworm)"),
                List.of(SystemInfoRows.COMPUTER_NAME, computerName),
                List.of("Memory", "7.8 GB in all, 5.1 GB available")), 0);
        customer.send(new ControlMessage.ActionFinished(new ActionResult(id, ActionResult.Outcome.SUCCEEDED,
                ActionResult.NO_EXIT_STATUS, "Debian GNU/Linux 12 (bookworm); memory 7.8 GB in all", List.of(), 0,
                table)));
        waitFor(10, TimeUnit.SECONDS, () -> !customer.workspace().customer().facts().isEmpty());
    }

    /** End session, confirmed in the dialog that names the customer; returns once the log is closed. */
    private void endSession(FxRobot robot, String question) throws Exception {
        robot.clickOn("#endSessionButton");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirmEndButton").tryQuery().isPresent());
        assertEquals(question, robot.lookup("#endSessionQuestion").queryAs(DialogPane.class).getHeaderText());
        robot.clickOn("#confirmEndButton");
        waitFor(10, TimeUnit.SECONDS, () -> customer.model().stateProperty().get() == AgentState.ENDED);
    }

    private static String tabTitle(FxRobot robot) {
        return robot.lookup(".session-title").queryAs(Label.class).getText();
    }

    private List<String> customersInHistory() throws Exception {
        return new SessionHistory(data).list().stream().map(SessionRecord::customerName).toList();
    }
}
