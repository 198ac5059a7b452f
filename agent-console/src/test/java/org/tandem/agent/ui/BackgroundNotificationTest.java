package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.SystemInfoRows;
import org.tandem.shared.action.ParameterSpec;
import org.tandem.shared.message.ControlMessage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A notification about a customer whose tab is in the back takes the technician to that customer
 * when clicked: their tab comes in front, in the console's window, showing what the notification
 * was about.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundNotificationTest {
    private static final ActionDescriptor SYSTEM_INFO = new ActionDescriptor("system-info", "Show system information",
            ActionRisk.READ, "Reads what this computer is and how it is doing.", false, true, "", List.of());

    @TempDir
    Path aliceLogs;
    @TempDir
    Path bobLogs;
    @TempDir
    Path data;

    private LoopbackCustomer alice;
    private LoopbackCustomer bob;
    private SessionsViewModel sessions;
    private Scene scene;
    private SessionsView view;

    @Start
    void start(Stage stage) throws Exception {
        alice = new LoopbackCustomer(aliceLogs);
        bob = new LoopbackCustomer(bobLogs);
        sessions = LoopbackCustomer.window(alice, bob);
        view = new SessionsView(sessions, data);
        scene = new Scene(view.root(), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeCustomers(FxRobot robot) {
        LoopbackCustomer.closeAll(robot, scene, alice, bob);
    }

    private SessionTabViewModel connect(FxRobot robot, LoopbackCustomer customer, String name) throws Exception {
        robot.clickOn("#customerField").write(name);
        robot.clickOn("#newSessionButton");
        SessionTabViewModel tab = sessions.selectedProperty().get();
        ConsoleViewModel model = customer.model();
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        customer.joinAndShare(model.codeProperty().get());
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.VIEWING);
        return tab;
    }

    @Test
    void clickingAMessageNotificationBringsThatCustomersTabInFront(FxRobot robot) throws Exception {
        SessionTabViewModel aliceTab = connect(robot, alice, "Alice Martin");
        SessionTabViewModel bobTab = connect(robot, bob, "Bob Stone");
        assertSame(bobTab, sessions.selectedProperty().get(), "Bob's tab is in front, Alice's in the back");

        alice.send(new ControlMessage.ChatSent("a-1", "The printer is still offline."));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#notice").tryQuery().isPresent());
        Node notification = robot.lookup("#notice").query();
        assertEquals("Message from your customer — Alice Martin",
                robot.from(notification).lookup("#noticeTitle").queryAs(Label.class).getText());

        robot.clickOn(notification);
        waitFor(5, TimeUnit.SECONDS, () -> sessions.selectedProperty().get() == aliceTab);
        TabPane tabs = robot.lookup("#sessionTabs").queryAs(TabPane.class);
        assertEquals(0, tabs.getSelectionModel().getSelectedIndex(), "Alice's tab is the one shown");
        waitFor(5, TimeUnit.SECONDS, () -> aliceTab.console().frontProperty().get());
        waitFor(5, TimeUnit.SECONDS, () -> scene.getWindow().isFocused());
        TabPane aliceSide = robot.from(view.viewOf(aliceTab).root()).lookup("#sideTabs").queryAs(TabPane.class);
        assertEquals("chatTab", aliceSide.getSelectionModel().getSelectedItem().getId(), "the message is shown");
        waitFor(5, TimeUnit.SECONDS, () -> aliceTab.badgeProperty().get().isEmpty());
        // The answer can be typed at once: the keyboard is in Alice's reply box, not in the field it was in.
        Node draft = robot.from(view.viewOf(aliceTab).root()).lookup("#chatDraft").query();
        waitForFxEvents();
        assertSame(draft, scene.getFocusOwner(), "the keyboard is in the reply box, not in " + scene.getFocusOwner());
        assertTrue(draft.isFocused());
    }

    @Test
    void aCustomerWhoGaveNoNameIsToldByTheirTabsTitleAndLaterByTheirComputersName(FxRobot robot) throws Exception {
        // Two sessions waiting, neither with a name or ticket typed; the second in front.
        robot.clickOn("#newSessionButton");
        SessionTabViewModel aliceTab = sessions.selectedProperty().get();
        waitFor(10, TimeUnit.SECONDS, () -> alice.model().stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        robot.clickOn("#newSessionButton");
        waitFor(10, TimeUnit.SECONDS, () -> bob.model().stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        assertSame(aliceTab, sessions.tabs().get(0));

        alice.join(alice.model().codeProperty().get());
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#notice").tryQuery().isPresent());
        assertEquals("Customer 1", aliceTab.titleProperty().get());
        assertEquals("Your customer joined — Customer 1", noticeTitle(robot), "which of the tabs it is");

        // Once their computer has named itself, the tab and what is told of it go by that name.
        alice.send(new ControlMessage.ScreenShareStarted(64, 48));
        alice.send(new ControlMessage.ActionCatalog("Debian GNU/Linux 12 (bookworm)", List.of(SYSTEM_INFO)));
        waitFor(10, TimeUnit.SECONDS, () -> !aliceTab.console().actions().catalog().isEmpty());
        robot.interact(() -> aliceTab.console().actions().run(SYSTEM_INFO, Map.of()));
        String id = alice.next(ControlMessage.ActionRequested.class).request().requestId();
        alice.send(new ControlMessage.ActionFinished(new ActionResult(id, ActionResult.Outcome.SUCCEEDED,
                ActionResult.NO_EXIT_STATUS, "Debian GNU/Linux 12 (bookworm)", List.of(), 0, new ActionTable(
                        List.of("Item", "Value"), List.of(List.of(SystemInfoRows.COMPUTER_NAME, "vm")), 0))));
        waitFor(10, TimeUnit.SECONDS, () -> aliceTab.titleProperty().get().equals("vm"));
        alice.send(new ControlMessage.ChatSent("a-1", "Is it working?"));
        waitFor(10, TimeUnit.SECONDS, () -> noticeTitle(robot).startsWith("Message"));
        assertEquals("Message from your customer — vm", noticeTitle(robot));
    }

    private static String noticeTitle(FxRobot robot) {
        waitForFxEvents();
        return robot.lookup("#noticeTitle").tryQuery().map(title -> ((Label) title).getText()).orElse("");
    }

    @Test
    void anActionThatEndedInATabInTheBackIsToldWithItsTargetInWords(FxRobot robot) throws Exception {
        SessionTabViewModel aliceTab = connect(robot, alice, "Alice Martin");
        connect(robot, bob, "Bob Stone");
        ActionDescriptor uninstall = new ActionDescriptor("uninstall-program", "Uninstall a program", ActionRisk.CHANGE,
                "Removes the program you pick.", false, true, "",
                List.of(new ParameterSpec("program", "Program", ParameterSpec.Kind.PROGRAM, true)));
        alice.send(new ControlMessage.ActionCatalog("Debian GNU/Linux 12", List.of(uninstall)));
        waitFor(10, TimeUnit.SECONDS, () -> !aliceTab.console().actions().catalog().isEmpty());
        robot.interact(() -> aliceTab.console().actions().run(uninstall, Map.of("program", "xterm")));
        String id = alice.next(ControlMessage.ActionRequested.class).request().requestId();

        alice.send(new ControlMessage.ActionFinished(ActionResult.of(id, ActionResult.Outcome.DENIED,
                "The customer said no, so nothing was done.")));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#notice").tryQuery().isPresent());
        Node notification = robot.lookup("#notice").query();
        assertEquals("Uninstall a program called “xterm” — denied by the customer: The customer said no, so nothing "
                + "was done.", robot.from(notification).lookup("#noticeText").queryLabeled().getText());
    }
}
