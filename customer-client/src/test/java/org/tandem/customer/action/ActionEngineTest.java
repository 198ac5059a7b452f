package org.tandem.customer.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.customer.action.CancellationToken.Reason;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.message.ControlMessage;

class ActionEngineTest {
    private final RecordingJournal journal = new RecordingJournal();
    private final RecordingListener listener = new RecordingListener();
    private final List<ActionConsentRequest> questions = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<ActionConsentRequest> firstQuestion = new CompletableFuture<>();
    private final AtomicInteger runs = new AtomicInteger();
    private ActionEngine engine;

    @AfterEach
    void close() throws InterruptedException {
        if (engine != null) {
            engine.close();
            assertTrue(engine.awaitTermination(Duration.ofSeconds(20)));
        }
    }

    /** What the customer does with the one question on screen: Allow, Deny, nothing, or the prompt fails. */
    @FunctionalInterface
    interface Customer {
        CompletableFuture<Boolean> answer(ActionConsentRequest request);
    }

    private ActionEngine engine(Customer consent, Action... actions) {
        return engine(consent, Duration.ofSeconds(60), Duration.ofSeconds(10), actions);
    }

    /** The engine asks through a real consent broker, as in the app, over the recording journal. */
    private ActionEngine engine(Customer consent, Duration consentTimeout, Duration grace, Action... actions) {
        Map<String, ActionConsentRequest> byId = new java.util.concurrent.ConcurrentHashMap<>();
        ConsentBroker broker = new ConsentBroker(journal, shown -> consent.answer(byId.get(shown.subject())),
                () -> () -> { }, Runnable::run, waiting -> { });
        ActionConsent asking = request -> {
            questions.add(request);
            firstQuestion.complete(request);
            byId.put(request.requestId(), request);
            return broker.ask(ConsentRequest.forAction(new IdentityVerdict.Unverified("", "", "test"),
                    request.timeout(), request.what(), request.effect(), request.requestId()));
        };
        engine = new ActionEngine(new ActionCatalog("Test OS", List.of(actions)), asking, journal, listener,
                consentTimeout, grace);
        return engine;
    }

    private static Customer answer(Boolean allowed) {
        return request -> CompletableFuture.completedFuture(allowed);
    }

    private ActionRun succeeds() {
        return (progress, cancel) -> {
            runs.incrementAndGet();
            journal.mark("RUN");
            return ActionReport.succeeded("Done.", List.of("it worked"));
        };
    }

    private static ActionRequest request(String id, String action, String target) {
        return new ActionRequest(id, action, target == null ? Map.of() : Map.of("target", target));
    }

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

    // ---- threads, cancel, timeout ----

    @Test
    void actionsRunOnTheEnginesThreadsAndRequestReturnsAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Thread> ranOn = new CompletableFuture<>();
        engine(answer(true), FakeAction.running("slow", ActionRisk.READ, (progress, cancel) -> {
            ranOn.complete(Thread.currentThread());
            release.await();
            return ActionReport.succeeded("Done.", List.of());
        }));

        assertTrue(engine.request(request("r1", "slow", null)));
        Thread thread = ranOn.get(20, TimeUnit.SECONDS);

