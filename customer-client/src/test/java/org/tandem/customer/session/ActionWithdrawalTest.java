package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.CustomerOutcomeWords;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecapGenerator;
import org.tandem.shared.log.SessionLogVerifier;
import org.tandem.shared.message.ControlMessage;

/**
 * An action's question that the technician withdraws (action-cancel) while the customer is asked, and
 * a withdrawal that crosses an answer already recorded: the answer stands, and nothing runs. A question
 * that ends for any other reason: {@link ActionQuestionSettledTest}.
 */
class ActionWithdrawalTest extends RecordedActionQuestionTest {
    @Test
    void theTechnicianCancellingWhileTheCustomerIsAskedWithdrawsTheQuestion() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");

        assertTrue(engine.handle(new ControlMessage.ActionCancel("r1")));

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The technician withdrew the request before the customer answered, so nothing was done.",
                result.summary());
        assertEquals("the technician withdrew the request before you answered, so nothing was done",
                CustomerOutcomeWords.ending(result));
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_WITHDRAWN + " by " + TECHNICIAN),
                consents(), "one question, one ending: withdrawn by the technician");
        assertEquals("The technician withdrew the request before you answered.",
                last(LogEventTypes.CONSENT_WITHDRAWN).detail("reason"));
        assertEquals("r1", last(LogEventTypes.CONSENT_WITHDRAWN).detail("id"));
        assertTrue(prompt.isDone(), "the prompt is still up");
        prompt.complete(true); // a late Allow
        assertEquals(0, runs.get(), "the action ran");
        assertEquals(2, consents().size(), "a late Allow was recorded");
    }

    @Test
    void theCustomersRecapSaysTheTechnicianWithdrewTheQuestion() throws Exception {
        start();
        asked("r1");
        engine.handle(new ControlMessage.ActionCancel("r1"));
        result();
        writer.finish();

        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file),
                SessionLogVerifier.verify(file), RecapGenerator.Viewpoint.CUSTOMER);

        assertTrue(recap.contains("Asked for permission to uninstall “foo” version 1.2 — the technician withdrew the "
                + "request before you answered."), recap);
        assertTrue(recap.contains("## What was done\n\nNo actions were carried out on your computer."),
                "it did not run: " + recap);
        assertFalse(recap.contains("not allowed"), recap);
        assertFalse(recap.contains("the customer"), recap);
    }

    @Test
    void aNoGivenForTheCustomerJustBeforeTheCancelArrivesStands() throws Exception {
        start();
        asked("r1");
        answerRecorded = () -> engine.handle(new ControlMessage.ActionCancel("r1"));

        broker.settleAll(SettledBecause.SHARING_STOPPED, STOPPED_SHARING);

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The customer paused sharing before they answered, so nothing was done.", result.summary());
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by system"),
                consents(), "the withdrawal came after the question was settled");
    }

    @Test
    void theCustomersRecapSaysAYesThatCrossedTheWithdrawalRanNothing() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");
        answerRecorded = () -> engine.handle(new ControlMessage.ActionCancel("r1"));
        prompt.complete(true);
        result();
        writer.finish();

        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(LogReader.read(file),
                SessionLogVerifier.verify(file), RecapGenerator.Viewpoint.CUSTOMER);

        assertTrue(recap.contains("Asked for permission to uninstall “foo” version 1.2 — you allowed it."), recap);
        assertTrue(recap.contains("## What was done\n\nNo actions were carried out on your computer."), recap);
        // Allowed, yet it did not run: the question's line cannot tell that, so what was not done does.
        assertTrue(recap.contains("## What was not done\n\n- "), recap);
        assertTrue(recap.contains(" Your technician asked to uninstall “foo” version 1.2 — cancelled: The customer allowed "
                + "it just as the technician withdrew the request, so nothing was done.\n"), recap);
    }

    @Test
    void aYesRecordedJustBeforeTheCancelArrivesKeepsItsAnswerAndRunsNothing() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");
        answerRecorded = () -> engine.handle(new ControlMessage.ActionCancel("r1"));

        prompt.complete(true);

        ActionResult result = result();
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The customer allowed it just as the technician withdrew the request, so nothing was done.",
                result.summary());
        assertEquals("you allowed it just as the technician withdrew the request, so nothing was done",
                CustomerOutcomeWords.ending(result));
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_GRANTED + " by customer"),
                consents(), "the yes stands on the record, and nothing else ends the question");
        assertEquals(0, runs.get(), "a yes that crossed the withdrawal ran the action");
        assertTrue(LogReader.read(file).stream().noneMatch(e -> e.type().equals(LogEventTypes.ACTION_STARTED)));
    }

    @Test
    void aCancelThatCrossesTheYesIsOnTheCustomersRecordBeforeTheRequestEnds() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");
        answerRecorded = () -> engine.handle(new ControlMessage.ActionCancel("r1"));

        prompt.complete(true);
        result();

        List<String> types = LogReader.read(file).stream().map(LogEntry::type)
                .filter(type -> type.startsWith("action.") || type.startsWith("consent.")).toList();
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_GRANTED,
                LogEventTypes.ACTION_STOP_REQUESTED, LogEventTypes.ACTION_RESULT), types,
                "the technician's stop is not on the record before the request ends");
        LogEntry stop = last(LogEventTypes.ACTION_STOP_REQUESTED);
        assertEquals(TECHNICIAN, stop.actor());
        assertEquals("The technician stopped it before it started.", stop.detail("reason"));
    }

    @Test
    void aNoRecordedJustBeforeTheCancelArrivesIsTheAnswer() throws Exception {
        start();
        CompletableFuture<Boolean> prompt = asked("r1");
        answerRecorded = () -> engine.handle(new ControlMessage.ActionCancel("r1"));

        prompt.complete(false);

        ActionResult result = result();
        assertEquals(Outcome.DENIED, result.outcome());
        assertEquals("The customer said no, so nothing was done.", result.summary());
        assertEquals(List.of(LogEventTypes.CONSENT_ASKED + " by system", LogEventTypes.CONSENT_DENIED + " by customer"),
                consents());
        assertEquals(0, runs.get());
    }

    @Test
    void aQuestionWithdrawnWhileItWaitsIsNeverShown() throws Exception {
        start();
        CompletableFuture<Boolean> first = asked("r1");
        engine.request(new ActionRequest("r2", "uninstall", Map.of("program", "foo")));
        aQuestionWaits.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        engine.handle(new ControlMessage.ActionCancel("r2"));

        ActionResult withdrawn = result();
        assertEquals("r2", withdrawn.requestId());
        assertEquals(Outcome.CANCELLED, withdrawn.outcome());
        assertEquals(LogEventTypes.CONSENT_WITHDRAWN, last(LogEventTypes.CONSENT_WITHDRAWN).type());
        assertEquals("r2", last(LogEventTypes.CONSENT_WITHDRAWN).detail("id"));
        first.complete(true);
        assertEquals(Outcome.SUCCEEDED, result().outcome());
        assertTrue(prompts.isEmpty(), "the withdrawn question was shown");
        assertEquals(1, runs.get());
    }
}
