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
 * And a request the technician withdraws: the answer that crosses the withdrawal must neither give
 * control nor show a denial.
 */
class ControlHandshakeTest {
    private final List<JournalEvent> recorded = new ArrayList<>();
    private final List<SessionMessage> sent = new ArrayList<>();
    private final List<ControlState> seen = new ArrayList<>();
    private final List<String> actors = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final ControlHandshake control = new ControlHandshake("technician:Dana", (who, event) -> {
        recorded.add(event);
        actors.add(who);
    }, sent::add, listener());

    @Test
    void aRevocationFromBeforeTheDropLeavesTheNewRequestWaitingAndItsGrantCounts() throws Exception {
        control.request();
        control.handle(new ControlMessage.ControlGranted());
        control.connectionLost(LOST);
        control.request();
        // The customer's revocation of the first grant, sent as the connection dropped, arrives after the resume.
        control.handle(ControlMessage.ControlRevoked.byTandem("The connection to your technician was lost."));

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
        control.handle(ControlMessage.ControlRevoked.byCustomer("The customer stopped control."));

        assertEquals(ControlState.VIEW_ONLY, control.state());
        assertTrue(recorded.stream().anyMatch(JournalEvent.ControlStopped.class::isInstance));
        assertEquals("customer", actors.get(actors.size() - 1), "the customer took it back: their entry");
    }

