package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;

/** Control across a dropped connection: a revocation sent before the drop must not cancel the request made after it. */
class ControlHandshakeTest {
    private final List<JournalEvent> recorded = new ArrayList<>();
    private final List<SessionMessage> sent = new ArrayList<>();
    private final List<ControlState> seen = new ArrayList<>();
    private final ControlHandshake control = new ControlHandshake("technician:Dana", (who, event) -> recorded.add(event),
            sent::add, new AgentSessionListener() {
                @Override public void stateChanged(AgentState state, String detail) {}
                @Override public void codeReady(String code) {}
                @Override public void paired(String checkString) {}
                @Override public void controlChanged(ControlState state, String detail) {
                    seen.add(state);
                }
            });

    @Test
    void aRevocationFromBeforeTheDropLeavesTheNewRequestWaitingAndItsGrantCounts() throws Exception {
        control.request();
        control.handle(new ControlMessage.ControlGranted());
        control.endedBecause("The connection to the customer was lost, so control ended.");
        control.request();
        // The customer's revocation of the first grant, sent as the connection dropped, arrives after the resume.
        control.handle(new ControlMessage.ControlRevoked("The connection to your technician was lost."));

        assertEquals(ControlState.REQUESTED, control.state(), "the new request still waits for its answer");
        control.handle(new ControlMessage.ControlGranted());
        assertEquals(ControlState.IN_CONTROL, control.state());
        assertFalse(recorded.stream().anyMatch(JournalEvent.ControlStopped.class::isInstance),
                "control was already over here; the late revocation stops nothing");
    }

    @Test
    void aRevocationWhileInControlEndsIt() throws Exception {
        control.request();
        control.handle(new ControlMessage.ControlGranted());
        control.handle(new ControlMessage.ControlRevoked("The customer stopped control."));

        assertEquals(ControlState.VIEW_ONLY, control.state());
        assertTrue(recorded.stream().anyMatch(JournalEvent.ControlStopped.class::isInstance));
    }
}
