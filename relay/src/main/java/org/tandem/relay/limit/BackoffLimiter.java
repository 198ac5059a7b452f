package org.tandem.relay.limit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts events per key (a source address, a technician, or one key for the whole relay) and
 * refuses a key that used up its budget, for a back-off that doubles each time it happens again.
 * It remembers at most {@code maxKeys} keys, the least recently seen going first; the relay-wide
 * limits bound what an attacker gains by flooding it with keys.
 */
public final class BackoffLimiter {
    /** The answer to one event. */
    public record Verdict(boolean allowed, Duration retryAfter) {
        static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

        /** Whole seconds to wait, at least 1, as the relay tells a client. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private final Clock clock;
    private final BackoffPolicy policy;
    private final Map<String, State> states;

    public BackoffLimiter(Clock clock, BackoffPolicy policy, int maxKeys) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be positive, got " + maxKeys);
        }
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
                return size() > maxKeys;
            }
        };
    }

    public BackoffPolicy policy() {
        return policy;
    }

    /** Counts an event that asks for something: allowed within the budget, refused while backing off. */
    public synchronized Verdict acquire(String key) {
        Instant now = clock.instant();
        State state = states.computeIfAbsent(key, k -> new State(now));
        if (now.isBefore(state.blockedUntil)) {
            return new Verdict(false, Duration.between(now, state.blockedUntil));
        }
        return count(state, now);
    }

    /** Counts an event that already happened (a failed join, a failed login); it may start a back-off. */
    public synchronized void record(String key) {
        Instant now = clock.instant();
        State state = states.computeIfAbsent(key, k -> new State(now));
        if (!now.isBefore(state.blockedUntil)) {
            count(state, now);
        }
    }

    /** How long {@code key} is refused from now on, zero when it is not. */
    public synchronized Duration blockedFor(String key) {
        State state = states.get(key);
        Instant now = clock.instant();
        return state == null || !now.isBefore(state.blockedUntil) ? Duration.ZERO : Duration.between(now, state.blockedUntil);
    }

    /** Keys remembered now; for tests and metrics. */
    public synchronized int size() {
        return states.size();
    }

    private Verdict count(State state, Instant now) {
        if (!now.isBefore(state.windowStart.plus(policy.window()))) {
            state.windowStart = now;
            state.count = 0;
        }
        if (state.count < policy.budget()) {
            state.count++;
            return Verdict.ALLOWED;
        }
        if (state.lastStrike != null && !now.isBefore(state.lastStrike.plus(state.backoff).plus(policy.longestBackoff()))) {
            state.strikes = 0;
        }
        state.strikes = Math.min(state.strikes + 1, 62);
        Duration backoff = policy.firstBackoff();
        for (int i = 1; i < state.strikes && backoff.compareTo(policy.longestBackoff()) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        if (backoff.compareTo(policy.longestBackoff()) > 0) {
            backoff = policy.longestBackoff();
        }
        state.backoff = backoff;
        state.lastStrike = now;
        state.blockedUntil = now.plus(backoff);
        state.windowStart = state.blockedUntil;
        state.count = 0;
        return new Verdict(false, backoff);
    }

    private static final class State {
        Instant windowStart;
        int count;
        int strikes;
        Instant lastStrike;
        Duration backoff = Duration.ZERO;
        Instant blockedUntil = Instant.MIN;

        State(Instant now) {
            this.windowStart = now;
        }
    }
}
