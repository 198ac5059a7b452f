package org.tandem.bench;

import java.util.Locale;

/**
 * The verdict of one control benchmark run: the input-to-update figures against Tandem's targets and
 * against the local baseline measured in the same run. It reports; it does not fail.
 */
record ControlSummary(Conditions conditions, LatencySample inputToUpdate, int timeouts, LatencySample baseline,
        int baselineTimeouts) {
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

    /** One JSON line. A keystroke that timed out counts against the targets: its latency is unknown. */
    String toJson() {
        return String.format(Locale.ROOT, "{\"summary\":\"control\",\"keystrokes\":%d,\"warmup\":%d,"
                        + "\"minFrameIntervalMs\":%d,\"tcpNoDelay\":%b,\"screen\":\"%s\",\"java\":\"%s\",\"cores\":%d,"
                        + "\"timeouts\":%d,\"baselineTimeouts\":%d,"
                        + "\"inputToUpdateP50Ms\":%.2f,\"targetP50Ms\":%.0f,\"p50Met\":%b,"
                        + "\"inputToUpdateP95Ms\":%.2f,\"targetP95Ms\":%.0f,\"p95Met\":%b,"
                        + "\"baselineP50Ms\":%.2f,\"ratioP50\":%.1f,\"targetsMet\":%b}",
                conditions.keystrokes(), conditions.warmup(), conditions.minFrameIntervalMillis(),
                conditions.tcpNoDelay(), conditions.screen(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), timeouts, baselineTimeouts,
                inputToUpdate.percentileMillis(0.50), TARGET_P50_MS, p50Met(),
                inputToUpdate.percentileMillis(0.95), TARGET_P95_MS, p95Met(),
                baseline.percentileMillis(0.50), ratioP50(), p50Met() && p95Met() && timeouts == 0);
    }
}
