package org.tandem.customer.action;

import org.tandem.customer.action.CancellationToken.Reason;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.shared.action.ActionResult.Outcome;

/** How the engine says what became of a request that was stopped, withdrawn or finished. */
final class ActionOutcomeWords {
    static final String SAID_NO = "The customer said no, so nothing was done.";
    static final String NOT_SHOWN = "The question could not be shown to the customer, so nothing was done.";
    /** The customer's yes was recorded just before the technician's withdrawal arrived; the action did not start. */
    static final String ALLOWED_AS_WITHDRAWN =
            "The customer allowed it just as the technician withdrew the request, so nothing was done.";

    /** Why the customer's permission for a running action was taken back, as their journal records it (decision 0043). */
    static final String STOPPED_BY_CUSTOMER = "The customer stopped it while it ran.";
    /** Why the technician's stop of a running action was asked, as the customer's journal records it (decision 0045). */
    static final String STOPPED_BY_TECHNICIAN = "The technician stopped it while it ran.";
    /** Why, when the technician's stop came after the request was allowed and before it started (decision 0049). */
    static final String STOPPED_BEFORE_START = "The technician stopped it before it started.";
    /** Why, when the technician's stop came before the customer was asked: queued or being checked (decision 0051). */
    static final String WITHDRAWN_BEFORE_ASKED = "The technician withdrew the request before the customer was asked.";
    /** How a request ends that the technician withdrew before the customer was asked (decision 0051). */
    static final String WITHDRAWN_BEFORE_ASKED_ENDING =
            "The technician withdrew the request before the customer was asked, so nothing was done.";
    /** How a request ends that the technician stopped once allowed and before it started (decision 0051). */
    static final String STOPPED_BEFORE_START_ENDING = "Cancelled by the technician before it started, so nothing was done.";
    /** For the customer, when checking the request failed in a way only the app log can tell. */
    static final String NOT_CHECKED_TO_CUSTOMER = "Tandem could not check the request, so nothing was done.";
    /** For the customer, when the action failed in a way only the app log can tell. */
    static final String FAILED_TO_CUSTOMER = "Something went wrong on this computer while it ran, so it did not finish.";

    private ActionOutcomeWords() {}

    static String stopped(Reason reason, Action action) {
        return switch (reason) {
            case TECHNICIAN -> "Cancelled by the technician.";
            case CUSTOMER -> "Cancelled by the customer.";
            case SESSION_ENDED -> "Stopped because the session ended.";
            case TIMED_OUT -> "Stopped after " + Words.duration(action.timeout()) + ": it took longer than allowed.";
        };
    }

    /**
     * What the customer reads of an action stopped while it ran, where it differs from {@link #stopped}:
     * their own Stop, told to them, and the technician's, said plainly (decision 0045; the customer's list
     * names the technician); "" for the other reasons, whose words suit the customer too.
     */
    static String stoppedToCustomer(Reason reason) {
        return switch (reason) {
            case CUSTOMER -> "You stopped it.";
            case TECHNICIAN -> "The technician stopped it.";
            case SESSION_ENDED, TIMED_OUT -> "";
        };
    }

    /**
     * How a request ends that {@code reason} stopped once allowed and before it started: the technician's stop
     * says that nothing was done (decision 0051); the other reasons' words are those of {@link #stopped}.
     */
    static String stoppedBeforeStart(Reason reason, Action action) {
        return reason == Reason.TECHNICIAN ? STOPPED_BEFORE_START_ENDING : stopped(reason, action);
    }

    /** What the customer reads of it: that it never started and nothing was done, or as {@link #stoppedToCustomer}. */
    static String stoppedBeforeStartToCustomer(Reason reason) {
        return reason == Reason.TECHNICIAN ? "The technician stopped it before it started, so nothing was done."
                : stoppedToCustomer(reason);
    }

    /**
     * The technician's stop of a request the customer was not asked about yet (it waited in the intake or was
     * being checked): a question withdrawn before it was put, or, for a look that asks nobody, stopped before it
     * started. {@code asks}: whether the request would have asked the customer.
     */
    static String stoppedBeforeAsked(boolean asks) {
        return asks ? WITHDRAWN_BEFORE_ASKED_ENDING : STOPPED_BEFORE_START_ENDING;
    }

    /** What the customer reads of it (decision 0051). */
    static String stoppedBeforeAskedToCustomer(boolean asks) {
        return asks ? "The technician withdrew the request before you were asked, so nothing was done."
                : stoppedBeforeStartToCustomer(Reason.TECHNICIAN);
    }

    static String withdrawnBeforeAnswer(Reason reason) {
        return switch (reason) {
            case TECHNICIAN -> "The technician withdrew the request before the customer answered, so nothing was done.";
            case CUSTOMER -> "Cancelled by the customer, so nothing was done.";
            case SESSION_ENDED -> "The session ended before the customer answered, so nothing was done.";
            case TIMED_OUT -> "Nobody answered in time, so nothing was done.";
        };
    }

    /** The consent broker answered no for the customer, who had not said no (decision 0027, third addendum). */
    static String settledBeforeAnswer(SettledBecause because) {
        return switch (because) {
            case SHARING_STOPPED -> "The customer paused sharing before they answered, so nothing was done.";
            case CONNECTION_LOST -> "The connection was lost before the customer answered, so nothing was done.";
            case SESSION_ENDED -> withdrawnBeforeAnswer(Reason.SESSION_ENDED);
            case STATE_CHANGED -> "Things changed before the customer's yes could be used, so nothing was done.";
        };
    }

    static Outcome outcomeOf(Reason reason) {
        return reason == Reason.TIMED_OUT ? Outcome.TIMED_OUT : Outcome.CANCELLED;
    }

    /** The log's {@code outcome}: {@code success} or {@code failure}, or what else happened, in words. */
    static String outcomeWord(Outcome outcome) {
        return outcome.word();
    }
}
