package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.CustomerOutcomeWords;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;

/**
 * An action's question that ends before the customer answered for a reason that is not the technician's
 * withdrawal (the session ends, the customer pauses sharing, the connection drops): a no the consent
 * broker gives for the customer, told apart from the customer's own No. The technician's withdrawal:
 * {@link ActionWithdrawalTest}.
 */
class ActionQuestionSettledTest extends RecordedActionQuestionTest {
    @Test
    void theSessionEndingWhileTheCustomerIsAskedIsNoWithdrawal() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");

        engine.close();

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The session ended before the customer answered, so nothing was done.", result.summary());
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents());
        assertEquals("The session ended before the customer answered.", last(LogEventTypes.CONSENT_DENIED).detail("reason"),
                "nothing was withdrawn");
        assertTrue(prompt.isDone(), "the prompt is still up");
        assertEquals(0, runs.get());
    }

    @Test
    void questionsSettledAsTheSessionStopsAreNoWithdrawalEither() throws Exception {
        start();
        asked("r1");

        // As the session stops: its questions are answered first, then the engine closes.
        broker.settleAll(SettledBecause.SESSION_ENDED, "You ended the session before answering.");
        broker.close();
        engine.close();

        // Whether the engine hears the no before it closes or after is a race; neither is the technician's doing,
        // nor the customer's.
        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The session ended before the customer answered, so nothing was done.", result.summary());
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents());
        assertEquals("You ended the session before answering.", last(LogEventTypes.CONSENT_DENIED).detail("reason"));
    }

    @Test
    void theCustomerStoppingSharingWhileAskedIsNotTheirNo() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");

        broker.settleAll(SettledBecause.SHARING_STOPPED, STOPPED_SHARING);

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome(), "the customer never answered");
        assertEquals("The customer paused sharing before they answered, so nothing was done.", result.summary());
        assertEquals("you paused sharing before you answered, so nothing was done", CustomerOutcomeWords.ending(result));
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents(), "one question, one ending: Tandem's no");
        assertEquals(STOPPED_SHARING, last(LogEventTypes.CONSENT_DENIED).detail("reason"));
        assertTrue(prompt.isDone(), "the prompt is still up");
        prompt.complete(true); // a late Allow
        assertEquals(0, runs.get(), "the action ran");
        assertEquals(2, consents().size(), "a late Allow was recorded");
    }

    @Test
    void theCustomersRecapSaysSharingStoppedBeforeTheyAnsweredAndNobodySaidNo() throws Exception {
        start();
        asked("r1");
        broker.settleAll(SettledBecause.SHARING_STOPPED, STOPPED_SHARING);
        result();
        writer.finish();

        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file),
                SessionLogVerifier.verify(file), RecapGenerator.Viewpoint.CUSTOMER);

        assertTrue(recap.contains("Asked for permission to uninstall “foo” version 1.2 — it was not allowed: "
                + STOPPED_SHARING), recap);
        // It never ran: told with its question only, not under what was done (decision 0030).
        assertTrue(recap.contains("No actions were carried out on your computer."), recap);
        assertFalse(recap.contains("said no"), recap);
        assertFalse(recap.contains("the customer"), recap);
    }

    @Test
    void theConnectionDroppingWhileAskedIsNotTheCustomersNo() throws Exception {
        start();
        asked("r1");

        broker.settleAll(SettledBecause.CONNECTION_LOST,
                "The connection to your technician was lost, so the open questions were answered no.");

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The connection was lost before the customer answered, so nothing was done.", result.summary());
        assertEquals("the connection was lost before you answered, so nothing was done",
                CustomerOutcomeWords.ending(result));
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents());
    }

    @Test
    void aQuestionAskedAfterTheSessionsQuestionsClosedIsNotTheCustomersNo() throws Exception {
        start();
        broker.close();

        engine.request(new ActionRequest("r1", "uninstall", Map.of("program", "foo")));

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The session ended before the customer answered, so nothing was done.", result.summary());
        assertTrue(prompts.isEmpty(), "the question was shown");
        assertEquals(0, runs.get());
    }

    @Test
    void aNoFromTheCustomerIsTheirNo() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");

        prompt.complete(false);

        ActionResult result = result();
        assertEquals(Outcome.DENIED, result.outcome());
        assertEquals("The customer said no, so nothing was done.", result.summary());
        assertEquals("you said no, so nothing was done", CustomerOutcomeWords.ending(result));
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by customer"),
                consents());
        assertEquals(0, runs.get());
    }
}
