package org.tandem.customer.consent;

/**
 * Why a question ended without the customer's answer although they did not press No, in words for the
 * technician ("The customer paused sharing before they answered."): the consent broker closed it for them,
 * or could not put it or keep their answer. What the customer's side sends instead of their no, so that
 * the technician never reads "The customer said no" for it (decision 0027, fourth addendum; 0031).
 */
public final class ClosedQuestionWords {
    /** The question could not be shown, or the answer not recorded. */
    public static final String UNAVAILABLE = "The question could not be shown to the customer, or their answer could"
            + " not be recorded.";
    /** The asker stopped asking, for a reason it did not say. */
    public static final String CLOSED = "The question closed before the customer answered.";

    private ClosedQuestionWords() {}

    /**
     * Why the question ended without the customer's answer ({@code error}: how the broker's future failed);
     * {@code stateChanged}: the words for a yes that came when what the question was asked in no longer held,
     * which only the asker can name.
     */
    public static String why(Throwable error, String stateChanged) {
        if (error instanceof QuestionSettledException settled) {
            return switch (settled.because()) {
                case SHARING_STOPPED -> "The customer paused sharing before they answered.";
                case CONNECTION_LOST -> "The connection was lost before the customer answered.";
                case SESSION_ENDED -> "The session ended before the customer answered.";
                case STATE_CHANGED -> stateChanged;
            };
        }
        return error instanceof ConsentUnavailableException ? UNAVAILABLE : CLOSED;
    }
}
