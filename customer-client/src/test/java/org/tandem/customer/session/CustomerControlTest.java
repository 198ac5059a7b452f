package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.customer.control.InputInjector;
import org.tandem.customer.control.OwnWindows;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.SessionMessage;

/**
 * Control on the customer's side across a dropped connection: nothing the customer allowed outlives
 * the loss, and the technician's side never hears of a grant the customer's side does not hold. And a
 * request the technician withdraws: the question closes, is recorded first, and grants nothing; an
 * answer given before the withdrawal stands. Real control, consent broker and input gate; the journal
 * and the technician are stand-ins.
 */
class CustomerControlTest {
    private static final String LOST = "The connection to your technician was lost.";

    private final List<JournalEvent> recorded = new CopyOnWriteArrayList<>();
    private final List<SessionMessage> sent = new CopyOnWriteArrayList<>();
    private final List<Boolean> told = new CopyOnWriteArrayList<>();
    private final List<String> toldDetails = new CopyOnWriteArrayList<>();
    private final List<String> toldWithdrawn = new CopyOnWriteArrayList<>();
    private final List<String> actors = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Boolean>> prompts = new CopyOnWriteArrayList<>();
    /** Runs as each event is recorded, before the recorder goes on. */
    private volatile Consumer<JournalEvent> whenRecorded = event -> { };
    /** Runs as each message is sent, before the sender goes on. */
    private volatile Consumer<SessionMessage> whenSent = message -> { };
    private final CustomerControl control = new CustomerControl(new InputInjector() {
        @Override
        public void inject(InputEvent event) {
        }

        @Override
        public void releaseAll() {
        }
    }, Clock.systemUTC(), Duration.ofSeconds(2), OwnWindows.NONE, new CustomerControl.Listener() {
        @Override
        public void controlChanged(boolean granted, String detail) {
            told.add(granted);
            toldDetails.add(detail);
        }

        @Override
        public void requestWithdrawn(String technician) {
            toldWithdrawn.add(technician);
        }
    });
    private ConsentBroker broker;

    @BeforeEach
    void attach() {
        SessionJournal journal = (actor, event) -> {
            recorded.add(event);
            actors.add(actor);
            whenRecorded.accept(event);
        };
        broker = new ConsentBroker(journal, request -> {
            CompletableFuture<Boolean> shown = new CompletableFuture<>();
            prompts.add(shown);
            return shown;
        }, () -> control.gate().promptOpened(), Runnable::run, waiting -> { });
        control.attach(journal, message -> {
            sent.add(message);
            whenSent.accept(message);
        }, new IdentityVerdict.Verified("Dana", "Contoso Support"), broker, Duration.ofMinutes(1));
    }

    @Test
    void aTechnicianWhoseIdentityIsNotVerifiedIsCalledAsEverywhereElseInTheSession() {
        control.attach((actor, event) -> recorded.add(event), sent::add,
                new IdentityVerdict.Unverified("Dana", "", "no certificate"), broker, Duration.ofMinutes(1));

        control.requested(DANA, () -> true);
        control.withdrawn(DANA);
        control.requested(DANA, () -> true);
        prompts.get(1).complete(true);

        String named = TechnicianIntroduction.capitalized(TechnicianIntroduction.UNNAMED);
        assertEquals(List.of(named), toldWithdrawn);
        assertEquals(List.of(named + " is controlling your computer"), toldDetails);
    }

    @Test
    void theTechniciansRequestIsRecordedAsTheTechniciansNotTheCustomers() {
        control.requested(DANA, () -> true);

        int asked = recorded.indexOf(new JournalEvent.ControlRequested());
        assertTrue(asked >= 0, recorded.toString());
        assertEquals(DANA, actors.get(asked), "the technician asked for control; the customer only answers");
    }

    /** What the customer's session does when the connection drops, in its order. */
    private void connectionLost() {
        control.connectionLost(LOST);
        broker.settleAll(SettledBecause.CONNECTION_LOST, ConsentBroker.CONNECTION_LOST);
    }

