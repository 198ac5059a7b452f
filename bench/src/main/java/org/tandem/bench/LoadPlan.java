package org.tandem.bench;

import java.time.Duration;

/**
 * What each paired session of a load run does: screen frames at most {@code framesPerSecond} (and
 * only while the viewer holds a credit), technician input events at {@code inputsPerSecond}, and a
 * chat message each way every {@code chatEvery}.
 */
record LoadPlan(int framesPerSecond, int inputsPerSecond, Duration chatEvery) {
    LoadPlan {
        if (framesPerSecond < 1 || inputsPerSecond < 1 || chatEvery.isNegative() || chatEvery.isZero()) {
            throw new IllegalArgumentException("A load plan needs at least one frame and one input a second, and chat");
        }
    }

    long frameIntervalMicros() {
        return 1_000_000L / framesPerSecond;
    }

    long inputIntervalMicros() {
        return 1_000_000L / inputsPerSecond;
    }
}
