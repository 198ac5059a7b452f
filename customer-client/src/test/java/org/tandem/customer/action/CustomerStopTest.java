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
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionRisk;
import org.tandem.shared.action.ActionTable;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.LogEventTypes;

/**
 * The customer stops an action they allowed, while it runs (decision 0043): through the engine's
 * cancellation, recorded in their journal as their own taking back of the permission before the
 * action is told to stop, and told to the technician in the result as stopped by the customer.
 */
class CustomerStopTest {
    private final RecordingJournal journal = new RecordingJournal();
    private final RecordingListener listener = new RecordingListener();
    private final CompletableFuture<Void> asked = new CompletableFuture<>();
    private final CountDownLatch measuring = new CountDownLatch(1);
    private ActionEngine engine;

    @AfterEach
    void close() throws InterruptedException {
        if (engine != null) {
            engine.close();
            assertTrue(engine.awaitTermination(Duration.ofSeconds(20)));
        }
    }

    /**
     * The engine asks, and records the customer's Stop, through a real consent broker, as the session's
     * questions do; the customer answers with {@code prompt}.
     */
    private void engine(CompletableFuture<Boolean> prompt, Action... actions) {
        ConsentBroker broker = new ConsentBroker(journal, shown -> {
            asked.complete(null);
            return prompt;
        }, () -> () -> { }, Runnable::run, waiting -> { });
        ActionConsent asking = new ActionConsent() {
            @Override
            public CompletableFuture<JournalEvent.Answer> ask(ActionConsentRequest request) {
                return broker.ask(ConsentRequest.forAction(new IdentityVerdict.Verified("Dana", "Contoso Support"),
                        request.timeout(), request.what(), request.effect(), request.requestId()));
            }

            @Override
            public void customerStopped(String requestId, String purpose, String reason) {
                broker.customerWithdrew(purpose, requestId, reason);
            }
        };
        engine = new ActionEngine(new ActionCatalog("Test OS", List.of(actions)), asking, journal, listener);
    }

    /** A scan that measures until it is told to stop, saying so in the journal as it sees the stop. */
    private ActionRun measuresUntilStopped() {
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
            return new ActionReport(Outcome.FAILED, 143, "Measured 12 files before it stopped.", List.of(), 0,
                    ActionTable.EMPTY);
        };
    }

    @Test
    void theCustomersStopIsRecordedAsTheirsBeforeTheActionIsToldToStop() throws Exception {
        engine(CompletableFuture.completedFuture(true), FakeAction.running("scan", ActionRisk.SCAN, measuresUntilStopped()));
        engine.request(new ActionRequest("r1", "scan", Map.of("target", "/home")));
        assertTrue(measuring.await(20, TimeUnit.SECONDS));

        assertTrue(engine.cancel("r1", Reason.CUSTOMER), "the customer could not stop what they allowed");

        ActionResult result = listener.result("r1");
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertEquals("Cancelled by the customer. Measured 12 files before it stopped.", result.summary(),
                "the technician is not told who stopped it");
        List<String> order = journal.order();
        assertEquals(List.of(LogEventTypes.ACTION_STARTED, "RUN", LogEventTypes.CONSENT_REVOKED, "STOP SEEN",
                LogEventTypes.ACTION_RESULT), order.subList(order.indexOf(LogEventTypes.ACTION_STARTED), order.size()),
                "the stop is not on the record before it takes effect");
        RecordingJournal.Event revoked = journal.last(LogEventTypes.CONSENT_REVOKED);
        assertEquals("customer", revoked.actor(), "the stop is not recorded as the customer's");
        assertEquals(Map.of("for", "do “/home”", "id", "r1", "reason", "The customer stopped it while it ran."),
                revoked.details());
        assertEquals("You stopped it. Measured 12 files before it stopped.",
                journal.last(LogEventTypes.ACTION_RESULT).details().get("toCustomer"));
        assertFalse(engine.cancel("r1", Reason.CUSTOMER), "a finished action was stopped again");
    }

    @Test
    void theCustomerCannotStopWhatTheyHaveNotAllowedYet() throws Exception {
        CompletableFuture<Boolean> prompt = new CompletableFuture<>();
        engine(prompt, FakeAction.running("scan", ActionRisk.SCAN, measuresUntilStopped()));
        engine.request(new ActionRequest("r1", "scan", Map.of("target", "/home")));
        asked.get(20, TimeUnit.SECONDS);

        assertFalse(engine.cancel("r1", Reason.CUSTOMER), "the question is answered with Deny, not Stop");

        assertFalse(prompt.isDone(), "the customer's question was closed for them");
        assertFalse(journal.order().contains(LogEventTypes.CONSENT_REVOKED));
        prompt.complete(false);
        assertEquals(Outcome.DENIED, listener.result("r1").outcome());
    }

    @Test
    void anActionThatCannotBeStoppedIsNotStoppedNorRecordedAsStopped() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        engine(CompletableFuture.completedFuture(true), FakeAction.running("remove", ActionRisk.CHANGE,
                (progress, cancel) -> {
                    release.await();
                    return ActionReport.succeeded("Removed.", List.of());
                }).notCancellable());
        engine.request(new ActionRequest("r1", "remove", Map.of("target", "foo")));
        listener.awaitStarted("r1");

        assertFalse(engine.cancel("r1", Reason.CUSTOMER));

        release.countDown();
        assertEquals(Outcome.SUCCEEDED, listener.result("r1").outcome());
        assertFalse(journal.order().contains(LogEventTypes.CONSENT_REVOKED), "a stop that did not happen is on the record");
        assertFalse(journal.last(LogEventTypes.ACTION_RESULT).details().containsKey("toCustomer"));
    }
}
