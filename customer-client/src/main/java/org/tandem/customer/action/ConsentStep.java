package org.tandem.customer.action;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.action.CancellationToken.Reason;
import org.tandem.customer.consent.ConsentUnavailableException;
import org.tandem.customer.consent.QuestionSettledException;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.log.JournalEvent.Answer;

/**
 * The step of a request that asks the customer, for a scan or a change: puts the question through
 * {@link ActionConsent}, withdraws it when the technician cancels the request ({@link
 * ActionConsent#withdraw}; any other cancel closes it as a no, {@link ActionConsent#close}), and turns the answer, recorded already by
 * whoever asked, into what follows: a recorded yes lets the action run, anything else is the
 * request's result. Only the customer's own No is {@code DENIED}; a no the consent broker gave for
 * them ({@link QuestionSettledException}: they stopped sharing, the session ended, …) is
 * {@code CANCELLED} with why, so the technician is never told the customer said no when they did not.
 */
final class ConsentStep {
    /** How long past the customer's time to answer the engine waits for a prompt that never answers. */
    static final Duration CONSENT_GRACE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(ConsentStep.class);

    private final ActionConsent consent;
    private final Duration consentTimeout;
    private final Executor continuation;

    /** {@code continuation}: where what follows the answer runs (the engine's workers). */
    ConsentStep(ActionConsent consent, Duration consentTimeout, Executor continuation) {
        this.consent = Objects.requireNonNull(consent, "consent");
        this.consentTimeout = Objects.requireNonNull(consentTimeout, "consentTimeout");
        this.continuation = Objects.requireNonNull(continuation, "continuation");
    }

    /**
     * Asks the customer about {@code run} and returns at once; {@code shown} runs when the question is on
     * the customer's screen ({@link ActionConsent#ask(ActionConsentRequest, Runnable)}). Once it is settled, on
     * {@code continuation}: {@code allowed} runs after a recorded yes, {@code ended} hears the result
     * of any other end.
     */
    void ask(PendingRequest run, Action action, Consent.Ask ask, Runnable shown, Runnable allowed,
            Consumer<ActionResult> ended) {
        String id = run.request.requestId();
        CompletableFuture<Answer> answer;
        try {
            answer = consent.ask(new ActionConsentRequest(id, action.descriptor(), ask.what(), ask.effect(), consentTimeout),
                    shown);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        if (answer == null) {
            answer = CompletableFuture.completedFuture(null);
        }
        // The broker answers at the timeout itself; this only guards against a prompt that never answers.
        CompletableFuture<Answer> asked = answer.completeOnTimeout(Answer.TIMED_OUT,
                consentTimeout.plus(CONSENT_GRACE).toMillis(), TimeUnit.MILLISECONDS);
        // Only the technician's cancel withdraws the question; any other end (the session's) makes it a no,
        // given for the customer with why. An answer recorded before either stands.
        CancellationToken.Registration withdraw = run.token.onCancel(() -> {
            Reason why = run.token.reason().orElseThrow();
            if (why == Reason.TECHNICIAN) {
                consent.withdraw(asked);
            } else {
                consent.close(asked, why);
            }
        });
        asked.whenCompleteAsync((given, error) -> {
            withdraw.close();
            run.allowed = error == null && given == Answer.GRANTED;
            Optional<ActionResult> refused = refusal(run, given, error);
            if (refused.isPresent()) {
                ended.accept(refused.get());
            } else {
                allowed.run();
            }
        }, continuation);
    }

    /** The customer stopped {@code run} while it ran: their permission is recorded as taken back, by whoever records answers. */
    void customerStopped(PendingRequest run, String reason) {
        try {
            consent.customerStopped(run.request.requestId(), run.purpose, reason);
        } catch (RuntimeException e) {
            LOG.warn("Could not record that the customer stopped {}", run.request.requestId(), e);
        }
    }

    /**
     * The result of a request whose question did not end in a yes that may take effect; empty for a
     * recorded yes, and not one that crossed the technician's withdrawal. A no given before the
     * withdrawal came is the answer, the customer's or one given for them.
     */
    private Optional<ActionResult> refusal(PendingRequest run, Answer answer, Throwable error) {
        String id = run.request.requestId();
        Optional<Reason> stopped = run.token.reason();
        boolean answeredFirst = stopped.isPresent() && stopped.get() == Reason.TECHNICIAN
                && (error == null || error instanceof QuestionSettledException);
        if (answer == Answer.WITHDRAWN) {
            return Optional.of(ActionResult.of(id, Outcome.CANCELLED,
                    ActionOutcomeWords.withdrawnBeforeAnswer(Reason.TECHNICIAN)));
        } else if (answeredFirst && answer == Answer.GRANTED) {
            return Optional.of(ActionResult.of(id, Outcome.CANCELLED, ActionOutcomeWords.ALLOWED_AS_WITHDRAWN));
        } else if (stopped.isPresent() && !answeredFirst) {
            return Optional.of(ActionResult.of(id, Outcome.CANCELLED,
                    ActionOutcomeWords.withdrawnBeforeAnswer(stopped.get())));
        } else if (error instanceof QuestionSettledException settled) {
            return Optional.of(ActionResult.of(id, Outcome.CANCELLED,
                    ActionOutcomeWords.settledBeforeAnswer(settled.because())));
        } else if (error != null && !(error instanceof CancellationException)) {
            LOG.warn("The consent prompt for {} failed", id, error);
            return Optional.of(ActionResult.of(id, Outcome.FAILED, error instanceof ConsentUnavailableException unavailable
                    ? unavailable.getMessage() : ActionOutcomeWords.NOT_SHOWN));
        } else if (answer == Answer.TIMED_OUT) {
            return Optional.of(ActionResult.of(id, Outcome.TIMED_OUT,
                    "Nobody answered within " + Words.duration(consentTimeout) + ", so nothing was done."));
        } else if (answer != Answer.GRANTED) {
            return Optional.of(ActionResult.of(id, Outcome.DENIED, ActionOutcomeWords.SAID_NO));
        }
        return Optional.empty();
    }
}
