package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;

/**
 * The codes the console prints for scripts and the demo, which hand the first printed code to the first
 * customer: printed in the order of the tabs, whichever code the relay gave first, so that the first
 * customer joins the first tab and is "Customer 1".
 */
class SessionCodePrinterTest {
    @TempDir
    Path dataDir;

    private final List<AgentSessionListener> heard = new ArrayList<>();
    private final List<String> printed = new ArrayList<>();
    private SessionsViewModel sessions;

    @BeforeEach
    void openTheWindow() {
        sessions = OfflineSessions.window(dataDir, heard);
        SessionCodePrinter.install(sessions.tabs(), printed::add);
    }

    @Test
    void twoSessionsAtStartPrintTheirCodesInTheOrderOfTheirTabsAndTheFirstToJoinIsCustomer1() {
        SessionTabViewModel first = sessions.newSession();
        SessionTabViewModel second = sessions.newSession();

        heard.get(1).codeReady("222-222 222"); // the relay answered the second tab first
        assertEquals(List.of(), printed, "the second tab's code waits for the first's");
        heard.get(0).codeReady("111-111 111");
        assertEquals(List.of("111-111 111", "222-222 222"), printed);

        // The demo gives the first code printed to the customer it starts first, who joins first.
        heard.get(0).stateChanged(AgentState.CONNECTED, "Connected");
        assertEquals("Customer 1", first.titleProperty().get());
        heard.get(1).stateChanged(AgentState.CONNECTED, "Connected");
        assertEquals("Customer 2", second.titleProperty().get());
    }

    @Test
    void aTabClosedOrEndedBeforeItsCodeCameHoldsNoLaterCodeBackAndANewCodeIsPrintedAsItComes() {
        SessionTabViewModel first = sessions.newSession();
        sessions.newSession();
        heard.get(1).codeReady("222-222 222");
        sessions.close(first);
        assertEquals(List.of("222-222 222"), printed);

        SessionTabViewModel third = sessions.newSession();
        sessions.newSession();
        heard.get(2).stateChanged(AgentState.ENDED, "The relay could not be reached.");
        heard.get(3).codeReady("333-333 333");
        heard.get(1).codeReady("444-444 444"); // a fresh code for the second tab's customer
        assertEquals(List.of("222-222 222", "333-333 333", "444-444 444"),
                printed);
        assertEquals(AgentState.ENDED, third.console().stateProperty().get());
    }
}
