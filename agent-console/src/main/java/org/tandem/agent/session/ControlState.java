package org.tandem.agent.session;

import org.tandem.shared.message.InputEvent;

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
    /**
     * The technician's input would have reached one of Tandem's own windows on the customer's screen, and
     * was not injected there. Their pointer still goes through (so that they see where they are), nothing
     * else does; their next click outside Tandem's windows lands and resumes control (decision 0035).
     */
    PAUSED_AT_TANDEM_WINDOW,
    /** Not given: the customer said no; the detail says so. */
    DENIED,
    /**
     * Not given, and not the customer's no: nobody answered in time, or the customer's side closed the
     * question before they answered (sharing stopped, …); the detail says which. Watching only.
     */
    NOT_ANSWERED,
    /** The technician withdrew the request before the customer answered: watching only. */
    WITHDRAWN;

    /** Watching, with no request waiting and no control held: control may be asked for. */
    public boolean watchingOnly() {
        return this == VIEW_ONLY || this == DENIED || this == NOT_ANSWERED || this == WITHDRAWN;
    }

    /** Whether the technician holds control: in control, or paused with control still granted. */
    public boolean held() {
        return this == IN_CONTROL || this == PAUSED || this == PAUSED_AT_TANDEM_WINDOW;
    }

    /**
     * Whether the technician's {@code event} goes on to the customer's side now: all of it in control; at a
     * Tandem window only the pointer, moves and buttons, which that side lets land outside Tandem's windows
     * only (decision 0035); nothing otherwise.
     */
    public boolean sends(InputEvent event) {
        return this == IN_CONTROL || this == PAUSED_AT_TANDEM_WINDOW
                && (event instanceof InputEvent.PointerMove || event instanceof InputEvent.PointerButton);
    }
}
