package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReconnectingViewModelTest {
    private static final Instant LOST = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void aLostConnectionShowsTheBannerCountingDownToTheEndOfTheWindow() {
        ReconnectingViewModel model = new ReconnectingViewModel(Runnable::run, Clock.fixed(LOST, ZoneOffset.UTC), () -> { });

        model.reconnecting(LOST.plus(Duration.ofMinutes(2)));

        assertTrue(model.showingProperty().get());
        assertEquals("Reconnecting… 2:00", model.textProperty().get());
    }

    @Test
    void theCountdownGoesDownAndStopsAtZero() {
        Instant[] now = {LOST};
        Clock clock = new Clock() {
            @Override public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override public Instant instant() {
                return now[0];
            }
        };
        ReconnectingViewModel model = new ReconnectingViewModel(Runnable::run, clock, () -> { });
        model.reconnecting(LOST.plus(Duration.ofMinutes(2)));

        now[0] = LOST.plus(Duration.ofSeconds(71));
        model.tick();
        assertEquals("Reconnecting… 0:49", model.textProperty().get());
        now[0] = LOST.plus(Duration.ofMinutes(3));
        model.tick();
        assertEquals("Reconnecting… 0:00", model.textProperty().get());
    }

    @Test
    void resumingOrGivingUpHidesTheBanner() {
        ReconnectingViewModel model = new ReconnectingViewModel(Runnable::run, Clock.fixed(LOST, ZoneOffset.UTC), () -> { });
        model.reconnecting(LOST.plusSeconds(120));
        model.resumed();
        assertFalse(model.showingProperty().get());

        model.reconnecting(LOST.plusSeconds(120));
        model.gaveUp();
        assertFalse(model.showingProperty().get());
    }

    @Test
    void cancelHidesTheBannerAndEndsTheSessionOnce() {
        AtomicInteger cancelled = new AtomicInteger();
        ReconnectingViewModel model = new ReconnectingViewModel(Runnable::run, Clock.fixed(LOST, ZoneOffset.UTC),
                cancelled::incrementAndGet);
        model.reconnecting(LOST.plusSeconds(120));

        model.cancel();

        assertFalse(model.showingProperty().get());
        assertEquals(1, cancelled.get());
    }
}
