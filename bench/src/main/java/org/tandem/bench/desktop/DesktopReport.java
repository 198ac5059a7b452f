package org.tandem.bench.desktop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The figures of all runs side by side: for each figure the median of Tandem's runs and of
 * x11vnc's, their ratio, and the target for Tandem with whether the median meets it.
 */
final class DesktopReport {
    static final String TANDEM = "tandem";
    static final String BASELINE = "x11vnc";

    /** A target on Tandem's median: at most a value, or at most a multiple of x11vnc's median. */
    record Target(String text, double limit, boolean ofRatio) {
        static Target atMost(double value, String unit) {
            return new Target("<= " + format(value) + " " + unit, value, false);
        }

        static Target ratioAtMost(double ratio) {
            return new Target("<= " + format(ratio) + " x x11vnc", ratio, true);
        }

        boolean met(double tandem, double ratio) {
            double value = ofRatio ? ratio : tandem;
            return !Double.isNaN(value) && value <= limit;
        }
    }

    /** One figure: its name, how to read it from a run, and its target (null for none). */
    record Figure(String name, ToDoubleFunction<RunFigures> value, Target target) {}

    static final List<Figure> FIGURES = List.of(
            new Figure("whole-workload-KBps", r -> r.phase("whole").kilobytesPerSecond(), Target.atMost(100, "KB/s")),
            new Figure("whole-workload-KB", r -> r.phase("whole").bytes() / 1000.0, null),
            new Figure("typing-KBps", r -> r.phase("typing").kilobytesPerSecond(), null),
            new Figure("scrolling-KBps", r -> r.phase("scrolling").kilobytesPerSecond(), Target.ratioAtMost(0.2)),
            new Figure("window-moving-KBps", r -> r.phase("dragging").kilobytesPerSecond(), Target.ratioAtMost(0.2)),
            // From the phase's last input until the viewer showed its end: whether the picture keeps up.
            new Figure("scrolling-caught-up-ms", r -> r.phase("scrolling").caughtUpMillis(), null),
            new Figure("window-moving-caught-up-ms", r -> r.phase("dragging").caughtUpMillis(), null),
            // A clip playing (--video-seconds): what it costs, and how smoothly the viewer shows it (25 pictures a second played).
            new Figure("video-KBps", r -> r.has(RunFigures.VIDEO) ? r.phase(RunFigures.VIDEO).kilobytesPerSecond() : Double.NaN, null),
            new Figure("video-pictures-shown-per-second",
                    r -> r.has(RunFigures.VIDEO) ? r.phase(RunFigures.VIDEO).picturesShownPerSecond() : Double.NaN, null),
            new Figure("idle-bytes", r -> r.phase("idle").bytes(), Target.atMost(0, "bytes")),
            new Figure("first-full-frame-KB", r -> r.firstFrameBytes() / 1000.0, Target.atMost(60, "KB")),
            new Figure("echo-p50-ms", RunFigures::echoP50Ms, Target.atMost(15, "ms")),
            new Figure("echo-p90-ms", RunFigures::echoP90Ms, Target.atMost(30, "ms")),
            new Figure("echo-timeouts", RunFigures::echoTimeouts, null),
            new Figure("sharing-cpu-s-whole-workload", r -> r.phase("whole").sharingCpuSeconds(), Target.ratioAtMost(1.0)),
            new Figure("viewer-cpu-s-whole-workload", r -> r.phase("whole").viewerCpuSeconds(), Target.ratioAtMost(1.5)),
            // Of the two above, what the JIT compilers took: a JVM's warm-up, which x11vnc and its viewer never pay.
            new Figure("sharing-cpu-s-whole-workload-compiling", r -> r.phase("whole").sharingCompilingSeconds(), null),
            new Figure("viewer-cpu-s-whole-workload-compiling", r -> r.phase("whole").viewerCompilingSeconds(), null),
            new Figure("customer-x-server-cpu-s-whole-workload", r -> r.phase("whole").xServerCpuSeconds(), null),
            new Figure("sharing-cpu-percent-idle", r -> percentOfCore(r.phase("idle").sharingCpuSeconds(), r.phase("idle")),
                    Target.atMost(1, "% of a core")),
            new Figure("viewer-cpu-percent-idle", r -> percentOfCore(r.phase("idle").viewerCpuSeconds(), r.phase("idle")),
                    Target.atMost(1, "% of a core")));

    private DesktopReport() {}

    /** One JSON line per figure, then a summary line. */
    static List<String> lines(List<RunFigures> runs) {
        List<String> lines = new ArrayList<>();
        int targets = 0;
        int met = 0;
        for (Figure figure : FIGURES) {
            double tandem = median(runs, TANDEM, figure.value());
            double baseline = median(runs, BASELINE, figure.value());
            double ratio = baseline == 0 || Double.isNaN(baseline) || Double.isInfinite(baseline) ? Double.NaN
                    : tandem / baseline;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "{\"bench\":\"desktop\",\"figure\":\"%s\",\"tandem\":%s,\"x11vnc\":%s,\"ratio\":%s",
                    figure.name(), number(tandem), number(baseline), number(ratio)));
            if (figure.target() != null) {
                boolean ok = figure.target().met(tandem, ratio);
                targets++;
                met += ok ? 1 : 0;
                line.append(String.format(Locale.ROOT, ",\"target\":\"%s\",\"met\":%b", figure.target().text(), ok));
            }
            lines.add(line.append('}').toString());
        }
        boolean warm = !runs.isEmpty() && runs.stream().allMatch(RunFigures::warmedUp);
        lines.add(String.format(Locale.ROOT, "{\"bench\":\"desktop\",\"summary\":\"medians of %d tandem and %d x11vnc runs%s\","
                + "\"targets\":%d,\"targetsMet\":%d}", count(runs, TANDEM), count(runs, BASELINE),
                warm ? ", each measured after a warm-up pass" : "", targets, met));
        return lines;
    }

    static double median(List<RunFigures> runs, String viewer, ToDoubleFunction<RunFigures> value) {
        double[] values = runs.stream().filter(r -> r.viewer().equals(viewer)).mapToDouble(value).toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static double percentOfCore(double cpuSeconds, PhaseFigures phase) {
        return 100 * cpuSeconds / phase.seconds();
    }

    private static long count(List<RunFigures> runs, String viewer) {
        return runs.stream().filter(r -> r.viewer().equals(viewer)).count();
    }

    private static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
