package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage;

/**
 * The console's log names who ended control in {@code control.stopped}'s {@code by}, as the customer's
 * does (decision 0031): the technician when they gave it back, the customer when they took it back,
 * and {@code system} when Tandem ended it (sharing stopped, or a yes came for a request the lost
 * connection had ended).
 */
class ControlStoppedByTest {
    private final List<JournalEvent> recorded = new ArrayList<>();
    private final ControlHandshake control = new ControlHandshake("technician:Dana", (who, event) -> recorded.add(event),
            message -> { }, new AgentSessionListener() {
                @Override public void stateChanged(AgentState state, String detail) {}
                @Override public void codeReady(String code) {}
                @Override public void paired(String checkString) {}
                @Override public void controlChanged(ControlState state, String detail) {}
            });

    @Test
    void controlGivenBackIsEndedByTheTechnician() throws Exception {
        control.request();
        control.handle(new ControlMessage.ControlGranted());

        control.release();

        assertEquals(new JournalEvent.ControlStopped("technician", "The technician gave control back."), stopped());
    }

    @Test
    void controlTheCustomerTookBackIsEndedByTheCustomer() throws Exception {
        control.request();
        control.handle(new ControlMessage.ControlGranted());

        control.handle(ControlMessage.ControlRevoked.byCustomer("The customer took back control."));

        assertEquals(new JournalEvent.ControlStopped("customer", "The customer took back control."), stopped());
    }

    @Test
    void controlThatEndedWithSharingIsEndedByTandem() throws Exception {
        control.request();
        control.handle(new ControlMessage.ControlGranted());

        control.handle(ControlMessage.ControlRevoked.byTandem("The customer paused sharing the screen."));

        assertEquals(new JournalEvent.ControlStopped("system", "The customer paused sharing the screen."), stopped());
    }

    @Test
    void aYesForARequestTheLostConnectionEndedIsGivenBackByTandem() throws Exception {
        control.request();
        control.connectionLost("The connection to the customer was lost.");

        control.handle(new ControlMessage.ControlGranted());

        assertEquals(new JournalEvent.ControlStopped("system", ControlHandshake.GRANTED_AS_THE_CONNECTION_DROPPED),
                stopped());
    }

    @Test
    void aYesForAWithdrawnRequestIsGivenBackByTheTechnicianWhoWithdrewIt() throws Exception {
        control.request();
        control.withdraw();

        control.handle(new ControlMessage.ControlGranted());

        assertEquals(new JournalEvent.ControlStopped("technician", ControlHandshake.GRANTED_AS_IT_WAS_WITHDRAWN),
                stopped());
    }

    /** The one end of control on record. */
    private JournalEvent.ControlStopped stopped() {
        List<JournalEvent.ControlStopped> ends = recorded.stream().filter(JournalEvent.ControlStopped.class::isInstance)
                .map(JournalEvent.ControlStopped.class::cast).toList();
        assertEquals(1, ends.size(), recorded.toString());
        return ends.get(0);
    }
}