        assertFalse(listener.calls.contains("finished r1 SUCCEEDED"));
        assertNotEquals(Thread.currentThread(), thread);
        assertTrue(thread.getName().startsWith("tandem-action-"), thread.getName());
        release.countDown();
        assertEquals(Outcome.SUCCEEDED, listener.result("r1").outcome());
    }

    @Test
    void cancelStopsARunningAction() throws Exception {
        engine(answer(true), FakeAction.running("scan", ActionRisk.SCAN, untilCancelled("Scanned 12 files.")));
        engine.request(request("r1", "scan", "/home"));
        listener.awaitStarted("r1");

        assertTrue(engine.cancel("r1", Reason.TECHNICIAN));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("Cancelled by the technician. Scanned 12 files.", result.summary());
        assertEquals("cancelled", journal.last(LogEventTypes.ACTION_RESULT).details().get("outcome"));
        assertFalse(engine.cancel("r1", Reason.TECHNICIAN), "a finished request was cancelled again");
    }

    @Test
    void theCustomerCanCancelToo() throws Exception {
        engine(answer(true), FakeAction.running("scan", ActionRisk.SCAN, untilCancelled("")));
        engine.request(request("r1", "scan", "/home"));
        listener.awaitStarted("r1");

        engine.cancel("r1", Reason.CUSTOMER);

        assertEquals("Cancelled by the customer.", listener.result("r1").summary());
    }

    @Test
    void cancelWhileAskingWithdrawsTheQuestion() throws Exception {
        CompletableFuture<Boolean> prompt = new CompletableFuture<>();
        engine(request -> prompt, FakeAction.running("remove", ActionRisk.CHANGE, succeeds()));
        engine.request(request("r1", "remove", "foo"));
        awaitQuestion();

        assertTrue(engine.handle(new ControlMessage.ActionCancel("r1")));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("The technician withdrew the request before the customer answered, so nothing was done.",
                result.summary());
        assertTrue(prompt.isDone(), "the prompt was not told to close");
        assertFalse(prompt.complete(true));
        assertTrue(journal.order().contains(LogEventTypes.CONSENT_DENIED), "the withdrawal is on the record");
        assertEquals(0, runs.get());
    }

    @Test
    void aRunningActionThatCannotBeCancelledRunsToItsEnd() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        engine(answer(true), FakeAction.running("remove", ActionRisk.CHANGE, (progress, cancel) -> {
            release.await();
            return ActionReport.succeeded("Removed.", List.of());
        }).notCancellable());
        engine.request(request("r1", "remove", "foo"));
        listener.awaitStarted("r1");

        assertFalse(engine.cancel("r1", Reason.TECHNICIAN));

        release.countDown();
        assertEquals(Outcome.SUCCEEDED, listener.result("r1").outcome());
    }

    @Test
    void anActionThatRunsTooLongIsStopped() throws Exception {
        engine(answer(true), FakeAction.running("scan", ActionRisk.SCAN, untilCancelled(""))
                .timeout(Duration.ofMillis(300)));

        engine.request(request("r1", "scan", "/home"));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.TIMED_OUT, result.outcome());
        assertEquals("Stopped after 300 ms: it took longer than allowed.", result.summary());
    }

    @Test
    void anActionThatIgnoresCancelIsReportedStoppedAfterTheGrace() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        engine(answer(true), Duration.ofSeconds(60), Duration.ofMillis(200),
                FakeAction.running("stuck", ActionRisk.SCAN, (progress, cancel) -> {
                    release.await();
                    return ActionReport.succeeded("Late.", List.of());
                }));
        engine.request(request("r1", "stuck", null));
        listener.awaitStarted("r1");

        engine.cancel("r1", Reason.TECHNICIAN);

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertTrue(result.summary().endsWith("It did not stop within 200 ms, so Tandem stopped waiting for it."),
                result.summary());
        release.countDown();
        engine.close();
        assertTrue(engine.awaitTermination(Duration.ofSeconds(10)));
        assertEquals(1, listener.results.size(), "the late result was sent as well");
    }

    @Test
    void closingWithdrawsQuestionsAndStopsActions() throws Exception {
        CompletableFuture<Boolean> prompt = new CompletableFuture<>();
        engine(request -> prompt,
                FakeAction.running("remove", ActionRisk.CHANGE, succeeds()),
                FakeAction.running("scan", ActionRisk.READ, untilCancelled("")));
        engine.request(request("r1", "remove", "foo"));
        engine.request(request("r2", "scan", null));
        awaitQuestion();
        listener.awaitStarted("r2");

        engine.close();

        assertEquals(Outcome.CANCELLED, listener.result("r1").outcome());
        assertEquals("Stopped because the session ended.", listener.result("r2").summary());
        assertFalse(engine.request(request("r3", "scan", null)));
        assertEquals(0, runs.get());
    }

    // ---- progress and output ----

    @Test
    void progressIsPassedOnAFewTimesASecondAtMost() throws Exception {
        engine(answer(true), FakeAction.running("chatty", ActionRisk.READ, (progress, cancel) -> {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
            int i = 0;
            while (System.nanoTime() < end) {
                progress.progress(i++ % 101, "file " + i + "\u001b[0m");
            }
            return ActionReport.succeeded("Done.", List.of());
        }));

        engine.request(request("r1", "chatty", null));
        listener.result("r1");

        assertTrue(listener.progress.size() >= 2 && listener.progress.size() <= 4, listener.progress.size() + " updates");
        assertTrue(listener.progress.get(0).line().startsWith("file 1 "), listener.progress.get(0).line());
    }

    @Test
    void hugeOutputIsCutToWhatAResultCarries() throws Exception {
        List<String> lines = IntStream.range(0, 100_000).mapToObj(i -> "line " + i + " " + "x".repeat(400)).toList();
        engine(answer(true), FakeAction.running("chatty", ActionRisk.READ, (progress, cancel) ->
                new ActionReport(Outcome.SUCCEEDED, 0, "Done.", lines, 7, ActionTable.EMPTY)));

        engine.request(request("r1", "chatty", null));

        ActionResult result = listener.result("r1");
        assertTrue(result.lines().size() <= ActionResult.MAX_LINES);
        assertTrue(result.lines().get(result.lines().size() - 1).startsWith("line 99999 "));
        assertEquals(100_007, result.lines().size() + result.omittedLines());
    }

    @Test
    void anActionThatThrowsIsAFailure() throws Exception {
        engine(answer(true), FakeAction.running("bad", ActionRisk.READ, (progress, cancel) -> {
            throw new IllegalStateException("boom");
        }));

        engine.request(request("r1", "bad", null));

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals("The action failed: boom", result.summary());
    }

    @Test
    void theEngineSendsTheCatalogAndHandlesOnlyActionMessages() {
        engine(answer(true), FakeAction.running("info", ActionRisk.READ, succeeds()));

        assertEquals("Test OS", engine.catalogMessage().os());
        assertEquals(List.of("info"), engine.catalogMessage().actions().stream().map(a -> a.id()).toList());
        assertFalse(engine.handle(new ControlMessage.ScreenRefresh()));
    }

    private ActionRun untilCancelled(String summary) {
        return (progress, cancel) -> {
            CountDownLatch stopped = new CountDownLatch(1);
            try (CancellationToken.Registration r = cancel.onCancel(stopped::countDown)) {
                stopped.await();
            }
            return new ActionReport(Outcome.FAILED, 143, summary, List.of(), 0, ActionTable.EMPTY);
        };
    }

    private void awaitQuestion() throws Exception {
        firstQuestion.get(20, TimeUnit.SECONDS);
    }
}
