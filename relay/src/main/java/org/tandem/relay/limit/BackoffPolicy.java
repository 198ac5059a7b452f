package org.tandem.relay.limit;

import java.time.Duration;
import java.util.Objects;

/**
 * How many events a key may have in a window, and how long it is refused after: the first
 * back-off, doubled each time the budget runs out again, up to the longest. A key that stays
 * within its budget for a whole longest back-off starts again from the first.
 */
public record BackoffPolicy(int budget, Duration window, Duration firstBackoff, Duration longestBackoff) {
    public BackoffPolicy {
        if (budget < 1) {
            throw new IllegalArgumentException("A budget is at least 1, got " + budget);
        }
        requirePositive(window, "window");
        requirePositive(firstBackoff, "firstBackoff");
        requirePositive(longestBackoff, "longestBackoff");
        if (longestBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("The longest back-off (" + longestBackoff
                    + ") is shorter than the first (" + firstBackoff + ")");
        }
    }

    /** E.g. {@code 10/1m backoff 1m..1h}: the form relay.conf uses. */
    public static BackoffPolicy parse(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 3 || !parts[1].equals("backoff") || !parts[0].contains("/") || !parts[2].contains("..")) {
            throw new IllegalArgumentException("Expected COUNT/WINDOW backoff FIRST..LONGEST, e.g. 10/1m backoff 1m..1h;"
                    + " got '" + text.strip() + "'");
        }
        String[] rate = parts[0].split("/", 2);
        String[] backoff = parts[2].split("\\.\\.", 2);
        int budget;
        try {
            budget = Integer.parseInt(rate[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a count: '" + rate[0] + "'");
        }
        return new BackoffPolicy(budget, Durations.parse(rate[1]), Durations.parse(backoff[0]), Durations.parse(backoff[1]));
    }

    @Override
    public String toString() {
        return budget + "/" + Durations.format(window) + " backoff " + Durations.format(firstBackoff) + ".."
                + Durations.format(longestBackoff);
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}
