package org.tandem.customer.action;

import java.util.Objects;
import java.util.function.BiPredicate;
import org.tandem.customer.action.CancellationToken.Reason;
import org.tandem.shared.log.JournalEvent;

/**
 * Who may stop a request, and what the customer's journal holds before the stop takes effect. The
 * customer's Stop of a running action is their permission taken back (decision 0043); the technician's
 * stop of one that was allowed, running or not yet started, is {@code action.stop-requested} by the
 * technician (decisions 0045 and 0049). Either is recorded before the request is told to stop, and
 * carried out even when it cannot be recorded: stopping is the safe direction.
 */
final class RequestStops {
    private final ConsentStep questions;
    private final BiPredicate<String, JournalEvent> record;
    /** Who asks for actions, as the journal names them. */
    private final String asker;

    /** {@code record}: writes one event by one actor, false when it could not. */
    RequestStops(ConsentStep questions, BiPredicate<String, JournalEvent> record, String asker) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.record = Objects.requireNonNull(record, "record");
        this.asker = Objects.requireNonNull(asker, "asker");
    }

    /**
     * Stops {@code run} for {@code by}; false when it cannot be stopped now: it runs and cannot be
     * cancelled, or (for the customer, who answers a question with Deny) it does not run.
     */
    boolean cancel(PendingRequest run, Reason by) {
        if (run.running && !run.cancellable) {
            return false;
        }
        if (by == Reason.CUSTOMER) {
            if (!run.running || run.token.isCancelled() || run.finished.get()) {
                return false;
            }
            questions.customerStopped(run, ActionOutcomeWords.STOPPED_BY_CUSTOMER);
        } else if (by == Reason.TECHNICIAN && run.running) {
            if (run.token.isCancelled() || run.finished.get()) {
                return false;
            }
            recordTechniciansStop(run, ActionOutcomeWords.STOPPED_BY_TECHNICIAN);
        }
        // Before the customer's answer the technician's cancel withdraws the question (ConsentStep); after a
        // yes, the request ends unstarted, and is recorded first where it does (stoppedBeforeStart).
        run.token.cancel(by);
        return true;
    }

    /**
     * The technician's stop reached {@code run} after it was allowed (the customer's yes recorded, or a look
     * with nothing to ask) and before it started: put on record as theirs, once, before it ends unstarted.
     * Called where the engine acts on the stop, so nothing follows from it before it is recorded.
     */
    void stoppedBeforeStart(PendingRequest run) {
        if (run.token.reason().orElse(null) == Reason.TECHNICIAN) {
            recordTechniciansStop(run, ActionOutcomeWords.STOPPED_BEFORE_START);
        }
    }

    /**
     * The technician's stop reached {@code run} before the customer was asked: it waited in the intake or was
     * being checked. Put on record as theirs, once, before it ends, so the log does not go from the request to
     * its result as if nobody had asked to stop it (decision 0051). {@code asks}: whether it would have asked
     * the customer; a look, which asks nobody, was stopped before it started.
     */
    void stoppedBeforeAsked(PendingRequest run, boolean asks) {
        if (run.token.reason().orElse(null) == Reason.TECHNICIAN) {
            recordTechniciansStop(run, asks ? ActionOutcomeWords.WITHDRAWN_BEFORE_ASKED
                    : ActionOutcomeWords.STOPPED_BEFORE_START);
        }
    }

    private void recordTechniciansStop(PendingRequest run, String reason) {
        if (run.stopRecorded.compareAndSet(false, true)) {
            record.test(asker, new JournalEvent.ActionStopRequested(run.request.requestId(), run.what, reason));
        }
    }
}
