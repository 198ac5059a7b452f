package org.tandem.customer.consent;

/**
 * Why the consent broker answered a question no for the customer, before they answered it: what the
 * asker tells the technician instead of "the customer said no" ({@link QuestionSettledException}).
 */
public enum SettledBecause {
    /** The customer paused sharing their screen while asked. */
    SHARING_STOPPED,
    /** The connection to the technician dropped while the customer was asked. */
    CONNECTION_LOST,
    /** The session ended, or was ending, before the customer answered. */
    SESSION_ENDED,
    /** The customer allowed it, but what it was asked in no longer held, so the yes was not used. */
    STATE_CHANGED
}
