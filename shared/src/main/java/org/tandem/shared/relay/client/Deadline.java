package org.tandem.shared.relay.client;

import java.time.Duration;
import java.util.Objects;

/** A point in time that several waits share, so one timeout covers a whole exchange. */
final class Deadline {
    private final Duration timeout;
    private final long endNanos;

    private Deadline(Duration timeout) {
        this.timeout = timeout;
        this.endNanos = System.nanoTime() + timeout.toNanos();
    }

    static Deadline after(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A timeout must be positive, got " + timeout);
        }
        return new Deadline(timeout);
    }

    /** What is left, never negative. */
    Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    boolean hasPassed() {
        return endNanos - System.nanoTime() <= 0;
    }

    /** The whole timeout as people read it: {@code 10 s}, {@code 500 ms}, {@code 10 min}. */
    String describe() {
        return describe(timeout);
    }

    static String describe(Duration duration) {
        if (duration.toMillis() < 1000 || duration.toMillisPart() != 0) {
            return duration.toMillis() + " ms";
        }
        long seconds = duration.toSeconds();
        if (seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }
}
