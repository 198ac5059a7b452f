package org.tandem.customer.capture;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When the capture thread looks at the screen next: every {@code fast} while the screen changes and
 * for {@code stayFast} after, then twice as long at each look that finds nothing, up to {@code idle};
 * at once after injected input, and then every {@code echo} until the input's effect shows (or
 * {@code echoWait} passed), so a typed key is on its way within a few milliseconds of being drawn.
 * A short {@code echo} only pays where a look costs next to nothing (a screen that reports its
 * damage); elsewhere it is {@code fast}. Plain logic over an injected clock, used by one thread at a time.
 */
public final class CapturePace {
    /** The shortest wait between two ordinary looks, whatever {@code fast} says. */
    public static final long FLOOR_NANOS = 5_000_000;
    /** How long after input or a change the screen is watched at the fast rate before backing off. */
    static final Duration STAY_FAST = Duration.ofMillis(500);
    /** How often a source that reports its changes is looked at while an input's effect is awaited. */
    static final Duration ECHO_POLL = Duration.ofMillis(2);
    /** How long an input's effect is awaited that closely. */
    static final Duration ECHO_WAIT = Duration.ofMillis(150);

    /** What the watched source can say about its own changes, which sets how closely it is watched. */
    public enum Watching {
        /** Nothing: every look captures and compares, so looks after input come at the fast rate only. */
        POLLED,
        /** Whether anything was drawn, for next to nothing ({@link ChangeHint}): close looks after input pay. */
        HINTED,
        /** The moment anything is drawn ({@link ChangeHint#tellWhenDrawn}): no close looks are needed at all. */
        TOLD
    }

    /** The pace a screen share watches {@code watching} at, with {@code fast} while it changes and {@code idle} at rest. */
    public static CapturePace forSharing(Watching watching, long fastNanos, long idleNanos, LongSupplier clock) {
        long echo = watching == Watching.HINTED ? ECHO_POLL.toNanos() : Math.max(fastNanos, FLOOR_NANOS);
        // Told of drawing, it needs no close looks after input or a change: they would find what it is told of.
        long stayFast = watching == Watching.TOLD ? 0 : STAY_FAST.toNanos();
        return new CapturePace(fastNanos, idleNanos, stayFast, echo, ECHO_WAIT.toNanos(), clock);
    }

    private final long fastNanos;
    private final long idleNanos;
    private final long stayFastNanos;
    private final long echoNanos;
    private final long echoWaitNanos;
    private final LongSupplier clock;
    private long interval;
    private long fastUntil;
    private long echoUntil;

    /**
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    public CapturePace(long fastNanos, long idleNanos, long stayFastNanos, long echoNanos, long echoWaitNanos,
            LongSupplier clock) {
        if (fastNanos < 0 || idleNanos < fastNanos || stayFastNanos < 0 || echoNanos < 0 || echoWaitNanos < 0) {
            throw new IllegalArgumentException("A capture pace needs 0 <= fast <= idle and no negative wait");
        }
        this.fastNanos = fastNanos;
        this.idleNanos = idleNanos;
        this.stayFastNanos = stayFastNanos;
        this.echoNanos = echoNanos;
        this.echoWaitNanos = echoWaitNanos;
        this.clock = clock;
        long now = clock.getAsLong();
        this.interval = fastNanos;
        this.fastUntil = now;
        this.echoUntil = now;
    }

    /** Sharing (re)starts: looks come at the fast rate. */
    public void restart() {
        long now = clock.getAsLong();
        interval = fastNanos;
        fastUntil = now + stayFastNanos;
        echoUntil = now;
    }

    /** Input was injected: look at once, then closely until its effect shows. */
    public void inputInjected() {
        long now = clock.getAsLong();
        interval = fastNanos;
        fastUntil = now + stayFastNanos;
        echoUntil = now + echoWaitNanos;
    }

    /** A look found the screen changed (so the input's effect, if one was awaited, showed). */
    public void changed() {
        long now = clock.getAsLong();
        interval = fastNanos;
        fastUntil = now + stayFastNanos;
        echoUntil = now;
    }

    /** Only the pointer moved: stay fast, still awaiting an input's effect on the pixels. */
    public void pointerMoved() {
        interval = fastNanos;
        fastUntil = clock.getAsLong() + stayFastNanos;
    }

    /** A look found nothing new: back off, unless input or a change was recent. */
    public void unchanged() {
        boolean stayFast = clock.getAsLong() - fastUntil < 0;
        interval = stayFast ? fastNanos : Math.min(idleNanos, Math.max(FLOOR_NANOS, interval * 2));
    }

    /** Whether an input's effect is still awaited. */
    public boolean awaitingEcho() {
        return clock.getAsLong() - echoUntil < 0;
    }

    /** How long to wait before the next look. */
    public long nextDelayNanos() {
        if (awaitingEcho()) {
            return Math.min(echoNanos, Math.max(FLOOR_NANOS, interval));
        }
        return Math.max(FLOOR_NANOS, interval);
    }
}
