package org.tandem.shared.testing;

import java.time.Duration;

/** For tests that run a race on purpose: the moment a thread is parked, waiting for a lock or a signal. */
public final class Waiting {
    private Waiting() {}

    /**
     * Returns once {@code thread} waits (blocked on a monitor, or parked on a lock or condition).
     * Thread states signal nothing, so this spins, bounded by {@code limit}.
     *
     * @throws AssertionError when it did not wait within {@code limit}; says what it awaited
     */
    public static void untilWaiting(Thread thread, String what, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (thread.getState() != Thread.State.BLOCKED && thread.getState() != Thread.State.WAITING) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Not within " + limit.toMillis() + " ms: " + what + " (" + thread.getState() + ")");
            }
            Thread.onSpinWait();
        }
    }
}
