package org.tandem.bench.desktop;

/**
 * What one phase of the workload cost: its length, the bytes on the wire (both ways, and of them those
 * the sharing side sent), the processor time of both sides, and that of the customer's X server (which does part of a screen scraper's work for it);
 * of each side's time, what its JIT compiler threads took (a JVM's warm-up, which a native program does not pay);
 * how long after the phase's last input the viewer showed its end (NaN where not measured, infinite when it did
 * not show it within the time allowed); and for a clip played, how many different pictures of it a second the
 * viewer showed (NaN where not measured).
 */
record PhaseFigures(String phase, double seconds, long bytes, long sentBytes, double sharingCpuSeconds, double viewerCpuSeconds,
        double xServerCpuSeconds, double sharingCompilingSeconds, double viewerCompilingSeconds, double caughtUpMillis,
        double picturesShownPerSecond) {
    /** Without pictures counted. */
    PhaseFigures(String phase, double seconds, long bytes, long sentBytes, double sharingCpuSeconds, double viewerCpuSeconds,
            double xServerCpuSeconds, double sharingCompilingSeconds, double viewerCompilingSeconds, double caughtUpMillis) {
        this(phase, seconds, bytes, sentBytes, sharingCpuSeconds, viewerCpuSeconds, xServerCpuSeconds, sharingCompilingSeconds,
                viewerCompilingSeconds, caughtUpMillis, Double.NaN);
    }

    /** Without the time to catch up. */
    PhaseFigures(String phase, double seconds, long bytes, long sentBytes, double sharingCpuSeconds, double viewerCpuSeconds,
            double xServerCpuSeconds, double sharingCompilingSeconds, double viewerCompilingSeconds) {
        this(phase, seconds, bytes, sentBytes, sharingCpuSeconds, viewerCpuSeconds, xServerCpuSeconds, sharingCompilingSeconds,
                viewerCompilingSeconds, Double.NaN);
    }

    /** Without the JIT's share (none for native programs). */
    PhaseFigures(String phase, double seconds, long bytes, long sentBytes, double sharingCpuSeconds, double viewerCpuSeconds,
            double xServerCpuSeconds) {
        this(phase, seconds, bytes, sentBytes, sharingCpuSeconds, viewerCpuSeconds, xServerCpuSeconds, 0, 0);
    }

    double kilobytesPerSecond() {
        return bytes / 1000.0 / seconds;
    }

    /** This phase, with the time its end took to show. */
    PhaseFigures caughtUp(double millis) {
        return new PhaseFigures(phase, seconds, bytes, sentBytes, sharingCpuSeconds, viewerCpuSeconds, xServerCpuSeconds,
                sharingCompilingSeconds, viewerCompilingSeconds, millis, picturesShownPerSecond);
    }

    /** This phase, with the pictures a second the viewer showed. */
    PhaseFigures shown(double perSecond) {
        return new PhaseFigures(phase, seconds, bytes, sentBytes, sharingCpuSeconds, viewerCpuSeconds, xServerCpuSeconds,
                sharingCompilingSeconds, viewerCompilingSeconds, caughtUpMillis, perSecond);
    }

    /** This phase and another as one (no time to catch up: each phase has its own). */
    PhaseFigures plus(String name, PhaseFigures other) {
        return new PhaseFigures(name, seconds + other.seconds, bytes + other.bytes, sentBytes + other.sentBytes,
                sharingCpuSeconds + other.sharingCpuSeconds, viewerCpuSeconds + other.viewerCpuSeconds,
                xServerCpuSeconds + other.xServerCpuSeconds, sharingCompilingSeconds + other.sharingCompilingSeconds,
                viewerCompilingSeconds + other.viewerCompilingSeconds);
    }
}
