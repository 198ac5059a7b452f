package org.tandem.customer.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.CancellationToken.Reason;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.message.ControlMessage;

/**
 * How the action engine runs an action once it may: on its own threads, stopped by either side's
 * cancel or by its time limit, given up on after the grace, its progress and output kept to what a
 * message carries. What is asked and refused before: {@link ActionEngineTest}.
 */
class ActionRunTest extends BrokeredEngineTest {
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
}
