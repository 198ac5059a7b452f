package org.tandem.relay.rendezvous;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The nameplates of technicians waiting for a customer. A nameplate is {@value #DIGITS} random
 * digits: the first {@value #KEY_DIGITS} (no leading zero) find the waiting technician and are
 * unique among the live nameplates; the last {@value #CHECK_DIGITS} must match too. A join whose
 * first part finds a technician but whose rest does not match is a failed join against that
 * nameplate; after {@value #MAX_FAILED_JOINS} of them it is burned: nobody can join it any more,
 * and its technician is told. Decision 0008 has the arithmetic behind the sizes.
 *
 * <p>A joined nameplate is remembered as <em>in use</em> while its session lasts and, after that,
 * until the end of its lifetime: a second customer who types the same code hears that it is taken
 * (and asks the technician for a new one) rather than that it does not exist, and the number is
 * not handed to another technician meanwhile. A burned one is remembered until the end of its
 * lifetime in the same way.
 *
 * @param <T> what waits under a nameplate (the technician's channel)
 */
public final class NameplateRegistry<T> {
    public static final int KEY_DIGITS = 5;
    public static final int CHECK_DIGITS = 5;
    public static final int DIGITS = KEY_DIGITS + CHECK_DIGITS;
    public static final int MAX_FAILED_JOINS = 3;
    /** Live nameplates at most: a tenth of the keys, so that a free one is found in a few draws. */
    public static final int CAPACITY = 9_000;
    private static final long KEY_LOW = 10_000;
    private static final long KEY_HIGH = 100_000;
    private static final int CHECK_BOUND = 100_000;

    private final Clock clock;
    private final Duration lifetime;
    private final RandomGenerator random;
    private final Map<String, Waiting<T>> waiting = new HashMap<>();
    private final Map<String, Claimed<T>> claimed = new HashMap<>();
    private final Map<String, Spent> burned = new HashMap<>();

    /**
     * @param random a {@code SecureRandom} in the relay, so nameplates cannot be predicted
     */
    public NameplateRegistry(Clock clock, Duration lifetime, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.random = Objects.requireNonNull(random, "random");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("A nameplate lifetime must be positive, got " + lifetime);
        }
    }

    /**
     * Reserves a fresh nameplate for {@code owner}.
     *
     * @throws IllegalStateException when {@value #CAPACITY} nameplates are live already
     */
    public synchronized String reserve(T owner) {
        Objects.requireNonNull(owner, "owner");
        forgetSpent(clock.instant());
        if (waiting.size() + claimed.size() + burned.size() >= CAPACITY) {
            throw new IllegalStateException("No free nameplate: " + CAPACITY + " are in use");
        }
        String key;
        do {
            key = Long.toString(random.nextLong(KEY_LOW, KEY_HIGH));
        } while (waiting.containsKey(key) || claimed.containsKey(key) || burned.containsKey(key));
        String nameplate = key + String.format(java.util.Locale.ROOT, "%0" + CHECK_DIGITS + "d", random.nextInt(CHECK_BOUND));
        waiting.put(key, new Waiting<>(owner, nameplate, clock.instant().plus(lifetime), 0));
        return nameplate;
    }

    /** Claims a nameplate for a customer: the first whole match wins; later ones hear it is in use. */
    public synchronized JoinResult<T> join(String nameplate) {
        if (nameplate == null || nameplate.length() != DIGITS) {
            return new JoinResult.Unknown<>();
        }
        Instant now = clock.instant();
        String key = nameplate.substring(0, KEY_DIGITS);
        Waiting<T> entry = waiting.get(key);
        if (entry != null) {
            boolean matches = sameDigits(entry.nameplate(), nameplate);
            if (entry.hasLapsed(now)) {
                waiting.remove(key);
                return matches ? new JoinResult.Expired<>(entry.owner()) : new JoinResult.Unknown<>();
            }
            if (matches) {
                waiting.remove(key);
                claimed.put(key, new Claimed<>(entry.owner(), entry.nameplate(), entry.lapsesAt(), true));
                return new JoinResult.Joined<>(entry.owner());
            }
            int failures = entry.failures() + 1;
            if (failures >= MAX_FAILED_JOINS) {
                waiting.remove(key);
                burned.put(key, new Spent(entry.nameplate(), entry.lapsesAt()));
                return new JoinResult.Burned<>(entry.owner());
            }
            waiting.put(key, new Waiting<>(entry.owner(), entry.nameplate(), entry.lapsesAt(), failures));
            return new JoinResult.WrongCheck<>(failures);
        }
        Claimed<T> taken = claimed.get(key);
        if (taken != null) {
            if (taken.isForgotten(now)) {
                claimed.remove(key);
                return new JoinResult.Unknown<>();
            }
            return sameDigits(taken.nameplate(), nameplate) ? new JoinResult.InUse<>() : new JoinResult.Unknown<>();
        }
        Spent spent = burned.get(key);
        if (spent != null && now.isBefore(spent.forgottenAt()) && sameDigits(spent.nameplate(), nameplate)) {
            return new JoinResult.WasBurned<>();
        }
        return new JoinResult.Unknown<>();
    }

    /**
     * The session of a joined nameplate is over: the number stays in use until the end of its
     * lifetime, then it is forgotten.
     *
     * @return whether {@code owner} had joined under {@code nameplate}
     */
    public synchronized boolean finished(String nameplate, T owner) {
        String key = keyOf(nameplate);
        Claimed<T> taken = key == null ? null : claimed.get(key);
        if (taken == null || taken.owner() != owner) {
            return false;
        }
        Claimed<T> over = new Claimed<>(owner, taken.nameplate(), taken.lapsesAt(), false);
        if (over.isForgotten(clock.instant())) {
            claimed.remove(key);
        } else {
            claimed.put(key, over);
        }
        return true;
    }

    /**
     * Withdraws a nameplate that nobody joined yet, e.g. when its technician leaves.
     *
     * @return whether it was still waiting for {@code owner}; false once a customer claimed it
     */
    public synchronized boolean release(String nameplate, T owner) {
        String key = keyOf(nameplate);
        Waiting<T> entry = key == null ? null : waiting.get(key);
        if (entry == null || entry.owner() != owner) {
            return false;
        }
        waiting.remove(key);
        return true;
    }

    /** Removes every waiting nameplate past its lifetime and returns their owners; forgets spent ones. */
    public synchronized List<T> removeExpired() {
        Instant now = clock.instant();
        forgetSpent(now);
        List<T> expired = new ArrayList<>();
        for (Iterator<Waiting<T>> it = waiting.values().iterator(); it.hasNext(); ) {
            Waiting<T> entry = it.next();
            if (entry.hasLapsed(now)) {
                expired.add(entry.owner());
                it.remove();
            }
        }
        return expired;
    }

    /** How many nameplates are waiting (not counting those in use or burned). */
    public synchronized int size() {
        return waiting.size();
    }

    public Duration lifetime() {
        return lifetime;
    }

    private void forgetSpent(Instant now) {
        claimed.values().removeIf(taken -> taken.isForgotten(now));
        burned.values().removeIf(spent -> !now.isBefore(spent.forgottenAt()));
    }

    private static String keyOf(String nameplate) {
        return nameplate == null || nameplate.length() != DIGITS ? null : nameplate.substring(0, KEY_DIGITS);
    }

    /** Compares in constant time, so the timing of an answer says nothing about how much matched. */
    private static boolean sameDigits(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private record Waiting<T>(T owner, String nameplate, Instant lapsesAt, int failures) {
        boolean hasLapsed(Instant now) {
            return !now.isBefore(lapsesAt);
        }
    }

    /** A joined nameplate; {@code live} while its session lasts. */
    private record Claimed<T>(T owner, String nameplate, Instant lapsesAt, boolean live) {
        boolean isForgotten(Instant now) {
            return !live && !now.isBefore(lapsesAt);
        }
    }

    /** A burned nameplate, remembered until the end of its lifetime. */
    private record Spent(String nameplate, Instant forgottenAt) {}
}
