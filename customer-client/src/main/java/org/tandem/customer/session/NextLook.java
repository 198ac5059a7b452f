package org.tandem.customer.session;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The screen share's next look at the screen, planned on the capture thread: an earlier plan stands
 * against a later one, a later plan never delays it. Not thread-safe: the sharer's lock guards it.
 */
final class NextLook {
    private final ScheduledExecutorService thread;
    private final Runnable look;
    private ScheduledFuture<?> next;
    private long nextAt;

    NextLook(ScheduledExecutorService thread, Runnable look) {
        this.thread = thread;
        this.look = look;
    }

    /** A look in {@code nanos}, unless one is planned already by then. */
    void in(long nanos) {
        long at = System.nanoTime() + nanos;
        if (next != null && !next.isDone() && nextAt - at <= 0) {
            return;
        }
        cancel();
        nextAt = at;
        next = thread.schedule(look, nanos, TimeUnit.NANOSECONDS);
    }

    /** The planned look is under way: the next plan starts afresh. */
    void begun() {
        next = null;
    }

    void cancel() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }
}
