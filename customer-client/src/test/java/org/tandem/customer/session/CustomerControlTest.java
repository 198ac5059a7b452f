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
 * the loss, and the technician's side never hears of a grant the customer's side does not hold.
 * Real control, consent broker and input gate; the journal and the technician are stand-ins.
 */
class CustomerControlTest {
    private static final String LOST = "The connection to your technician was lost.";

    private final List<JournalEvent> recorded = new CopyOnWriteArrayList<>();
    private final List<SessionMessage> sent = new CopyOnWriteArrayList<>();
    private final List<Boolean> told = new CopyOnWriteArrayList<>();
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
    }, Clock.systemUTC(), Duration.ofSeconds(2), OwnWindows.NONE, (granted, detail) -> told.add(granted));
    private ConsentBroker broker;

    @BeforeEach
    void attach() {
        SessionJournal journal = (actor, event) -> {
            recorded.add(event);
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

    /** What the customer's session does when the connection drops, in its order. */
    private void connectionLost() {
        control.connectionLost(LOST);
        broker.settleAll("The connection to your technician was lost, so the open questions were answered no.");
    }

    @Test
    void anAllowRecordedAsTheConnectionDropsGrantsNothing() {
        control.requested(() -> true);
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
        control.requested(() -> true);
        // The write of the grant fails: the sending thread notices the loss and handles it there and then.
        whenSent = message -> {
            if (message instanceof ControlMessage.ControlGranted) {
                connectionLost();
            }
        };

        prompts.get(0).complete(true);

        assertFalse(control.gate().isGranted());
        assertEquals(List.of(new ControlMessage.ControlGranted(), new ControlMessage.ControlRevoked(LOST)), sent,
                "both are kept for the resume: the grant, then its end");
        assertEquals(List.of(true, false), told, "the customer's window ends on control being over");
    }

    @Test
    void aControlQuestionOpenAtTheLossIsAnsweredNoWithoutTellingTheTechnicianTheCustomerSaidNo() {
        control.requested(() -> true);

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
        control.requested(() -> true);
        connectionLost();

        control.requested(() -> true);
        assertEquals(2, prompts.size(), "the new connection's request is put to the customer");
        prompts.get(1).complete(true);

        assertTrue(control.gate().isGranted());
        assertEquals(List.of(new ControlMessage.ControlGranted()), sent);
    }
}
