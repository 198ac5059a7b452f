package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.log.ConsentPurposes;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.screen.TileScreenEncoder;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.testing.PatternFrameSource;
import org.tandem.shared.wire.UnprotectedRecordCipher;

/** The customer's share as the console follows it: who a monitor switch is recorded as, and what the session's state does. */
class CustomerShareTest {
    private static final String ACTOR = "technician:Dana";
    private static final List<ControlMessage.Monitor> BOTH = List.of(new ControlMessage.Monitor(0, 0, 64, 48),
            new ControlMessage.Monitor(64, 0, 40, 32));

    private record Recorded(String who, JournalEvent event) {}

    private final List<Recorded> recorded = new ArrayList<>();
    private final List<SessionMessage> sent = new ArrayList<>();
    private final List<AgentState> moves = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final List<String> controlDetails = new ArrayList<>();
    private final List<ControlMessage.ScreenMonitors> told = new ArrayList<>();
    private AgentState state = AgentState.CONNECTED;

    private final AgentSessionListener listener = new AgentSessionListener() {
        @Override
        public void stateChanged(AgentState next, String detail) {
        }

        @Override
        public void codeReady(String code) {
        }

        @Override
        public void paired(String checkString) {
        }

        @Override
        public void controlChanged(ControlState next, String detail) {
            controlDetails.add(detail);
        }

        @Override
        public void monitorsChanged(ControlMessage.ScreenMonitors monitors) {
            told.add(monitors);
        }
    };
    private final SessionChannel channel = new SessionChannel(InputStream.nullInputStream(),
            OutputStream.nullOutputStream(), () -> {}, new UnprotectedRecordCipher(), new UnprotectedRecordCipher());
    private final ControlHandshake control = new ControlHandshake(ACTOR, (who, event) -> recorded.add(new Recorded(who,
            event)), sent::add, listener);
    private final CustomerShare share = new CustomerShare(ACTOR, (who, event) -> recorded.add(new Recorded(who, event)),
            sent::add, listener, new ScreenFeed(() -> channel, sent::add, listener), control, () -> state,
            (next, detail) -> {
                state = next;
                moves.add(next);
                details.add(detail);
            });

    @Test
    void onlyTheFirstShareIsRecordedAsTheCustomerAcceptingTheSession() throws Exception {
        share.handle(new ControlMessage.ScreenShareStarted(64, 48));
        share.handle(ControlMessage.ScreenShareStopped.byCustomer(JournalEvent.ShareStopped.PAUSED));
        share.handle(new ControlMessage.ScreenShareStarted(64, 48));

        List<Recorded> accepted = recorded.stream().filter(r -> r.event() instanceof JournalEvent.ConsentDecided d
                && d.purpose().equals(ConsentPurposes.SESSION)).toList();
        assertEquals(List.of(new Recorded("customer", new JournalEvent.ConsentDecided(JournalEvent.Answer.GRANTED,
                ConsentPurposes.SESSION, "", ""))), accepted);
        assertEquals(List.of("customer", "customer"), recorded.stream()
                .filter(r -> r.event() instanceof JournalEvent.ShareStarted).map(Recorded::who).toList(),
                "the customer shares their screen; the console's Activity said the technician did");
        assertEquals(List.of(AgentState.VIEWING, AgentState.CONNECTED, AgentState.VIEWING), moves);
    }

    @Test
    void aSwitchTheTechnicianAskedForIsRecordedAsTheirsAndOneTheCustomerMadeAsTheCustomers() throws Exception {
        share.handle(new ControlMessage.ScreenMonitors(BOTH, 1, 64, 48));
        share.handle(new ControlMessage.ScreenShareStarted(64, 48));

        share.switchTo(2);
        assertEquals(new ControlMessage.ScreenSwitch(2), sent.get(sent.size() - 1));
        share.handle(new ControlMessage.ScreenMonitors(BOTH, 2, 40, 32));
        share.handle(new ControlMessage.ScreenMonitors(BOTH, 1, 64, 48)); // the customer's own choice

        List<Recorded> switches = recorded.stream().filter(r -> r.event() instanceof JournalEvent.ShareSwitched)
                .toList();
        assertEquals(List.of(new Recorded(ACTOR, new JournalEvent.ShareSwitched("technician", 2, 2, 40, 32)),
                new Recorded("customer", new JournalEvent.ShareSwitched("customer", 1, 2, 64, 48))), switches);
        assertEquals(3, told.size(), "the view hears of every list");
    }

    @Test
    void noSwitchIsAskedForUnlessViewingAMonitorTheCustomerHasAndDoesNotShareYet() throws Exception {
        share.switchTo(2); // no monitors known yet
        share.handle(new ControlMessage.ScreenMonitors(BOTH, 1, 64, 48));
        share.switchTo(2); // known, but not viewing
        share.handle(new ControlMessage.ScreenShareStarted(64, 48));
        sent.clear();

        share.switchTo(3);
        share.switchTo(1);
        share.switchTo(-1);
        assertEquals(List.of(), sent);

        share.switchTo(ControlMessage.ScreenMonitors.ALL);
        assertEquals(List.of(new ControlMessage.ScreenSwitch(0)), sent);
    }

    @Test
    void sharingStoppedEndsControlAndTheSessionIsConnectedAgain() throws Exception {
        share.handle(new ControlMessage.ScreenShareStarted(64, 48));
        control.moveTo(ControlState.IN_CONTROL, "granted");

        share.handle(ControlMessage.ScreenShareStopped.byCustomer(JournalEvent.ShareStopped.PAUSED));

        assertEquals(ControlState.VIEW_ONLY, control.state());
        assertEquals(AgentState.CONNECTED, state);
        assertEquals(new Recorded("customer", new JournalEvent.ShareStopped("customer",
                "The customer paused sharing the screen.")), recorded.get(recorded.size() - 1));
        assertEquals(List.of("The customer is sharing the screen (64×48).",
                "The customer paused sharing the screen. You see nothing until they share it again."), details);
        assertEquals("The customer paused sharing the screen.", controlDetails.get(controlDetails.size() - 1));
    }

    @Test
    void aScreenTheCustomersSideCouldNotCaptureIsRecordedAsTandemsStopNotTheCustomersPause() throws Exception {
        share.handle(ControlMessage.ScreenShareStopped.byTandem(JournalEvent.ShareStopped.NOT_CAPTURED));

        JournalEvent.ShareStopped stopped = new JournalEvent.ShareStopped("system",
                "The customer's screen could not be captured.");
        assertEquals(new Recorded("system", stopped), recorded.get(recorded.size() - 1));
        assertEquals(false, stopped.paused());
        assertEquals(List.of("The customer's screen could not be captured."), details);
        assertEquals(ControlState.VIEW_ONLY, control.state());
    }

    @Test
    void anUpdateStillInFlightAfterSharingStoppedIsDropped() throws Exception {
        ScreenUpdate late = new TileScreenEncoder().encode(new PatternFrameSource(64, 48).capture()).get(0);
        share.handle(new ControlMessage.ScreenShareStarted(64, 48));
        share.handle(ControlMessage.ScreenShareStopped.byCustomer(JournalEvent.ShareStopped.PAUSED));

        assertDoesNotThrow(() -> share.update(late), "no frame nobody asked for: it is not viewed at all");
    }

    @Test
    void otherMessagesAreLeftToTheSession() throws Exception {
        assertEquals(false, share.handle(new ControlMessage.ControlGranted()));
        assertEquals(List.of(), moves);
    }
}
