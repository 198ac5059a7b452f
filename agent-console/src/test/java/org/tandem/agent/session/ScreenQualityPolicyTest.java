package org.tandem.agent.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.shared.screen.ScreenQuality;

class ScreenQualityPolicyTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1000 * MS;

    private long now = 1000 * S;
    private final ScreenQualityPolicy policy = new ScreenQualityPolicy(() -> now);

    @Test
    void quickFramesStayLossless() {
        for (int i = 0; i < 100; i++) {
            now += 40 * MS;
            assertEquals(Optional.empty(), frame(30 * MS));
        }
        assertEquals(ScreenQuality.LOSSLESS, policy.current());
    }

    @Test
    void oneSlowFrameIsNotEnoughTwoCloseTogetherAskForLowQuality() {
        now += S;
        assertEquals(Optional.empty(), frame(400 * MS));
        now += 2 * S;
        assertEquals(Optional.of(ScreenQuality.LOW), frame(400 * MS));
        assertEquals(ScreenQuality.LOW, policy.current());
    }

    @Test
    void slowFramesFarApartStayLossless() {
        now += S;
        frame(400 * MS);
        now += 6 * S;
        assertEquals(Optional.empty(), frame(400 * MS));
        assertEquals(ScreenQuality.LOSSLESS, policy.current());
    }

    @Test
    void lowQualityRisesBackAfterTenSecondsWithoutASlowFrameEvenWithNoFrames() {
        dropToLow();
        now += 9 * S;
        assertEquals(Optional.empty(), policy.tick());
        now += S;
        assertEquals(Optional.of(ScreenQuality.LOSSLESS), policy.tick());
        assertEquals(Optional.empty(), policy.tick(), "asked once");
    }

    @Test
    void slowFramesAtLowQualityKeepItLow() {
        dropToLow();
        for (int i = 0; i < 30; i++) {
            now += S;
            assertEquals(Optional.empty(), frame(400 * MS));
        }
        assertEquals(ScreenQuality.LOW, policy.current());
    }

    @Test
    void droppingAgainSoonAfterRisingDoublesTheHold() {
        dropToLow();
        now += 10 * S;
        assertEquals(Optional.of(ScreenQuality.LOSSLESS), policy.tick());
        now += 5 * S;
        dropToLow();
        now += 19 * S;
        assertEquals(Optional.empty(), policy.tick(), "the hold is 20 s now");
        now += S;
        assertEquals(Optional.of(ScreenQuality.LOSSLESS), policy.tick());
    }

    @Test
    void droppingLongAfterRisingStartsTheHoldOver() {
        dropToLow();
        now += 10 * S;
        policy.tick();
        now += 60 * S;
        dropToLow();
        now += 10 * S;
        assertEquals(Optional.of(ScreenQuality.LOSSLESS), policy.tick());
    }

    @Test
    void resetStartsLossless() {
        dropToLow();
        policy.reset();
        assertEquals(ScreenQuality.LOSSLESS, policy.current());
        now += S;
        assertEquals(Optional.empty(), frame(400 * MS), "one slow frame after a reset is not enough");
    }

    private void dropToLow() {
        now += S;
        frame(400 * MS);
        now += S;
        assertTrue(frame(400 * MS).isPresent());
        assertEquals(ScreenQuality.LOW, policy.current());
    }

    /** A frame whose updates took {@code took} to arrive, the last one now. */
    private Optional<ScreenQuality> frame(long took) {
        return policy.frameArrived(now - took);
    }
}
