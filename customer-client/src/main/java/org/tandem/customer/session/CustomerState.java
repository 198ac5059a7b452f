package org.tandem.customer.session;

/** Where the customer's side of a session stands. */
public enum CustomerState {
    /** No session: waiting for a code. */
    IDLE,
    /** Reaching the relay and joining the technician. */
    CONNECTING,
    /** Joined; waiting for the technician to introduce itself. */
    CONNECTED,
    /** The customer is being asked whether to share the screen. */
    ASKING_TO_SHARE,
    /** The screen is being shared. */
    SHARING,
    /** Connected, screen not shared (declined or stopped). */
    NOT_SHARING,
    /** The session is over; the detail says why. */
    ENDED
}
