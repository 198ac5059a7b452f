package org.tandem.bench.desktop;

/**
 * What one phase of the workload cost: its length, the bytes on the wire (both ways, and of them those
 * the sharing side sent), the processor time of both sides, and that of the customer's X server (which does part of a screen scraper's work for it);
 * and, of each side's time, what its JIT compiler threads took (a JVM's warm-up, which a native program does not pay).
 */
record PhaseFigures(String phase, double seconds, long bytes, long sentBytes, double sharingCpuSeconds, double viewerCpuSeconds,
        double xServerCpuSeconds, double sharingCompilingSeconds, double viewerCompilingSeconds) {
    /** Without the JIT's share (none for native programs). */
    PhaseFigures(String phase, double seconds, long bytes, long sentBytes, double sharingCpuSeconds, double viewerCpuSeconds,
            double xServerCpuSeconds) {
        this(phase, seconds, bytes, sentBytes, sharingCpuSeconds, viewerCpuSeconds, xServerCpuSeconds, 0, 0);
    }

    double kilobytesPerSecond() {
        return bytes / 1000.0 / seconds;
    }

    /** This phase and another as one. */
    PhaseFigures plus(String name, PhaseFigures other) {
        return new PhaseFigures(name, seconds + other.seconds, bytes + other.bytes, sentBytes + other.sentBytes,
                sharingCpuSeconds + other.sharingCpuSeconds, viewerCpuSeconds + other.viewerCpuSeconds,
                xServerCpuSeconds + other.xServerCpuSeconds, sharingCompilingSeconds + other.sharingCompilingSeconds,
                viewerCompilingSeconds + other.viewerCompilingSeconds);
    }
}
