package org.tandem.bench;

import java.util.Arrays;
import java.util.Locale;

/** A set of latency measurements and the figures a benchmark reports about them. */
final class LatencySample {
    private final String name;
    private long[] nanos = new long[64];
    private int count;

    LatencySample(String name) {
        this.name = name;
    }

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    /** The q-quantile in milliseconds (nearest rank), q in (0, 1]. */
    double percentileMillis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    double meanMillis() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return count == 0 ? Double.NaN : sum / 1e6 / count;
    }

    /** One JSON line: name, count, mean, p50, p95, p99 and max in milliseconds. */
    String toJson() {
        return String.format(Locale.ROOT,
                "{\"measure\":\"%s\",\"count\":%d,\"meanMs\":%.2f,\"p50Ms\":%.2f,\"p95Ms\":%.2f,\"p99Ms\":%.2f,\"maxMs\":%.2f}",
                name, count, meanMillis(), percentileMillis(0.50), percentileMillis(0.95), percentileMillis(0.99),
                percentileMillis(1.0));
    }
}
