package org.tandem.agent.session;

import org.tandem.shared.message.FrameCredit;

/**
 * The viewer's count of the customer's credits (decision 0024). {@code held}: frames the customer may
 * still send or has on their way; {@code owed}: frames drawn and not yet credited back. A drawn frame
 * is credited back at once, as before, unless the technician's input flows (some was sent within
 * {@link #RIDE_WITHIN}) and the customer still holds a credit: then it waits to ride on the next
 * input, or goes alone as soon as the customer uses its last credit. So a technician who only
 * watches keeps two frames in flight, the customer always holds a credit for the next change, and
 * while the technician types or scrolls the credits cost no record of their own.
 *
 * <p>Thread-safe: the session credits under its own lock, input takes what is owed without it.
 */
final class FrameCredits {
    /** How recent the technician's last input must be for a credit to wait for the next. */
    static final long RIDE_WITHIN = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(250);

    private final java.util.function.LongSupplier clock;
    private int held;
    private int owed;
    private long lastInputAt;
    private boolean inputSeen;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    FrameCredits(java.util.function.LongSupplier clock) {
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
    }

    /** Sharing stopped or starts anew: nothing is held or owed. */
    synchronized void reset() {
        held = 0;
        owed = 0;
    }

    /** {@code frames} more are granted now; the caller sends them. */
    synchronized int grant(int frames) {
        held += frames;
        return frames;
    }

    /** Whether the customer may be sending a frame now. */
    synchronized boolean anyHeld() {
        return held > 0;
    }

    /**
     * A whole frame arrived, against a credit the caller checked with {@link #anyHeld()}.
     *
     * @return the credits to send now, alone: what is owed if that was the customer's last credit, else 0
     */
    synchronized int frameArrived() {
        if (held > 0) {
            held--;
        }
        return held > 0 ? 0 : grantOwed();
    }

    /**
     * {@code frames} were drawn (or will never be): owed back.
     *
     * @return the credits to send now, alone: all that is owed, unless input flows and the customer
     *     holds a credit still (then 0)
     */
    synchronized int drawn(int frames) {
        owed += frames;
        boolean inputFlows = inputSeen && clock.getAsLong() - lastInputAt < RIDE_WITHIN;
        return held > 0 && inputFlows ? 0 : grantOwed();
    }

    /**
     * The technician's input is being sent: what is owed rides on it, granted now, so the caller must
     * send it; 0 when nothing is owed.
     */
    synchronized int takeOwed() {
        lastInputAt = clock.getAsLong();
        inputSeen = true;
        return grantOwed();
    }

    private int grantOwed() {
        int frames = Math.min(owed, FrameCredit.MAX_FRAMES);
        owed -= frames;
        held += frames;
        return frames;
    }

    synchronized int held() {
        return held;
    }

    synchronized int owed() {
        return owed;
    }
}
