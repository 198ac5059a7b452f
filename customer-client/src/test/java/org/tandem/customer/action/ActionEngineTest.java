package org.tandem.customer.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.message.ControlMessage;

/**
 * The action engine's questions and refusals: what is recorded, what the customer is asked and in which
 * order, what runs only after a recorded yes, which requests are refused before anyone is asked, and
 * which messages the engine sends and takes. How an action runs once it may: {@link ActionRunTest}.
 */
class ActionEngineTest extends BrokeredEngineTest {
    // ---- consent ----

    @Test
    void aReadActionRunsWithoutAskingButIsRecorded() throws Exception {
        engine(answer(false), FakeAction.running("info", ActionRisk.READ, succeeds()));

        engine.request(request("r1", "info", null));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.SUCCEEDED, result.outcome());
        assertEquals(List.of("it worked"), result.lines());
        assertTrue(questions.isEmpty(), "the customer was asked about a read action");
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.ACTION_STARTED, "RUN", LogEventTypes.ACTION_RESULT),
                journal.order());
        assertEquals(List.of("requested r1 READ Do “it”", "started r1", "finished r1 SUCCEEDED"), listener.calls);
        RecordingJournal.Event requested = journal.last(LogEventTypes.ACTION_REQUESTED);
        assertEquals("technician", requested.actor(), "the technician asked for it, not the customer");
        assertEquals("system", journal.last(LogEventTypes.ACTION_STARTED).actor(), "Tandem runs it");
        assertEquals("system", journal.last(LogEventTypes.ACTION_RESULT).actor(), "Tandem tells how it ended");
        assertEquals("Do “it”", requested.details().get("action"));
        assertEquals("info", requested.details().get("actionId"));
        assertEquals("read", requested.details().get("risk"));
        RecordingJournal.Event ended = journal.last(LogEventTypes.ACTION_RESULT);
        assertEquals(Map.of("id", "r1", "action", "Do “it”", "result", "Done.", "outcome", "success",
                "status", "SUCCEEDED", "exit", 0), ended.details());
    }

    @Test
    void theTechnicianHearsAQuestionAskedWhenTheCustomerSeesItNotWhileItWaits() throws Exception {
        CompletableFuture<Boolean> firstAnswer = new CompletableFuture<>();
        CompletableFuture<Void> secondPut = new CompletableFuture<>();
        ConsentBroker broker = new ConsentBroker(journal, shown -> "r1".equals(shown.subject()) ? firstAnswer
                : CompletableFuture.completedFuture(true), () -> () -> { }, Runnable::run, waiting -> { });
        ActionConsent asking = new ActionConsent() {
            @Override
            public CompletableFuture<Answer> ask(ActionConsentRequest request) {
                return ask(request, () -> { });
            }

            @Override
            public CompletableFuture<Answer> ask(ActionConsentRequest request, Runnable shown) {
                if ("r2".equals(request.requestId())) {
                    secondPut.complete(null);
                }
                return broker.ask(ConsentRequest.forAction(new IdentityVerdict.Unverified("", "", "test"),
                        request.timeout(), request.what(), request.effect(), request.requestId()), () -> true, shown);
            }
        };
        engine = new ActionEngine(new ActionCatalog("Test OS", List.of(FakeAction.running("remove", ActionRisk.CHANGE,
                succeeds()))), asking, journal, listener, Duration.ofSeconds(60), Duration.ofSeconds(10));

        engine.request(request("r1", "remove", "foo"));
        engine.request(request("r2", "remove", "bar"));
        // r1 is put to the customer first: the engine takes requests in the order they came (the test below).
        secondPut.get(20, TimeUnit.SECONDS); // r2's question waits behind r1's
        assertTrue(listener.calls.stream().noneMatch(call -> call.startsWith("asked r2")),
                "the technician was told r2 was asked while r1's question was still on screen: " + listener.calls);

        firstAnswer.complete(false);
        assertEquals(Outcome.SUCCEEDED, listener.result("r2").outcome());
        List<String> calls = listener.calls.stream().filter(call -> call.contains("r2")).map(call -> call.split(" ")[0])
                .toList();
        assertEquals(List.of("requested", "asked", "started", "finished"), calls);
    }

    @Test
    void theCustomerIsAskedInTheOrderTheTechnicianAskedWhateverOrderTheWorkersTakeThem() throws Exception {
        List<String> put = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> bothPut = new CompletableFuture<>();
        ConsentBroker broker = new ConsentBroker(journal, shown -> new CompletableFuture<>(), () -> () -> { },
                Runnable::run, waiting -> { });
        ActionConsent asking = request -> {
            put.add(request.requestId());
            if (put.size() == 2) {
                bothPut.complete(null);
            }
            return broker.ask(ConsentRequest.forAction(new IdentityVerdict.Unverified("", "", "test"),
                    request.timeout(), request.what(), request.effect(), request.requestId()));
        };
        HeldWorkers workers = new HeldWorkers();
        engine = new ActionEngine(new ActionCatalog("Test OS", List.of(FakeAction.running("remove", ActionRisk.CHANGE,
                succeeds()))), asking, journal, listener, Duration.ofSeconds(60), Duration.ofSeconds(10), workers);

        engine.request(request("r1", "remove", "foo"));
        engine.request(request("r2", "remove", "bar"));
        workers.releaseLastFirst();

        bothPut.get(20, TimeUnit.SECONDS);
        assertEquals(List.of("r1", "r2"), put, "the customer is asked in another order than the technician asked");
        assertEquals(List.of("requested r1", "requested r2"), listener.calls.stream()
                .filter(call -> call.startsWith("requested")).map(call -> call.substring(0, 12)).toList());
    }

    @Test
    void aChangeRunsOnlyAfterTheYesIsRecorded() throws Exception {
        engine(answer(true), FakeAction.running("remove", ActionRisk.CHANGE, succeeds()));

        engine.request(request("r1", "remove", "foo 1.2"));

        assertEquals(Outcome.SUCCEEDED, listener.result("r1").outcome());
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_GRANTED,
                LogEventTypes.ACTION_STARTED, "RUN", LogEventTypes.ACTION_RESULT), journal.order());
        // A change that can be cancelled: the question promises the customer's Stop (decision 0043).
        String effect = "This does it. You can stop it at any time from Tandem's window; what it has done by then stays done.";
        assertEquals(Map.of("for", "do “foo 1.2”", "id", "r1", "prompt", "Do “foo 1.2”? The person on the other end "
                + "asks to do this on your computer. " + effect), journal.last(LogEventTypes.CONSENT_ASKED).details());
        assertEquals(Map.of("for", "do “foo 1.2”", "id", "r1"), journal.last(LogEventTypes.CONSENT_GRANTED).details());
        ActionConsentRequest question = questions.get(0);
        assertEquals("Do “foo 1.2”. " + effect, question.promptText());
        assertEquals("r1", question.requestId());
        assertEquals(Duration.ofSeconds(60), question.timeout());
        assertEquals(List.of("requested r1 CHANGE Do “foo 1.2”", "asked r1 Do “foo 1.2”. " + effect, "started r1",
                "finished r1 SUCCEEDED"), listener.calls);
    }

    @Test
    void aScanIsAskedAboutToo() throws Exception {
        engine(answer(true), FakeAction.running("scan", ActionRisk.SCAN, succeeds()));

        engine.request(request("r1", "scan", "/home"));

        assertEquals(Outcome.SUCCEEDED, listener.result("r1").outcome());
        assertEquals(1, questions.size());
        assertTrue(journal.order().indexOf(LogEventTypes.CONSENT_GRANTED) < journal.order().indexOf("RUN"));
    }

    @Test
    void aNoIsRecordedAndNothingRuns() throws Exception {
        engine(answer(false), FakeAction.running("remove", ActionRisk.CHANGE, succeeds()));

        engine.request(request("r1", "remove", "foo"));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.DENIED, result.outcome());
        assertEquals("The customer said no, so nothing was done.", result.summary());
        assertEquals(0, runs.get());
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.CONSENT_ASKED, LogEventTypes.CONSENT_DENIED,
                LogEventTypes.ACTION_RESULT), journal.order());
        assertEquals("not allowed", journal.last(LogEventTypes.ACTION_RESULT).details().get("outcome"));
    }

    @Test
    void noAnswerIsRecordedAsTimedOutAndNothingRuns() throws Exception {
        engine(answer(null), FakeAction.running("remove", ActionRisk.CHANGE, succeeds()));

        engine.request(request("r1", "remove", "foo"));

        assertEquals(Outcome.TIMED_OUT, listener.result("r1").outcome());
        assertEquals(0, runs.get());
        assertTrue(journal.order().contains(LogEventTypes.CONSENT_TIMED_OUT));
        assertFalse(journal.order().contains(LogEventTypes.ACTION_STARTED));
    }

    @Test
    void aPromptThatNeverAnswersTimesOut() throws Exception {
        CompletableFuture<Boolean> prompt = new CompletableFuture<>();
        engine(request -> prompt, Duration.ofMillis(200), Duration.ofSeconds(10),
                FakeAction.running("remove", ActionRisk.CHANGE, succeeds()));

        engine.request(request("r1", "remove", "foo"));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.TIMED_OUT, result.outcome());
        assertEquals("Nobody answered within 200 ms, so nothing was done.", result.summary());
        assertTrue(prompt.isDone(), "the prompt was not told to close");
        assertEquals(0, runs.get());
    }

    @Test
    void aPromptThatGivesNoFutureRunsNothing() throws Exception {
        engine(request -> null, FakeAction.running("remove", ActionRisk.CHANGE, succeeds()));

        engine.request(request("r1", "remove", "foo"));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals("The question could not be shown to the customer, so nothing was done.", result.summary());
        assertEquals(0, runs.get());
    }

    @Test
    void aPromptThatFailsRunsNothing() throws Exception {
        engine(request -> {
            throw new IllegalStateException("no screen");
        }, FakeAction.running("remove", ActionRisk.CHANGE, succeeds()));

        engine.request(request("r1", "remove", "foo"));

        assertEquals(Outcome.FAILED, listener.result("r1").outcome());
        assertEquals(0, runs.get());
        assertTrue(journal.order().contains(LogEventTypes.CONSENT_DENIED));
    }

    @Test
    void aYesThatCannotBeRecordedRunsNothing() throws Exception {
        journal.failOn(LogEventTypes.CONSENT_GRANTED);
        engine(answer(true), FakeAction.running("remove", ActionRisk.CHANGE, succeeds()));

        engine.request(request("r1", "remove", "foo"));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.FAILED, result.outcome());
        assertTrue(result.summary().contains("could not record"), result.summary());
        assertEquals(0, runs.get());
    }

    @Test
    void aRequestThatCannotBeRecordedIsNotAskedAbout() throws Exception {
        journal.failOn(LogEventTypes.ACTION_REQUESTED);
        engine(answer(true), FakeAction.running("remove", ActionRisk.CHANGE, succeeds()));

        engine.request(request("r1", "remove", "foo"));

        assertEquals(Outcome.FAILED, listener.result("r1").outcome());
        assertTrue(questions.isEmpty());
        assertEquals(0, runs.get());
    }

    // ---- refused requests ----

    @Test
    void anUnknownActionIsUnavailable() throws Exception {
        engine(answer(true), FakeAction.running("info", ActionRisk.READ, succeeds()));

        engine.request(request("r1", "format-disk", null));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.UNAVAILABLE, result.outcome());
        assertEquals("This computer does not offer an action called “format-disk”.", result.summary());
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.ACTION_RESULT), journal.order());
        assertEquals(List.of("requested r1 null An unknown action “format-disk”", "finished r1 UNAVAILABLE"), listener.calls);
        assertEquals("not available", journal.last(LogEventTypes.ACTION_RESULT).details().get("outcome"));
    }

    @Test
    void anUnavailableActionSaysWhy() throws Exception {
        engine(answer(true), FakeAction.running("scan", ActionRisk.SCAN, succeeds())
                .unavailable("ClamAV is not installed on this computer."));

        engine.request(request("r1", "scan", "/home"));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.UNAVAILABLE, result.outcome());
        assertEquals("ClamAV is not installed on this computer.", result.summary());
        assertTrue(questions.isEmpty());
        assertEquals(0, runs.get());
    }

    @Test
    void aRefusedTargetFailsBeforeAnyoneIsAsked() throws Exception {
        engine(answer(true), FakeAction.checking("remove", ActionRisk.CHANGE,
                parameters -> new Consent.Refuse("No program called “nope” is installed.")));

        engine.request(request("r1", "remove", "nope"));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals("No program called “nope” is installed.", result.summary());
        assertTrue(questions.isEmpty());
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.ACTION_RESULT), journal.order());
    }

    @Test
    void aCheckThatThrowsIsAFailureNotACrash() throws Exception {
        engine(answer(true), FakeAction.checking("remove", ActionRisk.CHANGE, parameters -> {
            throw new IllegalStateException("broken\u0000parser");
        }));

        engine.request(request("r1", "remove", "x"));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals("The request could not be checked: broken parser", result.summary());
    }

    @Test
    void aRequestIdIsUsedOnce() throws Exception {
        engine(answer(true), FakeAction.running("info", ActionRisk.READ, succeeds()));

        assertTrue(engine.request(request("r1", "info", null)));
        listener.result("r1");
        assertFalse(engine.request(request("r1", "info", null)));

        assertEquals(1, runs.get());
    }

    @Test
    void tooManyActionsAtOnceAreRefused() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        engine(answer(true), FakeAction.running("wait", ActionRisk.READ, (progress, cancel) -> {
            release.await();
            return ActionReport.succeeded("Done.", List.of());
        }));
        for (int i = 0; i < ActionEngine.MAX_ACTIVE; i++) {
            engine.request(request("r" + i, "wait", null));
            listener.awaitStarted("r" + i);
        }

        engine.request(request("one-more", "wait", null));

        ActionResult refused = listener.result("one-more");
        assertEquals(Outcome.FAILED, refused.outcome());
        assertEquals("Too many actions are under way; wait for one to finish.", refused.summary());
        release.countDown();
        for (int i = 0; i < ActionEngine.MAX_ACTIVE; i++) {
            assertEquals(Outcome.SUCCEEDED, listener.result("r" + i).outcome());
        }
    }

    @Test
    void theEngineSendsTheCatalogAndHandlesOnlyActionMessages() {
        engine(answer(true), FakeAction.running("info", ActionRisk.READ, succeeds()));

        assertEquals("Test OS", engine.catalogMessage().os());
        assertEquals(List.of("info"), engine.catalogMessage().actions().stream().map(a -> a.id()).toList());
        assertFalse(engine.handle(new ControlMessage.ScreenRefresh()));
    }
}
