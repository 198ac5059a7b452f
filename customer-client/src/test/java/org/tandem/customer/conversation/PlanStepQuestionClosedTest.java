package org.tandem.customer.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.shared.conversation.PlanStep;
import org.tandem.shared.conversation.StepState;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * A plan step's question that the consent broker closes for the customer (sharing stopped, the
 * connection was lost, the session ended, the technician moved the step on under their yes) goes to
 * the technician as not answered, with why, and never as the customer's no; only the customer's No
 * is. Real conversation, consent broker and session log.
 */
class PlanStepQuestionClosedTest {
    private static final String STOPPED_SHARING = ConsentBroker.SHARING_PAUSED;
    private static final PlanStep WAITING = new PlanStep("s1", "Reinstall the driver", "", "", StepState.NEEDS_OK);

    @TempDir
    Path dir;
    private final List<SessionMessage> sent = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Boolean>> prompts = new CopyOnWriteArrayList<>();
    private Path file;
    private SessionLogWriter writer;
    private ConsentBroker broker;
    private CustomerConversation conversation;

    @BeforeEach
    void askAboutTheStep() throws Exception {
        file = dir.resolve("customer.log");
        writer = SessionLogWriter.create(file, "482-7f3c9a", "customer", Ed25519Keys.generate(), 20, Clock.systemUTC());
        SessionLogbook book = new SessionLogbook(writer, "customer");
        broker = new ConsentBroker(book, request -> {
            CompletableFuture<Boolean> shown = new CompletableFuture<>();
            prompts.add(shown);
            return shown;
        }, () -> () -> { }, Runnable::run, waiting -> { });
        conversation = new CustomerConversation(new CustomerConversation.Parts(book, sent::add, broker,
                new IdentityVerdict.Verified("Dana Scully", "Contoso Support"), "technician:Dana Scully",
                Duration.ofMinutes(1)), new CustomerConversation.Listener() { }, Clock.systemUTC());
        conversation.handle(new ControlMessage.PlanUpdated(1, List.of(WAITING)));
        assertEquals(1, prompts.size(), "the customer was not asked");
    }

    @AfterEach
    void closeLog() throws Exception {
        writer.close();
    }

    /** The one message sent: how the question about the step ended. */
    private ControlMessage.PlanStepAnswered answer() {
        assertEquals(1, sent.size(), sent.toString());
        return assertInstanceOf(ControlMessage.PlanStepAnswered.class, sent.get(0));
    }

    private String customersRecap() throws Exception {
        writer.finish();
        return new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file), SessionLogVerifier.verify(file),
                RecapGenerator.Viewpoint.CUSTOMER);
    }

    @Test
    void sharingStoppedWhileAskedIsNotAnsweredWithWhy() throws Exception {
        broker.settleAll(SettledBecause.SHARING_STOPPED, STOPPED_SHARING);

        assertEquals(ControlMessage.PlanStepAnswered.notAnswered("s1", "The customer paused sharing before they answered."),
                answer(), "the technician reads the customer said no");
        String recap = customersRecap();
        assertTrue(recap.contains("Asked for permission to go ahead with the step “Reinstall the driver” — it was not "
                + "allowed: " + STOPPED_SHARING), recap);
        assertFalse(recap.contains("said no"), recap);
    }

    @Test
    void theConnectionLostWhileAskedIsNotAnsweredWithWhy() {
        broker.settleAll(SettledBecause.CONNECTION_LOST, ConsentBroker.CONNECTION_LOST);

        assertEquals(ControlMessage.PlanStepAnswered.notAnswered("s1",
                "The connection was lost before the customer answered."), answer());
    }

    @Test
    void theSessionEndingWhileAskedIsNotAnsweredWithWhy() {
        broker.close();

        assertEquals(ControlMessage.PlanStepAnswered.notAnswered("s1", "The session ended before the customer answered."),
                answer());
    }

    @Test
    void aYesAfterTheTechnicianMovedTheStepOnIsNotTheCustomersNo() throws Exception {
        conversation.handle(new ControlMessage.PlanUpdated(2, List.of(new PlanStep("s1", "Reinstall the driver", "", "",
                StepState.SKIPPED))));

        prompts.get(0).complete(true);

        assertEquals(ControlMessage.PlanStepAnswered.notAnswered("s1", CustomerConversation.STEP_MOVED_ON), answer());
        assertFalse(customersRecap().contains("said no"));
    }

    @Test
    void theCustomersNoIsTheirNoAndNobodyAnsweringIsNoAnswer() throws Exception {
        prompts.get(0).complete(false);
        conversation.handle(new ControlMessage.PlanUpdated(2, List.of(new PlanStep("s2", "Restart", "", "",
                StepState.NEEDS_OK))));
        prompts.get(1).complete(null);

        assertEquals(List.of(ControlMessage.PlanStepAnswered.saidNo("s1"),
                ControlMessage.PlanStepAnswered.nobodyAnswered("s2")), sent);
        List<String> consents = LogReader.read(file).stream().filter(e -> e.type().startsWith("consent."))
                .map(e -> e.type() + " by " + e.actor()).toList();
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by customer",
                LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_TIMED_OUT + " by system"), consents);
    }
}
