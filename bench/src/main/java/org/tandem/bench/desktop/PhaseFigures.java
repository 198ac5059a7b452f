package org.tandem.bench.desktop;

/**
 * What one phase of the workload cost: its length, the bytes on the wire (both ways, and of them those
 * the sharing side sent), the processor time of both sides, and that of the customer's X server (which does part of a screen scraper's work for it).
 */
record PhaseFigures(String phase, double seconds, long bytes, long sentBytes, double sharingCpuSeconds, double viewerCpuSeconds,
        double xServerCpuSeconds) {
    double kilobytesPerSecond() {
        return bytes / 1000.0 / seconds;
    }

    /** This phase and another as one. */
    PhaseFigures plus(String name, PhaseFigures other) {
        return new PhaseFigures(name, seconds + other.seconds, bytes + other.bytes, sentBytes + other.sentBytes,
                sharingCpuSeconds + other.sharingCpuSeconds, viewerCpuSeconds + other.viewerCpuSeconds,
                xServerCpuSeconds + other.xServerCpuSeconds);
    }
}