    @Test
    void anAllowRecordedAsTheConnectionDropsGrantsNothing() {
        control.requested(DANA, () -> true);
        // The broker records the Allow under its lock; the loss is noticed meanwhile (here, right then).
        whenRecorded = event -> {
            if (event instanceof JournalEvent.ConsentDecided decided && decided.answer() == JournalEvent.Answer.GRANTED) {
                whenRecorded = ignored -> { };
                connectionLost();
            }
        };

        prompts.get(0).complete(true);

        assertFalse(control.gate().isGranted(), "control was granted after the connection was lost");
        assertEquals(List.of(), sent, "the technician's side hears of no grant");
        assertFalse(told.contains(Boolean.TRUE), told.toString());
        assertFalse(recorded.stream().anyMatch(JournalEvent.ControlStarted.class::isInstance), recorded.toString());
    }

    @Test
    void aGrantWhoseSendFindsTheConnectionGoneIsTakenBackAndTheCustomerReadsThatLast() {
        control.requested(DANA, () -> true);
        // The write of the grant fails: the sending thread notices the loss and handles it there and then.
        whenSent = message -> {
            if (message instanceof ControlMessage.ControlGranted) {
                connectionLost();
            }
        };

        prompts.get(0).complete(true);

        assertFalse(control.gate().isGranted());
        assertEquals(List.of(new ControlMessage.ControlGranted(), ControlMessage.ControlRevoked.byTandem(LOST)), sent,
                "both are kept for the resume: the grant, then its end");
        assertEquals(List.of(true, false), told, "the customer's window ends on control being over");
    }

    @Test
    void aControlQuestionOpenAtTheLossIsAnsweredNoWithoutTellingTheTechnicianTheCustomerSaidNo() {
        control.requested(DANA, () -> true);

        connectionLost();

        assertTrue(prompts.get(0).isDone(), "the prompt closes");
        assertEquals(List.of(), sent, "the technician's side ended the request at the loss itself");
        JournalEvent.ConsentDecided decided = assertInstanceOf(JournalEvent.ConsentDecided.class,
                recorded.get(recorded.size() - 1));
        assertEquals(JournalEvent.Answer.DENIED, decided.answer());
        prompts.get(0).complete(true); // a late Allow
        assertFalse(control.gate().isGranted());
    }

    @Test
    void afterTheLossControlIsAskedForAgainAndTheNewAllowGrantsIt() {
        control.requested(DANA, () -> true);
        connectionLost();

        control.requested(DANA, () -> true);
        assertEquals(2, prompts.size(), "the new connection's request is put to the customer");
        prompts.get(1).complete(true);

        assertTrue(control.gate().isGranted());
        assertEquals(List.of(new ControlMessage.ControlGranted()), sent);
    }

    private static final String DANA = "technician:Dana";

    @Test
    void aWithdrawalClosesTheOpenQuestionOnTheRecordFirstAndGrantsNothing() {
        control.requested(DANA, () -> true);
        List<Integer> recordedWhenSent = new CopyOnWriteArrayList<>();
        whenSent = message -> recordedWhenSent.add(recorded.size());

        control.withdrawn(DANA);

        assertTrue(prompts.get(0).isDone(), "the prompt closes");
        assertEquals(new JournalEvent.ConsentDecided(JournalEvent.Answer.WITHDRAWN, "control your mouse and keyboard", "",
                CustomerControl.WITHDRAWN), recorded.get(recorded.size() - 1));
        assertEquals(DANA, actors.get(actors.size() - 1), "withdrawn by the technician");
        assertEquals(List.of(ControlMessage.ControlDenied.toWithdrawal(CustomerControl.WITHDRAWN)), sent,
                "the technician's side hears the question closed");
        assertEquals(List.of(recorded.size()), recordedWhenSent, "recorded before it was told");
        assertEquals(List.of("Dana"), toldWithdrawn, "the customer is told who no longer asks");

        prompts.get(0).complete(true); // an Allow pressed as the prompt went
        assertFalse(control.gate().isGranted());
        assertFalse(recorded.stream().anyMatch(JournalEvent.ControlStarted.class::isInstance), recorded.toString());
        assertEquals(List.of(), told, "control never changed");
    }

