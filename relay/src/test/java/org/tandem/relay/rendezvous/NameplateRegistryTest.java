package org.tandem.relay.rendezvous;

import org.tandem.relay.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
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
    void newNameplateHasTenDigitsWithoutLeadingZero() {
        String nameplate = registry.reserve("alice");

        assertTrue(nameplate.matches("[1-9][0-9]{9}"), nameplate);
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
        assertFalse(registry.finished("9999999999", owner), "never joined");
        assertInstanceOf(JoinResult.InUse.class, registry.join(nameplate));
    }

    @Test
    void aNameplateInUseIsNotDrawnForAnotherTechnician() {
        RandomGenerator scripted = new ScriptedRandom(48213, 48213, 73100);
        NameplateRegistry<String> registry = new NameplateRegistry<>(clock, LIFETIME, scripted);
        registry.join(registry.reserve("alice"));

        assertEquals("7310000000", registry.reserve("bob"));
    }

    @Test
    void removeExpiredForgetsFinishedNameplatesOnceTheirLifetimeIsOver() {
        RandomGenerator scripted = new ScriptedRandom(48213, 48213);
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
        assertInstanceOf(JoinResult.Unknown.class, registry.join("1234567890"));
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
    void aJoinWhoseFirstPartMatchesButNotTheRestIsAFailedJoinAndToldAsUnknown() {
        String nameplate = registry.reserve("alice");

        assertEquals(new JoinResult.WrongCheck<>(1), registry.join(otherCheck(nameplate, 1)));
        assertEquals(new JoinResult.WrongCheck<>(2), registry.join(otherCheck(nameplate, 2)));
        assertEquals(new JoinResult.Joined<>("alice"), registry.join(nameplate), "two failures leave it waiting");
    }

    @Test
    void theThirdFailedJoinBurnsTheNameplateAndNamesItsTechnician() {
        String nameplate = registry.reserve("alice");
        registry.join(otherCheck(nameplate, 1));
        registry.join(otherCheck(nameplate, 2));

        assertEquals(new JoinResult.Burned<>("alice"), registry.join(otherCheck(nameplate, 3)));
        assertEquals(0, registry.size());
        assertInstanceOf(JoinResult.WasBurned.class, registry.join(nameplate), "the right code now hears it is burned");
        assertInstanceOf(JoinResult.Unknown.class, registry.join(otherCheck(nameplate, 4)), "a wrong one learns nothing");
        assertFalse(registry.release(nameplate, "alice"));
    }

    @Test
    void aBurnedNameplateIsForgottenAtTheEndOfItsLifetimeAndItsNumberFreed() {
        RandomGenerator scripted = new ScriptedRandom(48213, 48213);
        NameplateRegistry<String> registry = new NameplateRegistry<>(clock, LIFETIME, scripted);
        String nameplate = registry.reserve("alice");
        for (int i = 1; i <= NameplateRegistry.MAX_FAILED_JOINS; i++) {
            registry.join(otherCheck(nameplate, i));
        }
        clock.advance(LIFETIME);

        assertInstanceOf(JoinResult.Unknown.class, registry.join(nameplate));
        assertEquals(nameplate, registry.reserve("bob"), "the number is free again");
    }

    @Test
    void aWrongSecondPartOfANameplateInUseIsUnknownNotInUse() {
        String nameplate = registry.reserve("alice");
        registry.join(nameplate);

        assertInstanceOf(JoinResult.Unknown.class, registry.join(otherCheck(nameplate, 1)));
    }

    @Test
    void nameplatesOfAnotherLengthAreUnknown() {
        String nameplate = registry.reserve("alice");

        assertInstanceOf(JoinResult.Unknown.class, registry.join(nameplate.substring(0, 9)));
        assertInstanceOf(JoinResult.Unknown.class, registry.join(nameplate.substring(0, 5)));
        assertInstanceOf(JoinResult.Unknown.class, registry.join(null));
        assertEquals(new JoinResult.Joined<>("alice"), registry.join(nameplate), "none of them counted as failed");
    }

    @Test
    void theRegistryRefusesMoreThanItsCapacity() {
        NameplateRegistry<String> full = new NameplateRegistry<>(clock, LIFETIME, new Random(7));
        for (int i = 0; i < NameplateRegistry.CAPACITY; i++) {
            full.reserve("technician-" + i);
        }

        assertThrows(IllegalStateException.class, () -> full.reserve("one-more"));
    }

    /** The same first part with another, different last part. */
    private static String otherCheck(String nameplate, int n) {
        int check = Integer.parseInt(nameplate.substring(NameplateRegistry.KEY_DIGITS));
        return nameplate.substring(0, NameplateRegistry.KEY_DIGITS) + String.format("%05d", (check + n) % 100_000);
    }

    @Test
    void aDrawThatCollidesIsRetriedAtTheSameLengthFirst() {
        RandomGenerator scripted = new ScriptedRandom(48213, 48213, 73100);
        NameplateRegistry<String> registry = new NameplateRegistry<>(clock, LIFETIME, scripted);

        assertEquals("4821300000", registry.reserve("alice"));
        assertEquals("7310000000", registry.reserve("bob"));
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
        RandomGenerator scripted = new ScriptedRandom(48213, 48213);
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

    /** Returns the given numbers in order from {@code nextLong(low, high)}, and 0 from {@code nextInt}. */
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

        /** The second part of every nameplate is 00000. */
        @Override
        public int nextInt(int bound) {
            return 0;
        }

        @Override
        public long nextLong() {
            throw new UnsupportedOperationException();
        }
    }
}
