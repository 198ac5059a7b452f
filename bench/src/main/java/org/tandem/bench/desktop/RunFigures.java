package org.tandem.bench.desktop;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one run of the workload through one viewer: each phase, the first full frame, and
 * the keystroke echo times (a keystroke whose echo did not show within the time allowed is counted
 * in {@code echoTimeouts} and not measured).
 */
record RunFigures(String viewer, int run, String loadAverage, long firstFrameBytes, List<PhaseFigures> phases,
        double echoP50Ms, double echoP90Ms, int echoes, int echoTimeouts, boolean warmedUp) {
    /** A run measured from its first pass through the workload. */
    RunFigures(String viewer, int run, String loadAverage, long firstFrameBytes, List<PhaseFigures> phases,
            double echoP50Ms, double echoP90Ms, int echoes, int echoTimeouts) {
        this(viewer, run, loadAverage, firstFrameBytes, phases, echoP50Ms, echoP90Ms, echoes, echoTimeouts, false);
    }

    static final List<String> PHASES = List.of("typing", "scrolling", "dragging", "idle");
    /** The clip's phase, when one was played: apart from the whole workload, which stays the issue's. */
    static final String VIDEO = "video";

    boolean has(String name) {
        return phases.stream().anyMatch(p -> p.phase().equals(name));
    }

    PhaseFigures phase(String name) {
        if (name.equals("whole")) {
            PhaseFigures whole = null;
            for (PhaseFigures p : phases) {
                if (PHASES.contains(p.phase())) {
                    whole = whole == null ? p : whole.plus("whole", p);
                }
            }
            return whole;
        }
        return phases.stream().filter(p -> p.phase().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No phase " + name));
    }

    String toJson() {
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                "{\"bench\":\"desktop\",\"run\":%d,\"viewer\":\"%s\",\"loadAverage\":\"%s\",\"firstFrameKB\":%.1f,"
                        + "\"echoP50Ms\":%s,\"echoP90Ms\":%s,\"echoes\":%d,\"echoTimeouts\":%d",
                run, viewer, loadAverage, firstFrameBytes / 1000.0, millis(echoP50Ms), millis(echoP90Ms), echoes,
                echoTimeouts));
        if (warmedUp) {
            json.append(",\"afterAWarmUpPass\":true");
        }
        List<String> names = has(VIDEO) ? concat(concat(PHASES, VIDEO), "whole") : concat(PHASES, "whole");
        for (String name : names) {
            PhaseFigures p = phase(name);
            json.append(String.format(Locale.ROOT, ",\"%s\":{\"seconds\":%.1f,\"KB\":%.1f,\"sentKB\":%.1f,\"KBps\":%.2f,"
                    + "\"sharingCpuS\":%.2f,\"viewerCpuS\":%.2f,\"customerXServerCpuS\":%.2f,"
                    + "\"sharingCompilingCpuS\":%.2f,\"viewerCompilingCpuS\":%.2f}", name, p.seconds(),
                    p.bytes() / 1000.0, p.sentBytes() / 1000.0, p.kilobytesPerSecond(), p.sharingCpuSeconds(), p.viewerCpuSeconds(),
                    p.xServerCpuSeconds(), p.sharingCompilingSeconds(), p.viewerCompilingSeconds()));
            if (!Double.isNaN(p.caughtUpMillis())) {
                json.insert(json.length() - 1, ",\"caughtUpMs\":" + millis(p.caughtUpMillis()));
            }
            if (!Double.isNaN(p.picturesShownPerSecond())) {
                json.insert(json.length() - 1, ",\"picturesShownPerSecond\":" + millis(p.picturesShownPerSecond()));
            }
        }
        return json.append('}').toString();
    }

    private static String millis(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static List<String> concat(List<String> list, String last) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(last)).toList();
    }
}
