package org.tandem.customer.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.action.CancellationToken.Reason;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.LogEventTypes;

/**
 * The technician stops an action the customer allowed, while it runs (decision 0045): the customer's
 * journal records the technician's stop request before the action is told to stop, the customer is told
 * plainly that their technician stopped it, and a stopped run never reads as a clean exit.
 */
class TechnicianStopTest {
    private static final String TECHNICIAN = "technician:Dana";
    private final RecordingJournal journal = new RecordingJournal();
    private final RecordingListener listener = new RecordingListener();
    private final CountDownLatch measuring = new CountDownLatch(1);
    private ActionEngine engine;

    @AfterEach
    void close() throws InterruptedException {
        if (engine != null) {
            engine.close();
            assertTrue(engine.awaitTermination(Duration.ofSeconds(20)));
        }
    }

    /** The customer allows at once; the engine records the technician's requests as Dana's. */
    private void engine(Action... actions) {
        ActionConsent allowing = new ActionConsent() {
            @Override
            public CompletableFuture<JournalEvent.Answer> ask(ActionConsentRequest request) {
                return CompletableFuture.completedFuture(JournalEvent.Answer.GRANTED);
            }

            @Override
            public String asker() {
                return TECHNICIAN;
            }
        };
        engine = new ActionEngine(new ActionCatalog("Test OS", List.of(actions)), allowing, journal, listener);
    }

    /** Measures until told to stop, then reports what it measured with the exit status {@code statusLeft}. */
    private ActionRun measuresUntilStopped(int statusLeft) {
        return (progress, cancel) -> {
            journal.mark("RUN");
            measuring.countDown();
            CountDownLatch stopped = new CountDownLatch(1);
            try (CancellationToken.Registration r = cancel.onCancel(() -> {
                journal.mark("STOP SEEN");
                stopped.countDown();
            })) {
                stopped.await();
            }
            return new ActionReport(Outcome.FAILED, statusLeft, "Measured 12 files before it stopped.", List.of(), 0,
                    ActionTable.EMPTY);
        };
    }

    private void startScan(int statusLeft) throws InterruptedException {
        engine(FakeAction.running("scan", ActionRisk.SCAN, measuresUntilStopped(statusLeft)));
        engine.request(new ActionRequest("r1", "scan", Map.of("target", "/home")));
        assertTrue(measuring.await(20, TimeUnit.SECONDS));
    }

    @Test
    void theTechniciansStopIsRecordedAsTheirsBeforeTheActionIsToldToStop() throws Exception {
        startScan(143);

        assertTrue(engine.cancel("r1", Reason.TECHNICIAN));

        assertEquals(Outcome.CANCELLED, listener.result("r1").outcome());
        List<String> order = journal.order();
        assertEquals(List.of(LogEventTypes.ACTION_STARTED, "RUN", LogEventTypes.ACTION_STOP_REQUESTED, "STOP SEEN",
                LogEventTypes.ACTION_RESULT), order.subList(order.indexOf(LogEventTypes.ACTION_STARTED), order.size()),
                "the technician's stop is not on the record before it takes effect");
        RecordingJournal.Event asked = journal.last(LogEventTypes.ACTION_STOP_REQUESTED);
        assertEquals(TECHNICIAN, asked.actor(), "the stop is not recorded as the technician's");
        assertEquals(Map.of("id", "r1", "action", "Do “/home”", "reason", "The technician stopped it while it ran."),
                asked.details());
        assertFalse(order.contains(LogEventTypes.CONSENT_REVOKED), "the technician's stop is put down to the customer");
    }

    @Test
    void aStopThatComesAfterTheRequestIsRecordedAndBeforeItStartsIsRecordedFirst() throws Exception {
        ActionListener stoppingAtOnce = new ActionListener() {
            @Override
            public void requested(String requestId, ActionRisk risk, String what) {
                // The technician's stop arrives once the request is on record and before the look starts.
                assertTrue(engine.cancel(requestId, Reason.TECHNICIAN));
            }

            @Override
            public void finished(ActionResult result) {
                listener.finished(result);
            }
        };
        engine = new ActionEngine(new ActionCatalog("Test OS", List.of(FakeAction.running("look", ActionRisk.READ,
                measuresUntilStopped(0)))), request -> CompletableFuture.completedFuture(JournalEvent.Answer.GRANTED),
                journal, stoppingAtOnce);

        engine.request(new ActionRequest("r1", "look", Map.of("target", "/home")));

        assertEquals("Cancelled by the technician before it started, so nothing was done.", listener.result("r1").summary());
        assertEquals(List.of(LogEventTypes.ACTION_REQUESTED, LogEventTypes.ACTION_STOP_REQUESTED,
                LogEventTypes.ACTION_RESULT), journal.order(), "the technician's stop is not on the record before it takes effect");
        assertEquals(Map.of("id", "r1", "action", "Do “/home”", "reason", "The technician stopped it before it started."),
                journal.last(LogEventTypes.ACTION_STOP_REQUESTED).details());
    }

    @Test
    void theCustomerIsToldPlainlyThatTheirTechnicianStoppedIt() throws Exception {
        startScan(143);

        engine.cancel("r1", Reason.TECHNICIAN);

        assertEquals("Cancelled by the technician. Measured 12 files before it stopped.", listener.result("r1").summary());
        assertEquals("The technician stopped it. Measured 12 files before it stopped.",
                journal.last(LogEventTypes.ACTION_RESULT).details().get("toCustomer"));
    }

    @Test
    void aStoppedRunNeverReadsAsACleanExit() throws Exception {
        startScan(0);

        engine.cancel("r1", Reason.TECHNICIAN);

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals(ActionResult.NO_EXIT_STATUS, result.exitStatus(), "the technician is told it exited cleanly");
        assertEquals(ActionResult.NO_EXIT_STATUS, journal.last(LogEventTypes.ACTION_RESULT).details().get("exit"),
                "the customer's log says it exited cleanly");
    }
}
