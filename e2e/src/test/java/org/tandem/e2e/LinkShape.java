package org.tandem.e2e;

import java.time.Duration;
import java.util.Objects;

/**
 * What a link does to bytes in one direction: how fast they go out and how long each takes to
 * arrive.
 *
 * @param bitsPerSecond the link's rate; 0 for as fast as loopback goes
 * @param delay         how long every byte travels after it went out
 */
record LinkShape(long bitsPerSecond, Duration delay) {
    /** Loopback as it is. */
    static final LinkShape UNSHAPED = new LinkShape(0, Duration.ZERO);

    LinkShape {
        Objects.requireNonNull(delay, "delay");
        if (bitsPerSecond < 0 || delay.isNegative()) {
            throw new IllegalArgumentException("A link has a rate and a delay of zero or more");
        }
    }

    /** How long {@code bytes} take to go out at this rate. */
    long transmitNanos(int bytes) {
        return bitsPerSecond == 0 ? 0 : bytes * 8L * 1_000_000_000L / bitsPerSecond;
    }
}
