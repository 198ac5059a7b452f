package org.tandem.agent.session;

/** Whether the technician's hands are on the customer's mouse and keyboard. */
public enum ControlState {
    /** Watching only. */
    VIEW_ONLY,
    /** Asked; the customer is being prompted. */
    REQUESTED,
    /** The customer allowed it: input goes through. */
    IN_CONTROL,
    /** The customer is using their own mouse or keyboard; input waits a moment. */
    PAUSED,
    /** Not given: the customer said no; the detail says so. */
    DENIED,
    /**
     * Not given, and not the customer's no: nobody answered in time, or the customer's side closed the
     * question before they answered (sharing stopped, …); the detail says which. Watching only.
     */
    NOT_ANSWERED,
    /** The technician withdrew the request before the customer answered: watching only. */
    WITHDRAWN
}
