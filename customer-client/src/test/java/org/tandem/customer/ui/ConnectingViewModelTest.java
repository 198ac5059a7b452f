package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tandem.shared.testing.HandClock;

class ConnectingViewModelTest {
    private static final Instant PRESSED = Instant.parse("2026-12-07T08:00:00Z");
    private final HandClock clock = new HandClock(PRESSED);
    private final ConnectingViewModel model = new ConnectingViewModel(clock);

    @Test
    void aShortWaitSaysOnlyWhatIsHappening() {
        model.step("Reaching Tandem's connection server…");
        clock.set(PRESSED.plusMillis(2900));
        model.tick();

        assertTrue(model.showingProperty().get());
        assertEquals("Reaching Tandem's connection server…", model.textProperty().get());
    }

    @Test
    void aLongerWaitSaysHowLongFromTheFirstStepOn() {
        model.step("Reaching Tandem's connection server…");
        clock.set(PRESSED.plusSeconds(4));
        model.step("Setting up a secure connection with your technician…");
        clock.set(PRESSED.plusSeconds(7));
        model.tick();

        assertEquals("Setting up a secure connection with your technician… (waiting 0:07)", model.textProperty().get());
    }

    @Test
    void anUnusualWaitSaysWhatTheCustomerCanDo() {
        model.step("Reaching Tandem's connection server…");
        clock.set(PRESSED.plusSeconds(75));
        model.tick();

        String[] lines = model.textProperty().get().split("\n");
        assertEquals("Reaching Tandem's connection server… (waiting 1:15)", lines[0]);
        assertTrue(lines[1].contains("press Cancel"), lines[1]);
    }

    @Test
    void theNextTryCountsFromItsOwnStart() {
        model.step("Reaching Tandem's connection server…");
        clock.set(PRESSED.plusSeconds(20));
        model.stopped();
        assertFalse(model.showingProperty().get());
        assertEquals("", model.textProperty().get());

        model.step("Reaching Tandem's connection server…");
        clock.set(PRESSED.plusSeconds(21));
        model.tick();
        assertEquals("Reaching Tandem's connection server…", model.textProperty().get());
    }
}
