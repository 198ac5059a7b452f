package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage;

/**
 * The console records a pause of remote input, and its end, once each and by whoever made them, as the
 * customer's side does: the customer's own mouse pauses as the customer's and resumes as Tandem's; a
 * Tandem window in the way pauses as Tandem's, and the technician's click outside it resumes it as theirs.
 * The two pauses are told apart on screen, too: only at a Tandem window does the technician's pointer go on.
 */
class ControlPausedByTest {
    private static final String DANA = "technician:Dana";
    private static final String IN_THE_WAY = "A Tandem window is in the way on the customer's screen: remote input"
            + " cannot operate Tandem itself. Click outside it to go on.";
    private static final String MOUSE = "The customer is using their mouse.";

    private final List<JournalEvent> recorded = new ArrayList<>();
    private final List<String> actors = new ArrayList<>();
    private final List<ControlState> seen = new ArrayList<>();
    private final ControlHandshake control = new ControlHandshake(DANA, (who, event) -> {
        recorded.add(event);
        actors.add(who);
    }, message -> { }, new AgentSessionListener() {
        @Override public void stateChanged(AgentState state, String detail) {}
        @Override public void codeReady(String code) {}
        @Override public void paired(String checkString) {}
        @Override public void controlChanged(ControlState state, String detail) {
            seen.add(state);
        }
    });

    @BeforeEach
    void takeControl() throws Exception {
        control.request();
        control.handle(new ControlMessage.ControlGranted());
        recorded.clear();
        actors.clear();
        seen.clear();
    }

    @Test
    void aTandemWindowInTheWayIsTandemsPauseOnceAndTheTechniciansClickOutsideEndsIt() throws Exception {
        control.handle(ControlMessage.ControlPaused.byTandem(IN_THE_WAY));
        assertEquals(ControlState.PAUSED_AT_TANDEM_WINDOW, control.state());
        control.handle(ControlMessage.ControlPaused.byTandem(IN_THE_WAY)); // the same pause, told again
        control.handle(new ControlMessage.ControlResumed());

        assertEquals(ControlState.IN_CONTROL, control.state());
        assertEquals(List.of(new JournalEvent.ControlPaused(IN_THE_WAY), new JournalEvent.ControlResumed()), recorded);
        assertEquals(List.of("system", DANA), actors, "Tandem held input; the technician's click outside resumed it");
        assertEquals(List.of(ControlState.PAUSED_AT_TANDEM_WINDOW, ControlState.IN_CONTROL), seen);
    }

    @Test
    void theCustomersMouseIsTheirPauseAndTandemResumesIt() throws Exception {
        control.handle(ControlMessage.ControlPaused.byCustomer(MOUSE));
        assertEquals(ControlState.PAUSED, control.state());
        control.handle(new ControlMessage.ControlResumed());

        assertEquals(ControlState.IN_CONTROL, control.state());
        assertEquals(List.of(new JournalEvent.ControlPaused(MOUSE), new JournalEvent.ControlResumed()), recorded);
        assertEquals(List.of("customer", "system"), actors);
    }

    @Test
    void theCustomersMouseWhileATandemWindowIsInTheWayMakesThePauseTheirs() throws Exception {
        control.handle(ControlMessage.ControlPaused.byTandem(IN_THE_WAY));
        control.handle(ControlMessage.ControlPaused.byCustomer(MOUSE));
        assertEquals(ControlState.PAUSED, control.state(), "the technician's clicks wait for the customer now");
        control.handle(new ControlMessage.ControlResumed());

        assertEquals(List.of(new JournalEvent.ControlPaused(IN_THE_WAY), new JournalEvent.ControlPaused(MOUSE),
                new JournalEvent.ControlResumed()), recorded);
        assertEquals(List.of("system", "customer", "system"), actors);
        assertEquals(ControlState.IN_CONTROL, control.state());
    }

    @Test
    void aPauseThatEndsWithControlHasNoResumptionOfItsOwn() throws Exception {
        control.handle(ControlMessage.ControlPaused.byTandem(IN_THE_WAY));
        control.handle(ControlMessage.ControlRevoked.byCustomer("The customer took back control."));
        control.handle(new ControlMessage.ControlResumed()); // late: control is over

        assertEquals(List.of(new JournalEvent.ControlPaused(IN_THE_WAY),
                new JournalEvent.ControlStopped("customer", "The customer took back control.")), recorded);
        assertEquals(ControlState.VIEW_ONLY, control.state());
    }

    @Test
    void atATandemWindowControlIsStillHeldAndGivenBackByTheTechnician() throws Exception {
        control.handle(ControlMessage.ControlPaused.byTandem(IN_THE_WAY));
        control.request();
        assertEquals(ControlState.PAUSED_AT_TANDEM_WINDOW, control.state(), "in control already: nothing is asked");

        control.release();

        assertEquals(ControlState.VIEW_ONLY, control.state());
        assertEquals(new JournalEvent.ControlStopped("technician", "The technician gave control back."),
                recorded.get(recorded.size() - 1));
        assertEquals(DANA, actors.get(actors.size() - 1));
    }
}
