package org.tandem.bench;

import java.util.Locale;

/**
 * The verdict of one control benchmark run: the input-to-update figures against Tandem's targets and
 * against the local baseline measured in the same run. It reports; it does not fail.
 */
record ControlSummary(Conditions conditions, LatencySample inputToUpdate, int timeouts, double cpuPercent,
        LatencySample baseline, int baselineTimeouts) {
    static final double TARGET_P50_MS = 20;
    static final double TARGET_P95_MS = 40;

    /** How the run was made. */
    record Conditions(int keystrokes, int warmup, long minFrameIntervalMillis, boolean tcpNoDelay, String screen) {}

    boolean p50Met() {
        return inputToUpdate.count() > 0 && inputToUpdate.percentileMillis(0.50) <= TARGET_P50_MS;
    }

    boolean p95Met() {
        return inputToUpdate.count() > 0 && inputToUpdate.percentileMillis(0.95) <= TARGET_P95_MS;
    }

    /** Tandem's median over the local median: how many times longer a keystroke takes to show through Tandem. */
    double ratioP50() {
        return inputToUpdate.percentileMillis(0.50) / baseline.percentileMillis(0.50);
    }

    /**
     * One JSON line; a figure that could not be measured is null. A keystroke that timed out counts
     * against the targets: its latency is unknown.
     */
    String toJson() {
        return String.format(Locale.ROOT, "{\"summary\":\"control\",\"keystrokes\":%d,\"warmup\":%d,"
                        + "\"minFrameIntervalMs\":%d,\"tcpNoDelay\":%b,\"screen\":\"%s\",\"java\":\"%s\",\"cores\":%d,"
                        + "\"timeouts\":%d,\"baselineTimeouts\":%d,"
                        + "\"inputToUpdateP50Ms\":%s,\"targetP50Ms\":%.0f,\"p50Met\":%b,"
                        + "\"inputToUpdateP95Ms\":%s,\"targetP95Ms\":%.0f,\"p95Met\":%b,"
                        + "\"baselineP50Ms\":%s,\"ratioP50\":%s,\"cpuPercentOfOneCore\":%s,\"targetsMet\":%b}",
                conditions.keystrokes(), conditions.warmup(), conditions.minFrameIntervalMillis(),
                conditions.tcpNoDelay(), conditions.screen(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), timeouts, baselineTimeouts,
                number(inputToUpdate.percentileMillis(0.50), 2), TARGET_P50_MS, p50Met(),
                number(inputToUpdate.percentileMillis(0.95), 2), TARGET_P95_MS, p95Met(),
                number(baseline.percentileMillis(0.50), 2), number(ratioP50(), 1), number(cpuPercent, 0),
                p50Met() && p95Met() && timeouts == 0);
    }

    private static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "null";
    }
}