    @Test
    void controlTandemEndedOnTheCustomersSideIsRecordedByTandem() throws Exception {
        control.request();
        control.handle(new ControlMessage.ControlGranted());
        control.handle(ControlMessage.ControlRevoked.byTandem("The customer paused sharing the screen."));

        assertEquals(new JournalEvent.ControlStopped("system", "The customer paused sharing the screen."),
                recorded.get(recorded.size() - 1));
        assertEquals("system", actors.get(actors.size() - 1), "nobody took it back: Tandem ended it");
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
        assertEquals(new JournalEvent.ControlStopped("system", ControlHandshake.GRANTED_AS_THE_CONNECTION_DROPPED),
                recorded.get(recorded.size() - 1), "recorded before anything is sent");
        assertEquals("system", actors.get(actors.size() - 1));
        assertFalse(recorded.stream().anyMatch(JournalEvent.ControlStarted.class::isInstance));

        control.handle(ControlMessage.ControlRevoked.byTandem("The connection to your technician was lost."));
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
    void aDenialForARequestTheDropEndedLeavesControlEndedRatherThanDenied() throws Exception {
        control.request();
        control.connectionLost(LOST);
        seen.clear();

        control.handle(new ControlMessage.ControlDenied("The customer said no."));

        assertEquals(ControlState.VIEW_ONLY, control.state(),
                "the technician was told control ended with the connection; a late no changes nothing shown");
        assertEquals(List.of(), seen, "the view hears of no denial");
    }

    @Test
    void aQuestionTheCustomersSideClosedBeforeAnAnswerIsTandemsNoNotTheCustomers() throws Exception {
        control.request();

        control.handle(new ControlMessage.ControlDenied("The customer paused sharing before they answered.", true));

        assertEquals(ControlState.NOT_ANSWERED, control.state(), "not a no the customer gave");
        assertEquals("The customer paused sharing before they answered.", details.get(details.size() - 1),
                "the status line says why");
        assertEquals(new JournalEvent.ConsentDecided(JournalEvent.Answer.DENIED, "control your mouse and keyboard", "",
                "The customer paused sharing before they answered."), recorded.get(recorded.size() - 1),
                "nobody answered it in time, either");
        assertEquals("system", actors.get(actors.size() - 1), "the customer did not say no");
    }

    @Test
    void aQuestionNobodyAnsweredInTimeIsShownAsNoAnswerNotAsTheCustomersNo() throws Exception {
        control.request();

        control.handle(ControlMessage.ControlDenied.nobodyAnswered());

        assertEquals(ControlState.NOT_ANSWERED, control.state());
        assertEquals(List.of(ControlState.REQUESTED, ControlState.NOT_ANSWERED), seen);
        assertEquals(ControlHandshake.NO_ANSWER_IN_TIME, details.get(details.size() - 1));
        assertEquals("The customer did not answer in time.", ControlHandshake.NO_ANSWER_IN_TIME);
        assertEquals("system", actors.get(actors.size() - 1));
    }

    @Test
    void theCustomersNoIsShownAsDenied() throws Exception {
        control.request();

        control.handle(new ControlMessage.ControlDenied("The customer said no."));

        assertEquals(ControlState.DENIED, control.state());
        assertEquals("The customer said no.", details.get(details.size() - 1));
        assertEquals("customer", actors.get(actors.size() - 1));
    }

    @Test
    void theQuestionPutToTheCustomerIsRecordedAsTandemsAsTheCustomersSideRecordsIt() throws Exception {
        control.request();

        int asked = -1;
        for (int i = 0; i < recorded.size(); i++) {
            if (recorded.get(i) instanceof JournalEvent.ConsentAsked) {
                asked = i;
            }
        }
        assertTrue(asked >= 0, recorded.toString());
        assertEquals("system", actors.get(asked), "Tandem asks the customer; the customer has not done anything yet");
    }

    @Test
    void nobodyAnsweringInTimeIsRecordedByTandemAsTheCustomersSideRecordsIt() throws Exception {
        control.request();

        control.handle(ControlMessage.ControlDenied.nobodyAnswered());

        assertEquals(new JournalEvent.ConsentDecided(JournalEvent.Answer.TIMED_OUT, "control your mouse and keyboard", "",
                ""), recorded.get(recorded.size() - 1));
        assertEquals("system", actors.get(actors.size() - 1), "nobody answered, so the customer did nothing");
    }

    @Test
    void aLateNobodyAnsweredFromBeforeTheDropIsRecordedByTandem() throws Exception {
        control.request();
        control.connectionLost(LOST);

        control.handle(ControlMessage.ControlDenied.nobodyAnswered());

        assertEquals(JournalEvent.Answer.TIMED_OUT,
                assertInstanceOf(JournalEvent.ConsentDecided.class, recorded.get(recorded.size() - 1)).answer());
        assertEquals("system", actors.get(actors.size() - 1));
    }

    @Test
    void aLateDenialTheCustomersSideGaveForTheCustomerIsRecordedAsTandemsNo() throws Exception {
        control.request();
        control.connectionLost(LOST);
        seen.clear();

        control.handle(new ControlMessage.ControlDenied("The session ended before the customer answered.", true));

        assertEquals(JournalEvent.Answer.DENIED,
                assertInstanceOf(JournalEvent.ConsentDecided.class, recorded.get(recorded.size() - 1)).answer());
        assertEquals("system", actors.get(actors.size() - 1));
        assertEquals(List.of(), seen, "a late no changes nothing shown");
    }

    @Test
    void aGrantNobodyEverAskedForIsRefused() {
        assertThrows(ProtocolException.class, () -> control.handle(new ControlMessage.ControlGranted()));
        control.endedBecause("Control ended with the session.");
        assertThrows(ProtocolException.class, () -> control.handle(new ControlMessage.ControlGranted()));
        assertEquals(ControlState.VIEW_ONLY, control.state());
    }

    @Test
    void aWithdrawalIsRecordedBeforeItIsSentAndTheQuestionsClosingChangesNothingMore() throws Exception {
        List<Integer> recordedWhenSent = new ArrayList<>();
        ControlHandshake watched = new ControlHandshake("technician:Dana", (who, event) -> recorded.add(event),
                message -> {
                    recordedWhenSent.add(recorded.size());
                    sent.add(message);
                }, listener());
        watched.request();
        recorded.clear();
        recordedWhenSent.clear();
        sent.clear();

        watched.withdraw();

        assertEquals(List.of(new ControlMessage.ControlRequestWithdrawn()), sent);
        assertEquals(List.of(new JournalEvent.ConsentDecided(JournalEvent.Answer.WITHDRAWN,
                "control your mouse and keyboard", "", ControlHandshake.WITHDRAWN_BEFORE_AN_ANSWER)), recorded);
        assertEquals(List.of(1), recordedWhenSent, "recorded before it was sent");
        assertEquals(ControlState.WITHDRAWN, watched.state());

        // The customer's side closed the question and says so; it was recorded here already.
        watched.handle(ControlMessage.ControlDenied.toWithdrawal("The technician withdrew the request before you answered."));
        assertEquals(1, recorded.size(), recorded.toString());
        assertEquals(ControlState.WITHDRAWN, watched.state());
        assertThrows(ProtocolException.class, () -> watched.handle(new ControlMessage.ControlGranted()),
                "the withdrawn request had its one answer");
    }

    @Test
    void aYesThatCrossesTheWithdrawalTakesNoControlAndGivesItBack() throws Exception {
        control.request();
        control.withdraw();
        sent.clear();
        seen.clear();

        control.handle(new ControlMessage.ControlGranted());

        assertEquals(ControlState.WITHDRAWN, control.state(), "the technician withdrew: no control is taken");
        assertEquals(List.of(new ControlMessage.ControlReleased()), sent, "the customer's side lets go of it");
        assertEquals(List.of(
                new JournalEvent.ConsentDecided(JournalEvent.Answer.WITHDRAWN, "control your mouse and keyboard", "",
                        ControlHandshake.WITHDRAWN_BEFORE_AN_ANSWER),
                new JournalEvent.ConsentDecided(JournalEvent.Answer.GRANTED, "control your mouse and keyboard", "", ""),
                new JournalEvent.ControlStopped("technician", ControlHandshake.GRANTED_AS_IT_WAS_WITHDRAWN)),
                recorded.subList(recorded.size() - 3, recorded.size()), "the late yes, and that control went back");
        assertFalse(recorded.stream().anyMatch(JournalEvent.ControlStarted.class::isInstance));
        assertEquals(List.of(ControlState.WITHDRAWN), seen);
        assertThrows(ProtocolException.class, () -> control.handle(new ControlMessage.ControlGranted()),
                "a second yes for the same request");
    }

    @Test
    void aNoThatCrossesTheWithdrawalIsRecordedButNotShownAsADenial() throws Exception {
        control.request();
        control.withdraw();
        seen.clear();
        sent.clear();

        control.handle(new ControlMessage.ControlDenied("The customer said no."));

        assertEquals(ControlState.WITHDRAWN, control.state());
        assertEquals(List.of(), seen, "the technician reads no “The customer said no”");
        assertEquals(List.of(), sent);
        assertEquals(new JournalEvent.ConsentDecided(JournalEvent.Answer.DENIED, "control your mouse and keyboard", "",
                "The customer said no."), recorded.get(recorded.size() - 1), "the late no is on the record");

        control.handle(new ControlMessage.ControlDenied("The customer did not answer.", true));
        assertEquals(ControlState.WITHDRAWN, control.state(), "a denial with no request behind it changes nothing");
    }

    @Test
    void aNewRequestWaitsUntilTheWithdrawnOneIsAnswered() throws Exception {
        List<String> notSent = new ArrayList<>();
        ControlHandshake asking = new ControlHandshake("technician:Dana", (who, event) -> recorded.add(event), sent::add,
                new AgentSessionListener() {
                    @Override public void stateChanged(AgentState state, String detail) {}
                    @Override public void codeReady(String code) {}
                    @Override public void paired(String checkString) {}
                    @Override public void controlChanged(ControlState state, String detail) {}
                    @Override public void controlRequestNotSent(ControlState state, String reason) {
                        notSent.add(reason);
                    }
                });
        asking.request();
        asking.withdraw();
        sent.clear();

        asking.request();
        assertEquals(List.of(), sent, "its answer could not be told from the withdrawn one's");
        assertEquals(List.of(ControlHandshake.STILL_WITHDRAWING), notSent);

        asking.handle(ControlMessage.ControlDenied.toWithdrawal("The technician withdrew the request before you answered."));
        asking.request();
        assertEquals(List.of(new ControlMessage.ControlRequest()), sent);
        asking.handle(new ControlMessage.ControlGranted());
        assertEquals(ControlState.IN_CONTROL, asking.state(), "the new request's yes counts");
    }

    @Test
    void givingBackWhileTheCustomerIsAskedWithdrawsAndWithdrawingAnythingElseDoesNothing() throws Exception {
        control.withdraw();
        assertEquals(List.of(), sent, "nothing asked, nothing to withdraw");
        control.request();
        control.handle(new ControlMessage.ControlGranted());
        sent.clear();
        control.withdraw();
        assertEquals(List.of(), sent, "in control, there is no request to withdraw");
        control.release();
        control.request();
        sent.clear();

        control.release();

        assertEquals(List.of(new ControlMessage.ControlRequestWithdrawn()), sent,
                "not control-released, which would leave the customer's question open");
        assertEquals(ControlState.WITHDRAWN, control.state());
    }

    @Test
    void aWithdrawalTheDropOvertookLeavesTheNextRequestFree() throws Exception {
        control.request();
        control.withdraw();
        control.connectionLost(LOST);
        sent.clear();

        // The customer's side answered the question no at the loss, unsent; the withdrawal finds nothing open.
        control.request();
        assertEquals(List.of(new ControlMessage.ControlRequest()), sent);
        control.handle(new ControlMessage.ControlGranted());
        assertEquals(ControlState.IN_CONTROL, control.state());
    }

    @Test
    void aYesForAWithdrawnRequestThatComesAfterADropTakesNoControl() throws Exception {
        control.request();
        control.withdraw();
        control.connectionLost(LOST);
        sent.clear();

        control.handle(new ControlMessage.ControlGranted());

        assertEquals(ControlState.VIEW_ONLY, control.state());
        assertEquals(List.of(new ControlMessage.ControlReleased()), sent);
    }

    @Test
    void aWithdrawalIsNoAnswerTheCustomerSends() throws Exception {
        control.request();
        assertFalse(control.handle(new ControlMessage.ControlRequestWithdrawn()), "left to the session, which refuses it");
        assertEquals(ControlState.REQUESTED, control.state());
    }

    private AgentSessionListener listener() {
        return new AgentSessionListener() {
            @Override public void stateChanged(AgentState state, String detail) {}
            @Override public void codeReady(String code) {}
            @Override public void paired(String checkString) {}
            @Override public void controlChanged(ControlState state, String detail) {
                seen.add(state);
                details.add(detail);
            }
        };
    }

    private static final String LOST = "The connection to the customer was lost, so control ended.";
}
