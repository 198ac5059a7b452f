package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.session.AgentSessionListener;
import org.tandem.agent.session.AgentState;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRisk;

/** Whatever a session reports reaches the window and its tabs; a report added later cannot be forgotten here. */
class WorkspaceListenerTest {
    @TempDir
    Path data;

    @Test
    void everyReportOfASessionIsPassedOn() throws Exception {
        List<String> missing = Arrays.stream(AgentSessionListener.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> {
                    try {
                        Method own = WorkspaceListener.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
                        return own == null;
                    } catch (NoSuchMethodException e) {
                        return true;
                    }
                }).map(Method::getName).toList();
        assertEquals(List.of(), missing, "WorkspaceListener must pass these on to the console and its tabs");
    }

    @Test
    void theConsoleAndTheTabsHearTheSession() {
        ConsoleWorkspace workspace = NoSessions.workspace(data);
        WorkspaceListener listener = new WorkspaceListener(workspace.console(), workspace);
        ActionDescriptor info = new ActionDescriptor("system-info", "Show system information", ActionRisk.READ,
                "Reads it.", false, true, "", List.of());
        listener.actionCatalog("Debian GNU/Linux 12", List.of(info));
        listener.stateChanged(AgentState.VIEWING, "Watching");
        listener.customerTyping(true);
        listener.workingAnswered(new org.tandem.shared.message.ControlMessage.WorkingAnswer("no"));

        assertEquals(List.of(info), workspace.console().actions().catalog());
        assertEquals("Debian GNU/Linux 12", workspace.customer().osProperty().get());
        assertEquals(AgentState.VIEWING, workspace.console().stateProperty().get());
        assertTrue(workspace.chat().customerTypingProperty().get());
        assertEquals("no", workspace.wrapUp().answerProperty().get());
    }

    @Test
    void aLostConnectionShowsTheBannerAndTheTabSaysReconnectingUntilResumedOrEnded() {
        ConsoleWorkspace workspace = NoSessions.workspace(data);
        WorkspaceListener listener = new WorkspaceListener(workspace.console(), workspace);
        SessionTabViewModel tab = new SessionTabViewModel(workspace);
        listener.stateChanged(AgentState.VIEWING, "Watching");

        listener.stateChanged(AgentState.RECONNECTING, "Lost; reconnecting");
        listener.reconnecting(java.time.Instant.now().plusSeconds(120));
        assertTrue(workspace.reconnecting().showingProperty().get());
        assertEquals("reconnecting", tab.badgeProperty().get());

        listener.stateChanged(AgentState.CONNECTED, "Connected again");
        listener.reconnected();
        assertFalse(workspace.reconnecting().showingProperty().get());
        assertEquals("", tab.badgeProperty().get());

        listener.stateChanged(AgentState.RECONNECTING, "Lost; reconnecting");
        listener.reconnecting(java.time.Instant.now().plusSeconds(120));
        listener.stateChanged(AgentState.ENDED, "The session ended.");
        assertFalse(workspace.reconnecting().showingProperty().get());
        assertEquals("ended", tab.badgeProperty().get());
    }
}
