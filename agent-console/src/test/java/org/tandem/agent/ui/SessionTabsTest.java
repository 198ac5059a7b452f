package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.session.SessionEnding;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two customers at once, each in a tab of the console, over real sessions (pairing, encryption,
 * session logs) with both customers played by the test: what one says never shows in the other's
 * tab, input goes only to the session in front, and closing one tab leaves the other working.
 */
@ExtendWith(ApplicationExtension.class)
class SessionTabsTest {
    @TempDir
    Path aliceLogs;
    @TempDir
    Path bobLogs;
    @TempDir
    Path data;

    private LoopbackCustomer alice;
    private LoopbackCustomer bob;
    private SessionsViewModel sessions;
    private SessionsView view;
    private Scene scene;

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

    /** New session for {@code name}, read the code to the customer, who joins and shares. */
    private SessionTabViewModel connect(FxRobot robot, LoopbackCustomer customer, String name) throws Exception {
        robot.clickOn("#customerField").write(name);
        robot.clickOn("#newSessionButton");
        SessionTabViewModel tab = sessions.selectedProperty().get();
        ConsoleViewModel model = customer.model();
        assertTrue(tab.console() == model, "the tab runs this customer's session");
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.WAITING_FOR_CUSTOMER);
        customer.joinAndShare(model.codeProperty().get());
        waitFor(10, TimeUnit.SECONDS, () -> model.stateProperty().get() == AgentState.VIEWING);
        return tab;
    }

    private <T extends Node> T in(FxRobot robot, SessionTabViewModel tab, String id) {
        return robot.from(view.viewOf(tab).root()).lookup(id).query();
    }

    private void focusWindow(FxRobot robot) throws Exception {
        Window window = scene.getWindow();
        robot.interact(() -> {
            ((Stage) window).toFront();
            window.requestFocus();
        });
        waitFor(5, TimeUnit.SECONDS, window::isFocused);
    }

    @Test
    void twoCustomersAtOnceAndWhatOneSaysStaysInTheirTab(FxRobot robot) throws Exception {
        SessionTabViewModel aliceTab = connect(robot, alice, "Alice Martin");
        SessionTabViewModel bobTab = connect(robot, bob, "Bob Stone");
        assertEquals(AgentState.VIEWING, aliceTab.console().stateProperty().get(), "Alice's session went on meanwhile");
        TabPane tabs = robot.lookup("#sessionTabs").queryAs(TabPane.class);
        assertEquals(List.of("Alice Martin", "Bob Stone"), tabs.getTabs().stream()
                .map(tab -> ((Label) robot.from(tab.getGraphic()).lookup(".session-title").query()).getText()).toList());
        assertEquals(1, tabs.getSelectionModel().getSelectedIndex(), "the new customer's tab is in front");

        focusWindow(robot);
        alice.send(new ControlMessage.ChatSent("a-1", "Alice here: the printer is still offline."));
        ListView<ChatLine> aliceChat = in(robot, aliceTab, "#chatLines");
        ListView<ChatLine> bobChat = in(robot, bobTab, "#chatLines");
        waitFor(5, TimeUnit.SECONDS, () -> aliceChat.getItems().size() == 1);
        waitFor(5, TimeUnit.SECONDS, () -> aliceTab.badgeProperty().get().equals("1 unread"));
        assertEquals(List.of(), bobChat.getItems(), "Bob's tab shows nothing of Alice's chat");
        assertEquals(new ControlMessage.ChatReceipt("a-1", false), alice.next(ControlMessage.ChatReceipt.class));
        assertFalse(alice.sentWithin(ControlMessage.ChatReceipt.class, Duration.ofMillis(500)),
                "not read: Alice's tab is not in front");

        robot.interact(() -> bobTab.workspace().chat().draftProperty().set("Hello Bob, one moment please."));
        robot.interact(() -> bobTab.workspace().chat().sendDraft());
        assertEquals("Hello Bob, one moment please.", bob.next(ControlMessage.ChatSent.class).text());
        assertFalse(alice.sentWithin(ControlMessage.ChatSent.class, Duration.ofMillis(500)), "Alice gets nothing of it");

        // Ctrl+1 brings Alice in front, Alt+2 opens her chat: only now is her message read.
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> tabs.getSelectionModel().getSelectedIndex() == 0);
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        assertEquals(new ControlMessage.ChatReceipt("a-1", true), alice.next(ControlMessage.ChatReceipt.class));
        waitFor(5, TimeUnit.SECONDS, () -> aliceTab.badgeProperty().get().isEmpty());
        assertTrue(bobChat.getItems().stream().noneMatch(line -> line.text().startsWith("Alice")));

        // Ctrl+Tab goes round the tabs.
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> tabs.getSelectionModel().getSelectedIndex() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> tabs.getSelectionModel().getSelectedIndex() == 0);
    }

    @Test
    void inputGoesOnlyToTheSessionInFront(FxRobot robot) throws Exception {
        SessionTabViewModel aliceTab = connect(robot, alice, "Alice Martin");
        SessionTabViewModel bobTab = connect(robot, bob, "Bob Stone");
        robot.interact(() -> sessions.select(aliceTab));
        robot.clickOn((Node) in(robot, aliceTab, "#requestControlButton"));
        alice.next(ControlMessage.ControlRequest.class);
        alice.send(new ControlMessage.ControlGranted());
        waitFor(10, TimeUnit.SECONDS, () -> aliceTab.console().controlProperty().get() == ControlState.IN_CONTROL);
        Node aliceScreen = in(robot, aliceTab, "#screenView");
        waitFor(5, TimeUnit.SECONDS, () -> scene.getFocusOwner() == aliceScreen);
        robot.type(KeyCode.A);
        assertEquals(new InputEvent.KeyStroke(org.tandem.shared.input.Key.A, true),
                alice.next(InputEvent.KeyStroke.class), "in control, in front: keys go to Alice");
        waitFor(5, TimeUnit.SECONDS, () -> aliceTab.badgeProperty().get().equals("in control"));

        // While in control Ctrl+Tab is Alice's too; the mouse brings Bob in front.
        robot.clickOn(robot.lookup("#sessionTabs").queryAs(TabPane.class).getTabs().get(1).getGraphic());
        waitFor(5, TimeUnit.SECONDS, () -> sessions.selectedProperty().get() == bobTab);
        waitForFxEvents();
        // What was on its way before (A let go, the pointer crossing Alice's screen to the tab) may arrive.
        alice.drainUntilQuiet(Duration.ofMillis(300));
        robot.type(KeyCode.B).type(KeyCode.SPACE).type(KeyCode.ENTER);
        robot.interact(() -> aliceTab.console().sendInput(List.of(
                new InputEvent.KeyStroke(org.tandem.shared.input.Key.C, true))));
        waitForFxEvents();
        assertFalse(alice.sentWithin(InputEvent.class, Duration.ofMillis(500)), "Alice's session is not in front");
        assertFalse(bob.sentWithin(InputEvent.class, Duration.ofMillis(200)), "Bob never gave control");
        assertEquals(ControlState.IN_CONTROL, aliceTab.console().controlProperty().get(),
                "Alice's control stays; only the keyboard was let go");
        Label control = in(robot, bobTab, "#controlStateLabel");
        assertEquals("View only", control.getText(), "the bars show the session in front");
    }

    @Test
    void closingOneTabEndsItsSessionProperlyAndLeavesTheOtherWorking(FxRobot robot) throws Exception {
        SessionTabViewModel aliceTab = connect(robot, alice, "Alice Martin");
        SessionTabViewModel bobTab = connect(robot, bob, "Bob Stone");
        robot.interact(() -> sessions.select(aliceTab));
        focusWindow(robot);

        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#confirmEndButton").tryQuery().isPresent());
        assertEquals("End the session with Alice Martin?",
                robot.lookup("#endSessionQuestion").queryAs(javafx.scene.control.DialogPane.class).getHeaderText());
        robot.clickOn("#confirmEndButton");
        assertEquals(SessionEnding.TECHNICIAN_ENDED.code(), alice.next(ControlMessage.SessionEnd.class).how(),
                "closing a tab ends its session as End session does: the console stays open");
        alice.next(ControlMessage.LogCheckpoint.class);
        waitFor(10, TimeUnit.SECONDS, () -> aliceTab.console().stateProperty().get() == AgentState.ENDED);
        assertEquals(List.of(bobTab), sessions.tabs());
        waitFor(10, TimeUnit.SECONDS, () -> recapOf(aliceLogs) != null
                && Files.readString(recapOf(aliceLogs)).contains("How it ended"));
        String recap = Files.readString(recapOf(aliceLogs));
        assertTrue(recap.contains(SessionEnding.TECHNICIAN_ENDED.toTechnician()), recap);
        assertFalse(recap.contains(SessionEnding.TECHNICIAN_CLOSED_WINDOW.toTechnician()), "not \"You closed the console\"");

        // Bob's session works on as before.
        assertEquals(AgentState.VIEWING, bobTab.console().stateProperty().get());
        assertTrue(bobTab.console().frontProperty().get());
        robot.interact(() -> bobTab.workspace().chat().draftProperty().set("Still with you, Bob."));
        robot.interact(() -> bobTab.workspace().chat().sendDraft());
        assertEquals("Still with you, Bob.", bob.next(ControlMessage.ChatSent.class).text());
        bob.send(new ControlMessage.ChatSent("b-1", "Great, thanks."));
        ListView<ChatLine> bobChat = in(robot, bobTab, "#chatLines");
        waitFor(5, TimeUnit.SECONDS, () -> bobChat.getItems().size() == 2);
    }

    @Test
    void closingTheTabOfACustomerWithoutANameAsksAboutThemByTheirTabsTitle(FxRobot robot) throws Exception {
        SessionTabViewModel first = connect(robot, alice, "");
        SessionTabViewModel second = connect(robot, bob, "");
        assertEquals("Customer 2", second.titleProperty().get(), "the tab the technician sees");
        focusWindow(robot);

        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        waitForQuestion(robot);
        assertEquals("End the session with Customer 2?", endQuestion(robot), "which of the two, as their tab says");
        robot.clickOn("#keepSessionButton");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#keepSessionButton").tryQuery().isEmpty());
        assertEquals(List.of(first, second), sessions.tabs());

        // End session in the other tab names that tab's customer.
        robot.interact(() -> sessions.select(first));
        robot.clickOn((Node) in(robot, first, "#endSessionButton"));
        waitForQuestion(robot);
        assertEquals("End the session with Customer 1?", endQuestion(robot));
        robot.clickOn("#keepSessionButton");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#keepSessionButton").tryQuery().isEmpty());
        assertEquals(AgentState.VIEWING, first.console().stateProperty().get());
    }

    @Test
    void f2NamesTheCustomerOfTheTabInFrontNotOfTheFirstTab(FxRobot robot) throws Exception {
        SessionTabViewModel first = connect(robot, alice, "");
        SessionTabViewModel second = connect(robot, bob, "");
        focusWindow(robot);

        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#customerNameField").tryQuery().isPresent());
        assertEquals("What is Customer 2 called?", robot.lookup("#customerNameDialog")
                .queryAs(javafx.scene.control.DialogPane.class).getHeaderText());
        robot.interact(() -> robot.lookup("#customerNameField").queryAs(javafx.scene.control.TextField.class).setText("Bea"));
        robot.clickOn("#nameCustomerButton");
        waitFor(5, TimeUnit.SECONDS, () -> second.titleProperty().get().equals("Bea"));
        assertEquals("Customer 1", first.titleProperty().get(), "the other customer keeps their name");
    }

    /** The question's buttons are on screen, in a window that shows, so that a click reaches them. */
    private static void waitForQuestion(FxRobot robot) throws Exception {
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#keepSessionButton")
                .match(org.testfx.util.NodeQueryUtils.isVisible())
                .match((Node button) -> button.getScene() != null && button.getScene().getWindow() != null
                        && button.getScene().getWindow().isShowing())
                .tryQuery().isPresent());
    }

    private static String endQuestion(FxRobot robot) {
        return robot.lookup("#endSessionQuestion").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
    }

    /** The recap written beside the session's log as it closed; null while there is none. */
    private static Path recapOf(Path logs) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(logs)) {
            return files.filter(p -> p.getFileName().toString().equals("recap.md")).findFirst().orElse(null);
        }
    }
}
