package org.tandem.agent.session;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The technician's session's lock: the reader holds it for each message from the customer, the view
 * for a frame drawn or a request. It is fair (decision 0022): the reader comes back for the next
 * screen update at once, and an unfair lock let it, so a request for control could wait behind the
 * whole stream of updates. Reentrant, as the view may credit a frame back from within a frame's handling.
 */
final class SessionTurn {
    private final ReentrantLock lock = new ReentrantLock(true);

    /** Runs {@code step} holding the lock, after the callers that came before. */
    <E extends Exception> void run(Step<E> step) throws E {
        lock.lock();
        try {
            step.run();
        } finally {
            lock.unlock();
        }
    }

    /** One step of the session. */
    @FunctionalInterface
    interface Step<E extends Exception> {
        void run() throws E;
    }
}
