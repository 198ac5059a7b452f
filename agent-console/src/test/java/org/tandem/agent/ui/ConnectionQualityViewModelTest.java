package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Frames per second, round trip and bandwidth, as the status bar shows them. */
class ConnectionQualityViewModelTest {
    @Test
    void framesPerSecondOverTheLastSecond() {
        AtomicLong now = new AtomicLong(0);
        ConnectionQualityViewModel model = new ConnectionQualityViewModel(now::get);
        for (int i = 0; i < 25; i++) {
            model.frameDrawn();
        }
        now.set(500_000_000L);
        model.tick();
        assertEquals("", model.framesPerSecondProperty().get(), "not before a second has passed");
        now.set(2_000_000_000L);
        model.tick();
        assertEquals("12.5 frames/s", model.framesPerSecondProperty().get());
        model.reset();
        assertEquals("", model.framesPerSecondProperty().get());
    }

    @Test
    void roundTripAndIncomingBandwidthFromTheSessionsFigures() {
        AtomicLong now = new AtomicLong(0);
        ConnectionQualityViewModel model = new ConnectionQualityViewModel(now::get);
        model.tick(java.util.Optional.of(new org.tandem.shared.session.SessionChannel.Quality(
                java.util.Optional.of(java.time.Duration.ofMillis(12)), 100_000, 5_000)));
        assertEquals("round trip 12 ms", model.connectionProperty().get(), "no bandwidth before two readings");
        now.set(2_000_000_000L);
        model.tick(java.util.Optional.of(new org.tandem.shared.session.SessionChannel.Quality(
                java.util.Optional.of(java.time.Duration.ofMillis(15)), 100_000 + 2 * 340 * 1024, 6_000)));
        assertEquals("round trip 15 ms · 340 KB/s", model.connectionProperty().get());
        model.tick(java.util.Optional.empty());
        assertEquals("", model.connectionProperty().get(), "nothing without a session");
    }
}
