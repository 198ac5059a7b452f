package org.tandem.relay.rendezvous;

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
 * The nameplates of technicians waiting for a customer. A nameplate is a random decimal number
 * without a leading zero, three digits while few are in use, more when three digits get crowded;
 * it is unique among the live ones. It can be joined once, and lapses after a fixed lifetime.
 *
 * <p>A joined nameplate is remembered as <em>in use</em> while its session lasts and, after that,
 * until the end of its lifetime: a second customer who types the same code hears that it is taken
 * (and asks the technician for a new one) rather than that it does not exist, and the number is
 * not handed to another technician meanwhile.
 *
 * @param <T> what waits under a nameplate (the technician's channel)
 */
public final class NameplateRegistry<T> {
    public static final int MIN_DIGITS = 3;
    public static final int MAX_DIGITS = 9;
    /** Draws at one length before moving to a longer one. */
    private static final int DRAWS_PER_LENGTH = 8;

    private final Clock clock;
    private final Duration lifetime;
    private final RandomGenerator random;
    private final Map<String, Waiting<T>> waiting = new HashMap<>();
    private final Map<String, Claimed<T>> claimed = new HashMap<>();

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

    /** Reserves a fresh nameplate for {@code owner}. */
    public synchronized String reserve(T owner) {
        Objects.requireNonNull(owner, "owner");
        String nameplate = draw();
        waiting.put(nameplate, new Waiting<>(owner, clock.instant().plus(lifetime)));
        return nameplate;
    }

    /** Claims a nameplate for a customer: the first join wins; later ones hear it is in use. */
    public synchronized JoinResult<T> join(String nameplate) {
        Instant now = clock.instant();
        Waiting<T> entry = waiting.remove(nameplate);
        if (entry == null) {
            Claimed<T> taken = claimed.get(nameplate);
            if (taken == null) {
                return new JoinResult.Unknown<>();
            }
            if (taken.isForgotten(now)) {
                claimed.remove(nameplate);
                return new JoinResult.Unknown<>();
            }
            return new JoinResult.InUse<>();
        }
        if (entry.hasLapsed(now)) {
            return new JoinResult.Expired<>(entry.owner());
        }
        claimed.put(nameplate, new Claimed<>(entry.owner(), entry.lapsesAt(), true));
        return new JoinResult.Joined<>(entry.owner());
    }

    /**
     * The session of a joined nameplate is over: the number stays in use until the end of its
     * lifetime, then it is forgotten.
     *
     * @return whether {@code owner} had joined under {@code nameplate}
     */
    public synchronized boolean finished(String nameplate, T owner) {
        Claimed<T> taken = claimed.get(nameplate);
        if (taken == null || taken.owner() != owner) {
            return false;
        }
        Claimed<T> over = new Claimed<>(owner, taken.lapsesAt(), false);
        if (over.isForgotten(clock.instant())) {
            claimed.remove(nameplate);
        } else {
            claimed.put(nameplate, over);
        }
        return true;
    }

    /**
     * Withdraws a nameplate that nobody joined yet, e.g. when its technician leaves.
     *
     * @return whether it was still waiting for {@code owner}; false once a customer claimed it
     */
    public synchronized boolean release(String nameplate, T owner) {
        Waiting<T> entry = waiting.get(nameplate);
        if (entry == null || entry.owner() != owner) {
            return false;
        }
        waiting.remove(nameplate);
        return true;
    }

    /** Removes every waiting nameplate past its lifetime and returns their owners; forgets finished ones. */
    public synchronized List<T> removeExpired() {
        Instant now = clock.instant();
        claimed.values().removeIf(taken -> taken.isForgotten(now));
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

    /** How many nameplates are waiting (not counting those in use). */
    public synchronized int size() {
        return waiting.size();
    }

    public Duration lifetime() {
        return lifetime;
    }

    private String draw() {
        for (int digits = MIN_DIGITS; digits <= MAX_DIGITS; digits++) {
            long low = pow10(digits - 1);
            long high = pow10(digits);
            for (int i = 0; i < DRAWS_PER_LENGTH; i++) {
                String candidate = Long.toString(random.nextLong(low, high));
                if (!waiting.containsKey(candidate) && !claimed.containsKey(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("No free nameplate: " + waiting.size() + " are in use");
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }

    private record Waiting<T>(T owner, Instant lapsesAt) {
        boolean hasLapsed(Instant now) {
            return !now.isBefore(lapsesAt);
        }
    }

    /** A joined nameplate; {@code live} while its session lasts. */
    private record Claimed<T>(T owner, Instant lapsesAt, boolean live) {
        boolean isForgotten(Instant now) {
            return !live && !now.isBefore(lapsesAt);
        }
    }
}
