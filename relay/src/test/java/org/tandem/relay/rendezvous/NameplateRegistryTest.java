package org.tandem.relay.rendezvous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class NameplateRegistryTest {
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T09:00:00Z"));
    private final NameplateRegistry<String> registry = new NameplateRegistry<>(clock, LIFETIME, new Random(42));

    @Test
    void newNameplateHasThreeDigitsWithoutLeadingZero() {
        String nameplate = registry.reserve("alice");

        assertTrue(nameplate.matches("[1-9][0-9]{2}"), nameplate);
    }

    @Test
    void joinFindsTheTechnicianWaitingUnderTheNameplate() {
        String nameplate = registry.reserve("alice");

        JoinResult<String> result = registry.join(nameplate);

        assertEquals(new JoinResult.Joined<>("alice"), result);
    }

    @Test
    void aNameplateCanBeJoinedOnlyOnceAndIsThenInUse() {
        String nameplate = registry.reserve("alice");
        registry.join(nameplate);

        assertInstanceOf(JoinResult.InUse.class, registry.join(nameplate));
        assertEquals(0, registry.size());
    }

    @Test
    void aJoinedNameplateStaysInUseWhileItsSessionLastsEvenPastItsLifetime() {
        String nameplate = registry.reserve("alice");
        registry.join(nameplate);
        clock.advance(LIFETIME.multipliedBy(3));
        registry.removeExpired();

        assertInstanceOf(JoinResult.InUse.class, registry.join(nameplate));
    }

    @Test
    void aFinishedSessionsNameplateIsInUseUntilItsLifetimeEndsThenUnknown() {
        String nameplate = registry.reserve("alice");
        registry.join(nameplate);
        clock.advance(Duration.ofMinutes(1));

        assertTrue(registry.finished(nameplate, "alice"));
        assertInstanceOf(JoinResult.InUse.class, registry.join(nameplate));

        clock.advance(LIFETIME);
        assertInstanceOf(JoinResult.Unknown.class, registry.join(nameplate));
    }

    @Test
    void aSessionFinishedPastTheLifetimeIsForgottenAtOnce() {
        String nameplate = registry.reserve("alice");
        registry.join(nameplate);
        clock.advance(LIFETIME.plusMinutes(1));

        assertTrue(registry.finished(nameplate, "alice"));
        assertInstanceOf(JoinResult.Unknown.class, registry.join(nameplate));
    }

    @Test
    void onlyTheOwnerFinishesAJoinedNameplate() {
        String owner = new String("alice");
        String nameplate = registry.reserve(owner);
        registry.join(nameplate);
        clock.advance(LIFETIME);

        assertFalse(registry.finished(nameplate, new String("alice")), "owners are compared by identity");
        assertFalse(registry.finished("999", owner), "never joined");
        assertInstanceOf(JoinResult.InUse.class, registry.join(nameplate));
    }

    @Test
    void aNameplateInUseIsNotDrawnForAnotherTechnician() {
        RandomGenerator scripted = new ScriptedRandom(482, 482, 731);
        NameplateRegistry<String> registry = new NameplateRegistry<>(clock, LIFETIME, scripted);
        registry.join(registry.reserve("alice"));

        assertEquals("731", registry.reserve("bob"));
    }

    @Test
    void removeExpiredForgetsFinishedNameplatesOnceTheirLifetimeIsOver() {
        RandomGenerator scripted = new ScriptedRandom(482, 482);
        NameplateRegistry<String> registry = new NameplateRegistry<>(clock, LIFETIME, scripted);
        String first = registry.reserve("alice");
        registry.join(first);
        registry.finished(first, "alice");
        clock.advance(LIFETIME);

        assertEquals(List.of(), registry.removeExpired());
        assertEquals(first, registry.reserve("bob"), "the number is free again");
    }

    @Test
    void joiningANameplateNobodyCreatedIsUnknown() {
        assertInstanceOf(JoinResult.Unknown.class, registry.join("123"));
    }

    @Test
    void liveNameplatesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 800; i++) {
            assertTrue(seen.add(registry.reserve("technician-" + i)), "duplicate nameplate");
        }
        assertEquals(800, registry.size());
    }

    @Test
    void nameplatesGrowADigitWhenThreeDigitsAreCrowded() {
        NameplateRegistry<String> crowded = new NameplateRegistry<>(clock, LIFETIME, new Random(7));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(crowded.reserve("technician-" + i));
        }

        assertEquals(2000, seen.size());
        assertTrue(seen.stream().anyMatch(n -> n.length() == 4), "some nameplates have four digits");
        assertTrue(seen.stream().allMatch(n -> n.matches("[1-9][0-9]{2,3}")), "three or four digits, no leading zero");
    }

    @Test
    void aDrawThatCollidesIsRetriedAtTheSameLengthFirst() {
        RandomGenerator scripted = new ScriptedRandom(482, 482, 731);
        NameplateRegistry<String> registry = new NameplateRegistry<>(clock, LIFETIME, scripted);

        assertEquals("482", registry.reserve("alice"));
        assertEquals("731", registry.reserve("bob"));
    }

    @Test
    void aNameplateStillJoinsJustBeforeItsLifetimeEnds() {
        String nameplate = registry.reserve("alice");
        clock.advance(LIFETIME.minusSeconds(1));

        assertEquals(new JoinResult.Joined<>("alice"), registry.join(nameplate));
    }

    @Test
    void aNameplatePastItsLifetimeIsExpiredAndGoneAfterwards() {
        String nameplate = registry.reserve("alice");
        clock.advance(LIFETIME);

        assertEquals(new JoinResult.Expired<>("alice"), registry.join(nameplate));
        assertInstanceOf(JoinResult.Unknown.class, registry.join(nameplate));
    }

    @Test
    void removeExpiredReturnsTheOwnersOfLapsedNameplatesOnly() {
        registry.reserve("early");
        clock.advance(Duration.ofMinutes(6));
        String late = registry.reserve("late");
        clock.advance(Duration.ofMinutes(5));

        List<String> expired = registry.removeExpired();

        assertEquals(List.of("early"), expired);
        assertEquals(new JoinResult.Joined<>("late"), registry.join(late));
    }

    @Test
    void releaseWithdrawsAWaitingNameplate() {
        String nameplate = registry.reserve("alice");

        assertTrue(registry.release(nameplate, "alice"));
        assertInstanceOf(JoinResult.Unknown.class, registry.join(nameplate));
    }

    @Test
    void releaseAfterACustomerJoinedReportsThatItWasTooLate() {
        String nameplate = registry.reserve("alice");
        registry.join(nameplate);

        assertFalse(registry.release(nameplate, "alice"));
        assertInstanceOf(JoinResult.InUse.class, registry.join(nameplate), "release leaves a joined nameplate alone");
    }

    @Test
    void releaseLeavesAnotherOwnersNameplateAlone() {
        String owner = new String("alice");
        String nameplate = registry.reserve(owner);

        assertFalse(registry.release(nameplate, new String("alice")), "owners are compared by identity");
        JoinResult<String> result = registry.join(nameplate);
        assertSame(owner, ((JoinResult.Joined<String>) result).owner());
    }

    @Test
    void aReleasedNumberMayBeDrawnAgain() {
        RandomGenerator scripted = new ScriptedRandom(482, 482);
        NameplateRegistry<String> registry = new NameplateRegistry<>(clock, LIFETIME, scripted);
        String first = registry.reserve("alice");
        registry.release(first, "alice");

        assertEquals(first, registry.reserve("bob"));
    }

    @Test
    void lifetimeMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new NameplateRegistry<String>(clock, Duration.ZERO, new Random()));
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Returns the given numbers in order from {@code nextLong(low, high)}. */
    private static final class ScriptedRandom implements RandomGenerator {
        private final long[] values;
        private int next;

        ScriptedRandom(long... values) {
            this.values = values;
        }

        @Override
        public long nextLong(long origin, long bound) {
            long value = values[next++];
            if (value < origin || value >= bound) {
                throw new AssertionError(value + " is outside [" + origin + ", " + bound + ")");
            }
            return value;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException();
        }
    }
}
