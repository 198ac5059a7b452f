package org.tandem.agent.session;

/** Where the technician's side of a session stands. */
public enum AgentState {
    /** No session. */
    IDLE,
    /** Asking the relay for a session code. */
    CREATING,
    /** The code is shown; waiting for the customer to type it. */
    WAITING_FOR_CUSTOMER,
    /** The customer is connected but not sharing the screen. */
    CONNECTED,
    /** The customer's screen is on view. */
    VIEWING,
    /**
     * The connection dropped and the session waits to be resumed (decision 0013): nothing is seen and
     * control has ended. The resume leads to {@link #CONNECTED}; sharing comes back only if the customer
     * shares again.
     */
    RECONNECTING,
    /** The session is over; the detail says why. */
    ENDED
}
