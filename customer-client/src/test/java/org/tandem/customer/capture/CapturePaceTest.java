package org.tandem.customer.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapturePaceTest {
    private static final long MS = 1_000_000;
    private static final long FAST = 15 * MS;
    private static final long IDLE = 250 * MS;
    private static final long STAY_FAST = 500 * MS;
    private static final long ECHO = 2 * MS;
    private static final long ECHO_WAIT = 150 * MS;

    private long now = 1_000 * MS;
    private final CapturePace pace = new CapturePace(FAST, IDLE, STAY_FAST, ECHO, ECHO_WAIT, () -> now);

    /** Looks at the screen as the capture thread does, finding nothing, and returns the waits. */
    private List<Long> idleLooks(int count) {
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pace.unchanged();
            long wait = pace.nextDelayNanos();
            waits.add(wait / MS);
            now += wait;
        }
        return waits;
    }

    @Test
    void anUnchangedScreenIsLookedAtLessAndLessOftenDownToTheIdleRate() {
        now += STAY_FAST; // long after anything happened

        assertEquals(List.of(30L, 60L, 120L, 240L, 250L, 250L), idleLooks(6));
    }

    @Test
    void aChangeBringsBackTheFastRateAndKeepsItForAWhile() {
        now += STAY_FAST;
        idleLooks(6);

        pace.changed();

        List<Long> waits = idleLooks(40);
        assertEquals(FAST / MS, waits.get(0));
        assertTrue(waits.subList(0, 33).stream().allMatch(w -> w == FAST / MS), "fast for half a second: " + waits);
        assertTrue(waits.get(39) > FAST / MS, "backing off after: " + waits);
    }

    @Test
    void afterInputTheScreenIsLookedAtCloselyUntilItsEffectShows() {
        now += STAY_FAST;
        idleLooks(6);

        pace.inputInjected();
        assertTrue(pace.awaitingEcho());
        assertEquals(List.of(2L, 2L, 2L), idleLooks(3));

        pace.changed();
        assertFalse(pace.awaitingEcho());
        assertEquals(FAST, pace.nextDelayNanos(), "once the effect showed, the ordinary fast rate");
    }

    @Test
    void anInputThatChangesNothingIsAwaitedCloselyOnlyForAWhile() {
        pace.inputInjected();

        now += ECHO_WAIT;

        assertFalse(pace.awaitingEcho());
        assertEquals(FAST, pace.nextDelayNanos());
    }

    @Test
    void aPointerThatMovedKeepsTheFastRateButStillAwaitsThePixels() {
        pace.inputInjected();
        now += 10 * MS;

        pace.pointerMoved();

        assertTrue(pace.awaitingEcho());
        assertEquals(ECHO, pace.nextDelayNanos());
    }

    @Test
    void noWaitIsShorterThanTheFloorExceptWhileAnEchoIsAwaited() {
        CapturePace eager = new CapturePace(0, IDLE, STAY_FAST, 1 * MS, ECHO_WAIT, () -> now);

        eager.changed();
        assertEquals(CapturePace.FLOOR_NANOS, eager.nextDelayNanos());
        eager.inputInjected();
        assertEquals(1 * MS, eager.nextDelayNanos());
    }

    @Test
    void aSlowerFastRateThanTheIdleOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CapturePace(IDLE + 1, IDLE, 0, 0, 0, () -> now));
    }

    @Test
    void howCloselyASharedScreenIsWatchedAfterInputDependsOnWhatItCanSayOfItself() {
        List<Long> firstWaits = new ArrayList<>();
        for (CapturePace.Watching watching : CapturePace.Watching.values()) {
            CapturePace shared = CapturePace.forSharing(watching, FAST, IDLE, () -> now);
            shared.inputInjected();
            shared.unchanged(); // the look at once after input found nothing yet
            long echoWait = shared.nextDelayNanos() / MS;
            shared.changed();
            now += FAST;
            shared.unchanged(); // the next look after the input showed found nothing more
            firstWaits.add(echoWait);
            firstWaits.add(shared.nextDelayNanos() / MS);
        }

        // Polled: at the fast rate, and fast for a while. Hinted: closely, then fast a while. Told: at the
        // fast rate at most while the echo is awaited (the drawing itself brings a look), then backing off.
        assertEquals(List.of(15L, 15L, 2L, 15L, 15L, 30L), firstWaits);
    }
}
