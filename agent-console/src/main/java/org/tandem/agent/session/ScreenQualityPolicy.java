package org.tandem.agent.session;

import java.util.Optional;
import java.util.function.LongSupplier;
import org.tandem.shared.screen.ScreenQuality;

/**
 * Chooses the screen quality to ask the customer for (decision 0021) from how frames arrive. A frame
 * whose updates take longer than {@link #SLOW_FRAME_NANOS} from the first to the last is one the
 * connection's bandwidth could not carry as fast as the screen changed: its updates queued up on the
 * way. Two such frames within {@link #WINDOW_NANOS} ask for low quality. Quality goes back to lossless
 * once no frame was slow for a hold time (10 s at first, so a still screen gets its exact pixels
 * soon); if it must drop again within {@link #RELAPSE_NANOS} of rising, the hold doubles, up to
 * {@link #MAX_HOLD_NANOS}, so a connection that cannot carry lossless does not flap.
 */
final class ScreenQualityPolicy {
    static final long SLOW_FRAME_NANOS = 250_000_000L;
    static final long WINDOW_NANOS = 5_000_000_000L;
    static final long FIRST_HOLD_NANOS = 10_000_000_000L;
    static final long MAX_HOLD_NANOS = 80_000_000_000L;
    static final long RELAPSE_NANOS = 30_000_000_000L;

    private final LongSupplier nanoTime;
    private ScreenQuality current = ScreenQuality.LOSSLESS;
    private long lastSlowAt;
    private boolean slowSeen;
    private long hold = FIRST_HOLD_NANOS;
    private long raisedAt;
    private boolean raisedOnce;

    /** @param nanoTime {@code System::nanoTime} in the app, a hand-moved clock in tests */
    ScreenQualityPolicy(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    ScreenQuality current() {
        return current;
    }

    /** Sharing started anew: the customer's encoder starts lossless, and so does this. */
    void reset() {
        current = ScreenQuality.LOSSLESS;
        slowSeen = false;
        raisedOnce = false;
        hold = FIRST_HOLD_NANOS;
    }

    /**
     * The last update of a frame arrived now; its first arrived at {@code firstUpdateNanos}.
     *
     * @return the quality to ask for, when it changes
     */
    Optional<ScreenQuality> frameArrived(long firstUpdateNanos) {
        long now = nanoTime.getAsLong();
        if (now - firstUpdateNanos > SLOW_FRAME_NANOS) {
            boolean second = slowSeen && now - lastSlowAt <= WINDOW_NANOS;
            slowSeen = true;
            lastSlowAt = now;
            if (second && current == ScreenQuality.LOSSLESS) {
                hold = raisedOnce && now - raisedAt <= RELAPSE_NANOS ? Math.min(MAX_HOLD_NANOS, hold * 2) : FIRST_HOLD_NANOS;
                current = ScreenQuality.LOW;
                return Optional.of(current);
            }
        }
        return tick();
    }

    /**
     * Called about once a second and at each frame, so a still screen (no frames) rises back too.
     *
     * @return the quality to ask for, when it changes
     */
    Optional<ScreenQuality> tick() {
        long now = nanoTime.getAsLong();
        if (current == ScreenQuality.LOW && now - lastSlowAt >= hold) {
            current = ScreenQuality.LOSSLESS;
            raisedAt = now;
            raisedOnce = true;
            slowSeen = false;
            return Optional.of(current);
        }
        return Optional.empty();
    }
}
