package org.tandem.customer.session;

import org.tandem.customer.consent.ClosedQuestionWords;

/**
 * Why a request for control was not granted although the customer did not press No, in words for the
 * technician: the consent broker closed the question for the customer, or could not put it or keep
 * their answer. Sent as a {@code control-denied} marked unanswered, so that the technician never reads
 * "The customer said no" for it (decision 0027, fourth addendum).
 */
final class ControlDenialWords {
    private ControlDenialWords() {}

    /** Why the question about control ended without the customer's answer ({@code error}: how it failed). */
    static String closedFor(Throwable error) {
        // A control question holds while the session is the same and the screen is shared; a session that moved
        // on hears nothing of it, so what changed is that the customer paused sharing.
        return ClosedQuestionWords.why(error, "The customer paused sharing before their yes could be used.");
    }
}
