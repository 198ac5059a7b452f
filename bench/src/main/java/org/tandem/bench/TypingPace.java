package org.tandem.bench;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The pause before each keystroke: random, up to a typist's gap between keys, so that keystrokes
 * land at every point of the viewer's frame loop rather than in step with it. Seeded, so every run
 * pauses alike.
 */
final class TypingPace {
    static final Duration LONGEST_PAUSE = Duration.ofMillis(100);

    private final SplittableRandom random = new SplittableRandom(20_240_601L);

    void pause() throws InterruptedException {
        Thread.sleep(random.nextLong(LONGEST_PAUSE.toMillis()));
    }
}
