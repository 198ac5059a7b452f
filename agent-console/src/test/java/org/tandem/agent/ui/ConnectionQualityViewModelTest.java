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
                java.util.Optional.of(java.time.Duration.ofMillis(25)), 100_000 + 2 * 340 * 1024, 6_000)));
        assertEquals("round trip 25 ms · 340 KB/s", model.connectionProperty().get());
        model.tick(java.util.Optional.empty());
        assertEquals("", model.connectionProperty().get(), "nothing without a session");
    }

    @Test
    void aRoundTripAndBandwidthThatWaverALittleLeaveTheStatusLineAlone() {
        AtomicLong now = new AtomicLong(0);
        ConnectionQualityViewModel model = new ConnectionQualityViewModel(now::get);
        java.util.List<String> shown = new java.util.ArrayList<>();
        model.connectionProperty().addListener((obs, was, text) -> shown.add(text));
        long received = 0;
        int[] roundTrips = {12, 13, 11, 12, 14, 12, 25, 24, 26};
        int[] kilobytesPerSecond = {0, 340, 350, 330, 345, 338, 341, 700, 690};
        for (int i = 0; i < roundTrips.length; i++) {
            received += kilobytesPerSecond[i] * 1024L;
            now.addAndGet(1_000_000_000L);
            model.tick(java.util.Optional.of(new org.tandem.shared.session.SessionChannel.Quality(
                    java.util.Optional.of(java.time.Duration.ofMillis(roundTrips[i])), received, 0)));
        }

        assertEquals(java.util.List.of("round trip 12 ms", "round trip 12 ms · 340 KB/s",
                "round trip 25 ms · 340 KB/s", "round trip 25 ms · 700 KB/s"), shown,
                "changes of a few percent are noise: the line is repainted only when a figure really moves");
    }

    @Test
    void framesPerSecondAreRepublishedOnlyWhenTheyChange() {
        AtomicLong now = new AtomicLong(0);
        ConnectionQualityViewModel model = new ConnectionQualityViewModel(now::get);
        java.util.List<String> shown = new java.util.ArrayList<>();
        model.framesPerSecondProperty().addListener((obs, was, text) -> shown.add(text));
        for (int second = 1; second <= 5; second++) {
            now.set(second * 1_000_000_000L);
            model.tick();
        }

        assertEquals(java.util.List.of("0 frames/s"), shown, "an idle screen is said once");
    }

    @Test
    void aRoundTripThatWaversByAFewMillisecondsOnABusyComputerLeavesTheStatusLineAlone() {
        AtomicLong now = new AtomicLong(0);
        ConnectionQualityViewModel model = new ConnectionQualityViewModel(now::get);
        java.util.List<String> shown = new java.util.ArrayList<>();
        model.connectionProperty().addListener((obs, was, text) -> shown.add(text));
        int[] roundTrips = {4, 9, 3, 11, 5, 8, 2, 12, 6};
        for (int roundTrip : roundTrips) {
            now.addAndGet(1_000_000_000L);
            model.tick(java.util.Optional.of(new org.tandem.shared.session.SessionChannel.Quality(
                    java.util.Optional.of(java.time.Duration.ofMillis(roundTrip)), 0, 0)));
        }

        assertEquals(java.util.List.of("round trip 4 ms", "round trip 4 ms · 0 KB/s"), shown,
                "each change repaints the whole console window: single milliseconds are not worth it");
    }
}
