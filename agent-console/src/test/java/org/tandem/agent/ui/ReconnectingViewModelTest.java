package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.tandem.shared.testing.HandClock;

class ReconnectingViewModelTest {
    private static final Instant LOST = Instant.parse("2026-12-05T08:00:00Z");

    private final HandClock clock = new HandClock(LOST);
    private final SimpleStringProperty customer = new SimpleStringProperty("Alice Martin");
    private final AtomicInteger cancelled = new AtomicInteger();
    private final ReconnectingViewModel model = new ReconnectingViewModel(Runnable::run, clock, customer,
            cancelled::incrementAndGet);

    @Test
    void aLostConnectionShowsTheBannerWithTheCustomerAndTheTimeLeft() {
        model.reconnecting(LOST.plus(Duration.ofMinutes(2)));

        assertTrue(model.showingProperty().get());
        assertEquals("Reconnecting to Alice Martin… 2:00", model.textProperty().get());
    }

    @Test
    void withoutANameTheBannerSaysTheCustomer() {
        customer.set("");

        model.reconnecting(LOST.plusSeconds(65));

        assertEquals("Reconnecting to the customer… 1:05", model.textProperty().get());
    }

    @Test
    void theCountdownFollowsTheClockAndStopsAtZero() {
        model.reconnecting(LOST.plus(Duration.ofMinutes(2)));

        clock.set(LOST.plusSeconds(71));
        model.tick();
        assertEquals("Reconnecting to Alice Martin… 0:49", model.textProperty().get());
        clock.set(LOST.plusMillis(119_500));
        model.tick();
        assertEquals("Reconnecting to Alice Martin… 0:01", model.textProperty().get(), "a part second left still counts");
        clock.set(LOST.plus(Duration.ofMinutes(3)));
        model.tick();
        assertEquals("Reconnecting to Alice Martin… 0:00", model.textProperty().get());
    }

    @Test
    void resumingHidesTheBannerAndLaterTicksLeaveItEmpty() {
        model.reconnecting(LOST.plusSeconds(120));

        model.resumed();
        model.tick();

        assertFalse(model.showingProperty().get());
        assertEquals("", model.textProperty().get());
        assertEquals(0, cancelled.get());
    }

    @Test
    void theSessionEndingHidesTheBanner() {
        model.reconnecting(LOST.plusSeconds(120));

        model.ended();

        assertFalse(model.showingProperty().get());
    }

    @Test
    void cancelHidesTheBannerAndEndsTheSessionOnce() {
        model.reconnecting(LOST.plusSeconds(120));

        model.cancel();
        model.cancel();

        assertFalse(model.showingProperty().get());
        assertEquals(1, cancelled.get());
    }

    @Test
    void cancelWithoutABannerDoesNothing() {
        model.cancel();

        assertEquals(0, cancelled.get());
    }

    @Test
    void aSecondLossStartsANewCountdown() {
        model.reconnecting(LOST.plusSeconds(120));
        model.resumed();
        clock.set(LOST.plusSeconds(300));

        model.reconnecting(LOST.plusSeconds(420));

        assertTrue(model.showingProperty().get());
        assertEquals("Reconnecting to Alice Martin… 2:00", model.textProperty().get());
    }

}
