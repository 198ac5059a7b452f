package org.tandem.customer.session;

import org.tandem.customer.consent.ConsentUnavailableException;
import org.tandem.customer.consent.QuestionSettledException;

/**
 * Why a request for control was not granted although the customer did not press No, in words for the
 * technician: the consent broker closed the question for the customer, or could not put it or keep
 * their answer. Sent as a {@code control-denied} marked unanswered, so that the technician never reads
 * "The customer said no" for it (decision 0027, fourth addendum).
 */
final class ControlDenialWords {
    static final String UNAVAILABLE = "The question could not be shown to the customer, or their answer could not"
            + " be recorded.";
    static final String CLOSED = "The question closed before the customer answered.";

    private ControlDenialWords() {}

    /** Why the question about control ended without the customer's answer ({@code error}: how it failed). */
    static String closedFor(Throwable error) {
        if (error instanceof QuestionSettledException settled) {
            return switch (settled.because()) {
                case SHARING_STOPPED -> "Sharing stopped before the customer answered.";
                case CONNECTION_LOST -> "The connection was lost before the customer answered.";
                case SESSION_ENDED -> "The session ended before the customer answered.";
                // A control question holds while the session is the same and the screen is shared; a session
                // that moved on hears nothing of it, so what changed is that sharing stopped.
                case STATE_CHANGED -> "Sharing stopped before the customer's yes could be used.";
            };
        }
        return error instanceof ConsentUnavailableException ? UNAVAILABLE : CLOSED;
    }
}
