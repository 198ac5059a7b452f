package org.tandem.relay.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tandem.relay.MutableClock;

class BackoffLimiterTest {
    private final MutableClock clock = MutableClock.atNine();
    private final BackoffLimiter limiter = new BackoffLimiter(clock, BackoffPolicy.parse("10/1m backoff 1m..1h"), 100);

    @Test
    void tenJoinsAMinuteAreAllowedAndTheEleventhIsRefusedForAMinute() {
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.acquire("203.0.113.7").allowed(), "join " + (i + 1));
        }
        BackoffLimiter.Verdict eleventh = limiter.acquire("203.0.113.7");

        assertFalse(eleventh.allowed());
        assertEquals(60, eleventh.retryAfterSeconds());
        assertTrue(limiter.acquire("198.51.100.9").allowed(), "another address has its own budget");
    }

    @Test
    void theBackOffDoublesEachTimeTheBudgetRunsOutAgainUpToTheLongest() {
        long[] expected = {60, 120, 240, 480, 960, 1920, 3600, 3600};
        for (long seconds : expected) {
            for (int i = 0; i < 10; i++) {
                assertTrue(limiter.acquire("a").allowed());
            }
            BackoffLimiter.Verdict refused = limiter.acquire("a");
            assertEquals(seconds, refused.retryAfterSeconds());
            BackoffLimiter.Verdict stillRefused = limiter.acquire("a");
            assertFalse(stillRefused.allowed(), "asking while backing off is refused without counting");
            clock.advance(refused.retryAfter());
        }
    }

    @Test
    void aQuietSpellAsLongAsTheLongestBackOffStartsAgainFromTheFirst() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i <= 10; i++) {
                limiter.acquire("a");
            }
            clock.advance(limiter.blockedFor("a"));
        }
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.acquire("a").allowed());
        }

        assertEquals(60, limiter.acquire("a").retryAfterSeconds());
    }

    @Test
    void recordedEventsStartABackOffThatAcquireThenHonours() {
        BackoffLimiter misses = new BackoffLimiter(clock, BackoffPolicy.parse("5/1h backoff 1h..1d"), 100);
        for (int i = 0; i < 6; i++) {
            misses.record("a");
        }

        assertEquals(Duration.ofHours(1), misses.blockedFor("a"));
        assertFalse(misses.acquire("a").allowed());
        clock.advance(Duration.ofHours(1));
        assertEquals(Duration.ZERO, misses.blockedFor("a"));
    }

    @Test
    void theWindowRollsOver() {
        for (int i = 0; i < 10; i++) {
            limiter.acquire("a");
        }
        clock.advance(Duration.ofMinutes(1));

        assertTrue(limiter.acquire("a").allowed());
    }

    @Test
    void itRemembersAtMostTheGivenNumberOfKeys() {
        BackoffLimiter small = new BackoffLimiter(clock, BackoffPolicy.parse("1/1m backoff 1m..1h"), 3);
        for (int i = 0; i < 10; i++) {
            small.acquire("address-" + i);
        }

        assertEquals(3, small.size());
    }

    @Test
    void policiesAreParsedAndPrintedInTheConfigForm() {
        BackoffPolicy policy = BackoffPolicy.parse(" 200/1s  backoff 500ms..10s ");

        assertEquals("200/1s backoff 500ms..10s", policy.toString());
        assertThrows(IllegalArgumentException.class, () -> BackoffPolicy.parse("10 per minute"));
        assertThrows(IllegalArgumentException.class, () -> BackoffPolicy.parse("10/1m backoff 1h..1m"));
        assertThrows(IllegalArgumentException.class, () -> BackoffPolicy.parse("0/1m backoff 1m..1h"));
        assertThrows(IllegalArgumentException.class, () -> BackoffPolicy.parse("10/1w backoff 1m..1h"));
    }
}
