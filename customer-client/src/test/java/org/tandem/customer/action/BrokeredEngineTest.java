package org.tandem.customer.action;

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
import org.junit.jupiter.api.AfterEach;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.ConsentRequest;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.action.ActionRequest;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionTable;

/**
 * What the action engine's tests share: an engine over fake actions that asks the customer through a
 * real consent broker, as in the app, and records in the recording journal; the customer's answers,
 * the questions asked and the runs, counted; and the engine closed after each test.
 */
abstract class BrokeredEngineTest {
    final RecordingJournal journal = new RecordingJournal();
    final RecordingListener listener = new RecordingListener();
    final List<ActionConsentRequest> questions = Collections.synchronizedList(new ArrayList<>());
    final CompletableFuture<ActionConsentRequest> firstQuestion = new CompletableFuture<>();
    final AtomicInteger runs = new AtomicInteger();
    ActionEngine engine;

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

    ActionEngine engine(Customer consent, Action... actions) {
        return engine(consent, Duration.ofSeconds(60), Duration.ofSeconds(10), actions);
    }

    /** The engine asks through a real consent broker, as in the app, over the recording journal. */
    ActionEngine engine(Customer consent, Duration consentTimeout, Duration grace, Action... actions) {
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

    static Customer answer(Boolean allowed) {
        return request -> CompletableFuture.completedFuture(allowed);
    }

    ActionRun succeeds() {
        return (progress, cancel) -> {
            runs.incrementAndGet();
            journal.mark("RUN");
            return ActionReport.succeeded("Done.", List.of("it worked"));
        };
    }

    static ActionRequest request(String id, String action, String target) {
        return new ActionRequest(id, action, target == null ? Map.of() : Map.of("target", target));
    }

    ActionRun untilCancelled(String summary) {
        return (progress, cancel) -> {
            CountDownLatch stopped = new CountDownLatch(1);
            try (CancellationToken.Registration r = cancel.onCancel(stopped::countDown)) {
                stopped.await();
            }
            return new ActionReport(Outcome.FAILED, 143, summary, List.of(), 0, ActionTable.EMPTY);
        };
    }

    void awaitQuestion() throws Exception {
        firstQuestion.get(20, TimeUnit.SECONDS);
    }
}
