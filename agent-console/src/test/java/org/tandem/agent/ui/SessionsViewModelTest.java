package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.ActionStatus;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;
import org.tandem.agent.session.ControlState;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.action.SystemInfoRows;
import org.tandem.shared.conversation.ChatLine;

/**
 * The console's customers as tabs, without a screen: every view model runs on the calling thread,
 * and each session's reports are played through the listener the console gave it.
 */
class SessionsViewModelTest {
    @TempDir
    Path dataDir;

    private final List<AgentSessionListener> heard = new ArrayList<>();
    private SessionsViewModel sessions;

    @BeforeEach
    void openTheWindow() {
        sessions = OfflineSessions.window(dataDir, heard);
    }

    private SessionTabViewModel open(String customer) {
        sessions.customerReferenceProperty().set(customer);
        return sessions.newSession();
    }

    @Test
    void eachNewSessionOpensItsOwnTabInFrontWhileTheOthersGoOn() {
        SessionTabViewModel alice = open("Alice Martin");
        heard.get(0).codeReady("482-111 111");
        heard.get(0).stateChanged(AgentState.WAITING_FOR_CUSTOMER, "Waiting");
        assertEquals("Alice Martin", alice.titleProperty().get());
        assertEquals("", sessions.customerReferenceProperty().get(), "ready for the next customer");
        assertSame(alice, sessions.selectedProperty().get());
        assertTrue(alice.console().frontProperty().get());

        SessionTabViewModel next = open("  ");
        assertEquals("New session", next.titleProperty().get());
        heard.get(1).codeReady("482-222 222");
        assertEquals("Code 482-222 222", next.titleProperty().get(), "no name given: the code names the tab");

        assertEquals(List.of(alice, next), sessions.tabs());
        assertSame(next, sessions.selectedProperty().get());
        assertFalse(alice.console().frontProperty().get());
        assertTrue(next.console().frontProperty().get());
        assertEquals(AgentState.WAITING_FOR_CUSTOMER, alice.console().stateProperty().get(), "Alice's session goes on");
        assertEquals("482-111 111", alice.console().codeProperty().get());
        assertNotSame(alice.workspace().chat(), next.workspace().chat(), "nothing shared between sessions");
        assertNotSame(alice.workspace().screen(), next.workspace().screen());
    }

    @Test
    void theBadgeTellsOfUnreadChatUnansweredQuestionsAndControl() {
        SessionTabViewModel alice = open("Alice Martin");
        SessionTabViewModel bob = open("Bob");
        AgentSessionListener aliceHears = heard.get(0);
        aliceHears.stateChanged(AgentState.VIEWING, "Watching");
        assertEquals("", alice.badgeProperty().get());

        aliceHears.chatChanged(List.of(new ChatLine("c-1", false, "Alice", "Are you still there?",
                Instant.parse("2026-03-02T10:15:00Z"), ChatLine.Mark.SENT)));
        assertEquals("1 unread", alice.badgeProperty().get());
        assertEquals("", bob.badgeProperty().get(), "Bob's tab heard nothing");

        aliceHears.controlChanged(ControlState.REQUESTED, "");
        aliceHears.actionChanged(new ActionStatus("r-1", "Uninstall a program", ActionStatus.targetWords(Map.of("program", "foo")),
                ActionStatus.Stage.WAITING_FOR_CONSENT, -1, "Asked", Optional.empty()));
        assertEquals(2, alice.waitingProperty().get());
        assertEquals("1 unread · 2 waiting", alice.badgeProperty().get());
        assertEquals("Alice Martin · 1 unread · 2 waiting", alice.summaryProperty().get(),
                "the tab's tooltip and spoken name: one separator throughout");
        assertEquals("Bob", bob.summaryProperty().get());

        aliceHears.controlChanged(ControlState.IN_CONTROL, "");
        aliceHears.actionChanged(new ActionStatus("r-1", "Uninstall a program", ActionStatus.targetWords(Map.of("program", "foo")),
                ActionStatus.Stage.RUNNING, 10, "Removing", Optional.empty()));
        assertEquals("1 unread · in control", alice.badgeProperty().get());
        assertTrue(alice.inControlProperty().get());

        aliceHears.stateChanged(AgentState.ENDED, "The customer ended the session.");
        assertFalse(alice.inControlProperty().get());
        assertEquals("1 unread · ended", alice.badgeProperty().get());
    }

    @Test
    void whileReconnectingTheStatusLineAndTheBadgeSaySoAndTheResumeTellsWhereTheSessionStands() {
        SessionTabViewModel alice = open("Alice Martin");
        AgentSessionListener aliceHears = heard.get(0);
        aliceHears.stateChanged(AgentState.VIEWING, "The customer is sharing the screen (64×48).");
        aliceHears.controlChanged(ControlState.IN_CONTROL, "");

        aliceHears.controlChanged(ControlState.VIEW_ONLY, "The connection to the customer was lost, so control ended.");
        aliceHears.stateChanged(AgentState.RECONNECTING, "The connection to the customer was lost; reconnecting…");
        aliceHears.reconnecting(Instant.now().plusSeconds(120));
        assertEquals("Connection lost; reconnecting… The customer cannot be seen or helped until the session is back.",
                alice.console().statusProperty().get());
        assertEquals("reconnecting", alice.badgeProperty().get(), "one word for it, not control as well");
        assertTrue(alice.needsConfirmation(), "the customer is still in the session: closing asks first");

        aliceHears.stateChanged(AgentState.CONNECTED, "Back with the customer.");
        aliceHears.reconnected();
        assertEquals("Connected again. The customer is not sharing the screen; ask for control again when they do.",
                alice.console().statusProperty().get());
        assertEquals("", alice.badgeProperty().get());

        aliceHears.stateChanged(AgentState.VIEWING, "The customer is sharing the screen (64×48).");
        assertEquals("The customer is sharing the screen (64×48).", alice.console().statusProperty().get());
    }

