package org.tandem.customer.session;

/** Where the customer's side of a session stands. */
public enum CustomerState {
    /** No session: waiting for a code. */
    IDLE,
    /** Reaching the relay and joining the technician. */
    CONNECTING,
    /** Joined; waiting for the technician to introduce itself. */
    CONNECTED,
    /** The customer is being asked whether to start the session (screen and basic information). */
    ASKING_TO_SHARE,
    /** The screen is being shared. */
    SHARING,
    /** The session is started, the screen not shared (the customer paused sharing). */
    NOT_SHARING,
    /** The session is over; the detail says why. */
    ENDED
}