    @Test
    void anAllowGivenBeforeTheWithdrawalStandsUntilTheTechniciansSideGivesControlBack() {
        control.requested(DANA, () -> true);
        prompts.get(0).complete(true);
        assertTrue(control.gate().isGranted());
        int before = recorded.size();

        control.withdrawn(DANA); // crossed the customer's yes on the way

        assertEquals(List.of(new ControlMessage.ControlGranted()), sent, "nothing more: the yes is on its way");
        assertEquals(before, recorded.size(), "a withdrawal that finds no question open is ignored");
        assertEquals(List.of(), toldWithdrawn);
        control.released(); // the technician's side answers the late yes so
        assertFalse(control.gate().isGranted(), "the customer ends without anyone in control");
        assertEquals(new JournalEvent.ControlStopped("technician", "The technician gave control back."),
                recorded.get(recorded.size() - 1));
    }

    @Test
    void anAllowBeingRecordedWhenTheWithdrawalArrivesStands() {
        control.requested(DANA, () -> true);
        // The withdrawal reaches the broker while it records the Allow: the question is answered already.
        whenRecorded = event -> {
            if (event instanceof JournalEvent.ConsentDecided decided && decided.answer() == JournalEvent.Answer.GRANTED) {
                whenRecorded = ignored -> { };
                control.withdrawn(DANA);
            }
        };

        prompts.get(0).complete(true);

        assertTrue(control.gate().isGranted());
        assertEquals(List.of(new ControlMessage.ControlGranted()), sent);
        assertFalse(recorded.stream().anyMatch(e -> e instanceof JournalEvent.ConsentDecided decided
                && decided.answer() == JournalEvent.Answer.WITHDRAWN), recorded.toString());
    }

    @Test
    void aNoGivenBeforeTheWithdrawalStandsAndTheWithdrawalIsIgnored() {
        control.requested(DANA, () -> true);
        prompts.get(0).complete(false);
        int before = recorded.size();

        control.withdrawn(DANA);

        assertEquals(List.of(new ControlMessage.ControlDenied("The customer said no.")), sent);
        assertEquals(before, recorded.size());
        assertEquals(List.of(), toldWithdrawn);
    }

    @Test
    void aWithdrawalWithNoQuestionOpenIsIgnored() {
        control.withdrawn(DANA); // nothing was asked
        control.requested(DANA, () -> true);
        prompts.get(0).complete(null); // nobody answered in time
        sent.clear();
        int before = recorded.size();

        control.withdrawn(DANA);

        assertEquals(List.of(), sent);
        assertEquals(before, recorded.size());
        assertEquals(List.of(), toldWithdrawn);
        control.requested(DANA, () -> true);
        assertEquals(2, prompts.size(), "the session goes on: the next request is asked");
    }

    @Test
    void aWithdrawnQuestionThatWaitedBehindAnotherIsNeverShown() {
        broker.ask(new org.tandem.customer.consent.ConsentRequest(org.tandem.customer.consent.ConsentRequest.Kind.WORKING_CHECK,
                new IdentityVerdict.Verified("Dana", "Contoso Support"), Duration.ofMinutes(1)));
        control.requested(DANA, () -> true);
        assertEquals(1, prompts.size(), "control waits behind the open question");

        control.withdrawn(DANA);
        prompts.get(0).complete(true); // the first question is answered

        assertEquals(1, prompts.size(), "the withdrawn question is not shown");
        assertEquals(List.of(ControlMessage.ControlDenied.toWithdrawal(CustomerControl.WITHDRAWN)), sent);
        List<String> types = recorded.stream().map(JournalEvent::type).toList();
        int asked = types.lastIndexOf(org.tandem.shared.log.LogEventTypes.CONSENT_ASKED);
        assertEquals(org.tandem.shared.log.LogEventTypes.CONSENT_WITHDRAWN, types.get(asked + 1),
                "on the record as asked and withdrawn: " + types);
    }
}