    @Test
    void aCustomerWithoutANameIsNumberedByTheirTabAndThenCalledByTheirComputersName() {
        SessionTabViewModel first = open("");
        SessionTabViewModel bob = open("Bob");
        SessionTabViewModel second = open("");
        heard.get(0).codeReady("482-111 111");
        heard.get(2).codeReady("482-333 333");
        assertEquals("Code 482-111 111", first.titleProperty().get(), "nobody joined yet: the code");

        heard.get(2).stateChanged(AgentState.CONNECTED, "Connected");
        heard.get(1).stateChanged(AgentState.CONNECTED, "Connected");
        heard.get(0).stateChanged(AgentState.CONNECTED, "Connected");
        assertEquals("Customer 1", first.titleProperty().get(), "numbered in the order of the tabs, not of joining");
        assertEquals("Customer 2", second.titleProperty().get());
        assertEquals("Bob", bob.titleProperty().get(), "a named customer takes no number");

        ActionDescriptor info = new ActionDescriptor("system-info", "Show system information", ActionRisk.READ,
                "Reads it.", false, true, "", List.of());
        heard.get(0).actionCatalog("Debian GNU/Linux 12", List.of(info));
        heard.get(0).actionChanged(new ActionStatus("info-1", info.title(), "", ActionStatus.Stage.DONE, 100, "",
                Optional.of(new ActionResult("info-1", ActionResult.Outcome.SUCCEEDED, 0, "System information",
                        List.of(), 0, new ActionTable(List.of("Item", "Value"), List.of(
                                List.of(SystemInfoRows.COMPUTER_NAME, "ada-laptop"), List.of("Memory", "7.6 GB")), 0)))));
        assertEquals("ada-laptop", first.titleProperty().get(), "what the customer's computer calls itself");

        heard.get(2).stateChanged(AgentState.VIEWING, "Sharing");
        heard.get(2).stateChanged(AgentState.ENDED, "Ended");
        assertEquals("Customer 2", second.titleProperty().get(), "a customer keeps their number");
        SessionTabViewModel third = open("");
        heard.get(3).stateChanged(AgentState.CONNECTED, "Connected");
        assertEquals("Customer 3", third.titleProperty().get());
    }

    @Test
    void nextPreviousAndNumbersGoRoundTheTabs() {
        SessionTabViewModel first = open("One");
        SessionTabViewModel second = open("Two");
        SessionTabViewModel third = open("Three");

        sessions.selectNext();
        assertSame(first, sessions.selectedProperty().get(), "after the last, the first");
        sessions.selectPrevious();
        assertSame(third, sessions.selectedProperty().get(), "before the first, the last");
        sessions.select(1);
        assertSame(second, sessions.selectedProperty().get());
        sessions.select(7);
        assertSame(second, sessions.selectedProperty().get(), "no eighth tab: nothing changes");
        sessions.selectLast();
        assertSame(third, sessions.selectedProperty().get());
        assertEquals(List.of(false, false, true), sessions.tabs().stream()
                .map(tab -> tab.console().frontProperty().get()).toList(), "one session in front");
    }

    @Test
    void aSessionHearsWhenItGoesToTheBackAndComesInFrontAgain() {
        SessionTabViewModel alice = open("Alice Martin");
        List<String> told = new ArrayList<>();
        alice.console().frontProperty().addListener((obs, was, front) -> told.add(front ? "front" : "back"));

        open("Bob");
        sessions.select(alice);

        assertEquals(List.of("back", "front"), told);
    }

    @Test
    void closingATabEndsItsSessionAndBringsTheNextInFront() {
        SessionTabViewModel alice = open("Alice Martin");
        SessionTabViewModel bob = open("Bob");
        SessionTabViewModel carol = open("Carol");
        heard.get(1).stateChanged(AgentState.CONNECTED, "Connected");
        sessions.select(bob);
        assertTrue(bob.needsConfirmation(), "Bob is connected: closing asks first");
        assertFalse(alice.needsConfirmation(), "Alice has only a code: nothing to ask");
        assertEquals(List.of(bob), sessions.needingConfirmation());

        sessions.close(bob);

        assertEquals(AgentState.ENDED, bob.console().stateProperty().get(), "ended as End session ends it");
        assertEquals(List.of(alice, carol), sessions.tabs());
        assertSame(carol, sessions.selectedProperty().get(), "the tab to the right comes in front");
        assertTrue(carol.console().frontProperty().get());
        assertFalse(bob.console().frontProperty().get(), "a closed tab takes no input");
        assertFalse(alice.console().stateProperty().get() == AgentState.ENDED, "the others go on");

        sessions.close(carol);
        assertSame(alice, sessions.selectedProperty().get(), "no tab to the right: the one to the left");
        assertFalse(sessions.allEnded(), "Alice's session is still going");
        sessions.close(alice);
        assertNull(sessions.selectedProperty().get());
        assertTrue(sessions.emptyProperty().get());
        assertTrue(sessions.allEnded());
    }
}
