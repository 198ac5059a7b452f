package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.SessionMessage;

/**
 * Control across a dropped connection: an answer or a revocation sent before the drop comes again
 * after the resume; it must neither give control nor end the session, nor cancel a request made since.
 */
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
        control.connectionLost(LOST);
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

    @Test
    void aGrantForARequestTheDropEndedGivesNoControlAndTellsTheCustomersSideToKeepIt() throws Exception {
        control.request();
        control.connectionLost(LOST);
        sent.clear();

        control.handle(new ControlMessage.ControlGranted());

        assertEquals(ControlState.VIEW_ONLY, control.state());
        assertEquals(List.of(new ControlMessage.ControlReleased()), sent);
        assertEquals(ControlState.VIEW_ONLY, seen.get(seen.size() - 1));
        assertInstanceOf(JournalEvent.ConsentDecided.class, recorded.get(recorded.size() - 2));
        assertEquals(new JournalEvent.ControlStopped("technician:Dana", ControlHandshake.GRANTED_AS_THE_CONNECTION_DROPPED),
                recorded.get(recorded.size() - 1), "recorded before anything is sent");
        assertFalse(recorded.stream().anyMatch(JournalEvent.ControlStarted.class::isInstance));

        control.handle(new ControlMessage.ControlRevoked("The connection to your technician was lost."));
        assertEquals(ControlState.VIEW_ONLY, control.state(), "the customer's side took it back at the drop, too");
        control.request();
        control.handle(new ControlMessage.ControlGranted());
        assertEquals(ControlState.IN_CONTROL, control.state(), "a new request's grant counts");
    }

    @Test
    void aRequestAnswersOnceSoASecondGrantAfterTheDropIsRefused() throws Exception {
        control.request();
        control.connectionLost(LOST);
        control.handle(new ControlMessage.ControlGranted());

        assertThrows(ProtocolException.class, () -> control.handle(new ControlMessage.ControlGranted()));
        assertEquals(ControlState.VIEW_ONLY, control.state());
    }

    @Test
    void aGrantAfterADropWithNoRequestWaitingIsRefused() throws Exception {
        control.request();
        control.handle(new ControlMessage.ControlGranted());
        control.connectionLost(LOST); // in control, so no answer was owed

        assertThrows(ProtocolException.class, () -> control.handle(new ControlMessage.ControlGranted()));
        assertEquals(ControlState.VIEW_ONLY, control.state());
    }

    @Test
    void aDenialForARequestTheDropEndedIsRecordedAndUsesUpTheAnswer() throws Exception {
        control.request();
        control.connectionLost(LOST);
        control.handle(new ControlMessage.ControlDenied("The customer said no."));

        assertEquals(new JournalEvent.ConsentDecided(JournalEvent.Answer.DENIED, "control your mouse and keyboard", "",
                "The customer said no."), recorded.get(recorded.size() - 1));
        assertThrows(ProtocolException.class, () -> control.handle(new ControlMessage.ControlGranted()));
        assertFalse(control.state() == ControlState.IN_CONTROL);
    }

    @Test
    void aGrantNobodyEverAskedForIsRefused() {
        assertThrows(ProtocolException.class, () -> control.handle(new ControlMessage.ControlGranted()));
        control.endedBecause("Control ended with the session.");
        assertThrows(ProtocolException.class, () -> control.handle(new ControlMessage.ControlGranted()));
        assertEquals(ControlState.VIEW_ONLY, control.state());
    }

    private static final String LOST = "The connection to the customer was lost, so control ended.";
}
