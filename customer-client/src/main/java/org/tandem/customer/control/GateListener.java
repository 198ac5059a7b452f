package org.tandem.customer.control;

/**
 * Hears what {@link InputGate} decides. The {@code before*} methods run before the change takes
 * effect, so the session log records a decision before it acts: until {@link #beforeGrant()}
 * returns, no event is injected. If {@code beforeGrant} throws, control is not granted; a revocation
 * or pause happens even if its method throws, because stopping must never fail.
 *
 * <p>Every method is called on the thread that called the gate, while the gate holds its lock: keep
 * them short, and do not wait there for another thread that uses the gate.
 */
public interface GateListener {

    /** Control is about to be granted. */
    default void beforeGrant() {}

    /** Control is about to end; held keys and buttons are released right after. */
    default void beforeRevoke(String reason) {}

    /**
     * Remote input is about to pause, control still granted: {@code pause} says which pause (the customer
     * using their own mouse, or a Tandem window in the way), {@code reason} says so in words. The
     * customer's mouse during a hold at a Tandem window is a new pause, the customer's.
     */
    default void beforePause(InputGate.Pause pause, String reason) {}

    /**
     * Remote input flows again after {@code pause}: the customer's mouse was still for a while, or the
     * technician pressed outside Tandem's windows (heard before that press is injected).
     */
    default void resumed(InputGate.Pause pause) {}

    /** An event was not injected; {@code count} is how many have been dropped for this reason so far. */
    default void dropped(InputGate.DropReason reason, long count) {}
}
