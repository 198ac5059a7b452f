package org.tandem.bench.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DesktopReportTest {

    @Test
    void comparesTheMediansOfBothViewersAndJudgesTandemsTargets() {
        List<RunFigures> runs = List.of(
                run("x11vnc", 1, 500_000, 45_000, 28, 33, 2.0, 0.5),
                run("tandem", 1, 90_000, 50_000, 12, 25, 1.5, 0.6),
                run("x11vnc", 2, 600_000, 45_000, 30, 35, 2.2, 0.5),
                run("tandem", 2, 99_000, 70_000, 14, 40, 1.0, 0.7),
                run("x11vnc", 3, 550_000, 45_000, 29, 34, 2.1, 0.5),
                run("tandem", 3, 95_000, 80_000, 20, 41, 3.0, 0.8));

        List<String> lines = DesktopReport.lines(runs);

        assertEquals("{\"bench\":\"desktop\",\"figure\":\"scrolling-KBps\",\"tandem\":95.00,\"x11vnc\":550.00,"
                + "\"ratio\":0.17,\"target\":\"<= 0.2 x x11vnc\",\"met\":true}", line(lines, "scrolling-KBps"));
        assertEquals("{\"bench\":\"desktop\",\"figure\":\"first-full-frame-KB\",\"tandem\":70.00,\"x11vnc\":45.00,"
                + "\"ratio\":1.56,\"target\":\"<= 60 KB\",\"met\":false}", line(lines, "first-full-frame-KB"));
        assertEquals("{\"bench\":\"desktop\",\"figure\":\"echo-p50-ms\",\"tandem\":14.00,\"x11vnc\":29.00,"
                + "\"ratio\":0.48,\"target\":\"<= 15 ms\",\"met\":true}", line(lines, "echo-p50-ms"));
        assertTrue(line(lines, "sharing-cpu-s-whole-workload").contains("\"met\":true"));
        assertTrue(line(lines, "viewer-cpu-s-whole-workload").contains("\"ratio\":1.40,\"target\":\"<= 1.5 x x11vnc\",\"met\":true"));
        assertTrue(line(lines, "typing-KBps").endsWith("\"ratio\":1.00}"), "no target for typing: " + line(lines, "typing-KBps"));
        assertTrue(lines.get(lines.size() - 1).startsWith("{\"bench\":\"desktop\",\"summary\":\"medians of 3 tandem and 3 x11vnc runs\""));
    }

    @Test
    void aFigureOnlyOneViewerHasHasNoRatioAndMissesItsTarget() {
        List<String> lines = DesktopReport.lines(List.of(run("x11vnc", 1, 500_000, 45_000, 28, 33, 2.0, 0.5)));

        assertEquals("{\"bench\":\"desktop\",\"figure\":\"echo-p50-ms\",\"tandem\":null,\"x11vnc\":28.00,\"ratio\":null,"
                + "\"target\":\"<= 15 ms\",\"met\":false}", line(lines, "echo-p50-ms"));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        List<RunFigures> runs = List.of(run("tandem", 1, 1000, 0, 10, 0, 0, 0), run("tandem", 2, 1000, 0, 20, 0, 0, 0));

        assertEquals(15, DesktopReport.median(runs, "tandem", RunFigures::echoP50Ms), 1e-9);
    }

    @Test
    void theJitsShareOfEachSideIsSummedOverThePhasesAndHasNoTarget() {
        List<PhaseFigures> phases = List.of(
                new PhaseFigures("typing", 1, 1000, 500, 0.8, 1.2, 0, 0.25, 0.25),
                new PhaseFigures("scrolling", 1, 1000, 500, 1.7, 2.7, 0, 0.75, 0.5),
                new PhaseFigures("dragging", 1, 1000, 500, 0.6, 2.0, 0, 0.25, 0.75),
                new PhaseFigures("idle", 10, 0, 0, 0.1, 0.2, 0, 0, 0));
        RunFigures tandem = new RunFigures("tandem", 1, "1.00", 1000, phases, 50, 60, 60, 0);

        List<String> lines = DesktopReport.lines(List.of(tandem, run("x11vnc", 1, 1000, 1000, 40, 60, 1.0, 0.2)));

        assertEquals("{\"bench\":\"desktop\",\"figure\":\"sharing-cpu-s-whole-workload-compiling\",\"tandem\":1.25,"
                + "\"x11vnc\":0.00,\"ratio\":null}", line(lines, "sharing-cpu-s-whole-workload-compiling"));
        assertEquals("{\"bench\":\"desktop\",\"figure\":\"viewer-cpu-s-whole-workload-compiling\",\"tandem\":1.50,"
                + "\"x11vnc\":0.00,\"ratio\":null}", line(lines, "viewer-cpu-s-whole-workload-compiling"));
        assertTrue(tandem.toJson().contains("\"whole\":{\"seconds\":13.0,\"KB\":3.0,\"sentKB\":1.5,\"KBps\":0.23,"
                + "\"sharingCpuS\":3.20,\"viewerCpuS\":6.10,\"customerXServerCpuS\":0.00,\"sharingCompilingCpuS\":1.25,"
                + "\"viewerCompilingCpuS\":1.50}"), tandem.toJson());
    }

    @Test
    void runsMeasuredAfterAWarmUpPassSaySo() {
        RunFigures cold = run("tandem", 1, 1000, 1000, 40, 60, 1.0, 0.2);
        RunFigures warm = new RunFigures("tandem", 2, "1.00", 1000, cold.phases(), 40, 60, 60, 0, true);

        assertTrue(warm.toJson().contains("\"echoTimeouts\":0,\"afterAWarmUpPass\":true,\"typing\""), warm.toJson());
        assertTrue(!cold.toJson().contains("afterAWarmUpPass"), cold.toJson());
        String summary = DesktopReport.lines(List.of(warm)).get(DesktopReport.FIGURES.size());
        assertTrue(summary.contains("\"medians of 1 tandem and 0 x11vnc runs, each measured after a warm-up pass\""), summary);
        String mixed = DesktopReport.lines(List.of(cold, warm)).get(DesktopReport.FIGURES.size());
        assertTrue(mixed.contains("\"medians of 2 tandem and 0 x11vnc runs\""), mixed);
    }

    /** One second of each phase; scrolling carries the given bytes, the viewer's CPU goes to dragging. */
    @Test
    void theTimeToCatchUpIsPerPhaseAndAViewerThatNeverCaughtUpCountsAsTheSlowest() {
        List<RunFigures> runs = List.of(
                caughtUp("x11vnc", 1, 900, Double.POSITIVE_INFINITY),
                caughtUp("x11vnc", 2, 1100, Double.POSITIVE_INFINITY),
                caughtUp("x11vnc", 3, 1000, 4000),
                caughtUp("tandem", 1, 200, 300),
                caughtUp("tandem", 2, 100, 500),
                caughtUp("tandem", 3, 150, 400));

        List<String> lines = DesktopReport.lines(runs);

        assertEquals("{\"bench\":\"desktop\",\"figure\":\"scrolling-caught-up-ms\",\"tandem\":150.00,\"x11vnc\":1000.00,"
                + "\"ratio\":0.15}", line(lines, "scrolling-caught-up-ms"));
        assertEquals("{\"bench\":\"desktop\",\"figure\":\"window-moving-caught-up-ms\",\"tandem\":400.00,\"x11vnc\":null,"
                + "\"ratio\":null}", line(lines, "window-moving-caught-up-ms"), "two of three never caught up: the median did not");
        String never = runs.get(0).toJson();
        assertTrue(never.contains("\"viewerCompilingCpuS\":0.00,\"caughtUpMs\":null}"), never);
        assertTrue(runs.get(3).toJson().contains("\"caughtUpMs\":200.0}"), runs.get(3).toJson());
        assertTrue(!runs.get(3).toJson().contains("\"idle\":{\"seconds\":10.0,\"KB\":0.0,\"sentKB\":0.0,\"KBps\":0.00,"
                + "\"sharingCpuS\":0.00,\"viewerCpuS\":0.00,\"customerXServerCpuS\":0.00,\"sharingCompilingCpuS\":0.00,"
                + "\"viewerCompilingCpuS\":0.00,\"caughtUpMs\""), "not measured for idle: " + runs.get(3).toJson());
    }

    @Test
    void aClipPlayedIsAPhaseOfItsOwnOutsideTheWholeWorkload() {
        RunFigures plain = run("tandem", 1, 1000, 1000, 40, 60, 1.0, 0.2);
        List<PhaseFigures> phases = new java.util.ArrayList<>(plain.phases());
        phases.add(3, new PhaseFigures("video", 5, 500_000, 490_000, 2.0, 3.0, 0.5).shown(21.5));
        RunFigures withClip = new RunFigures("tandem", 1, "1.00", 1000, phases, 40, 60, 60, 0);

        assertEquals(plain.phase("whole"), withClip.phase("whole"), "the whole workload stays the issue's four phases");
        assertTrue(withClip.toJson().contains("\"video\":{\"seconds\":5.0,\"KB\":500.0,\"sentKB\":490.0,\"KBps\":100.00,"
                + "\"sharingCpuS\":2.00,\"viewerCpuS\":3.00,\"customerXServerCpuS\":0.50,\"sharingCompilingCpuS\":0.00,"
                + "\"viewerCompilingCpuS\":0.00,\"picturesShownPerSecond\":21.5},\"whole\""), withClip.toJson());
        assertTrue(!plain.toJson().contains("video"), plain.toJson());

        List<String> lines = DesktopReport.lines(List.of(withClip, run("x11vnc", 1, 1000, 1000, 40, 60, 1.0, 0.2)));
        assertEquals("{\"bench\":\"desktop\",\"figure\":\"video-pictures-shown-per-second\",\"tandem\":21.50,"
                + "\"x11vnc\":null,\"ratio\":null}", line(lines, "video-pictures-shown-per-second"));
        assertEquals("{\"bench\":\"desktop\",\"figure\":\"video-KBps\",\"tandem\":100.00,\"x11vnc\":null,"
                + "\"ratio\":null}", line(lines, "video-KBps"));
    }

    private static RunFigures caughtUp(String viewer, int n, double scrolled, double dragged) {
        RunFigures plain = run(viewer, n, 1000, 1000, 40, 60, 1.0, 0.2);
        List<PhaseFigures> phases = plain.phases().stream()
                .map(p -> p.phase().equals("scrolling") ? p.caughtUp(scrolled) : p.phase().equals("dragging") ? p.caughtUp(dragged) : p)
                .toList();
        return new RunFigures(viewer, n, "1.00", 1000, phases, 40, 60, 60, 0);
    }

    private static RunFigures run(String viewer, int n, long scrollingBytes, long firstFrame, double p50, double p90,
            double sharingCpu, double viewerCpu) {
        return new RunFigures(viewer, n, "1.00", firstFrame, List.of(
                new PhaseFigures("typing", 1, 1000, 500, 0, 0, 0),
                new PhaseFigures("scrolling", 1, scrollingBytes, scrollingBytes / 2, sharingCpu, 0, 0),
                new PhaseFigures("dragging", 1, 1000, 500, 0, viewerCpu, 0),
                new PhaseFigures("idle", 10, 0, 0, 0, 0, 0)), p50, p90, 60, 0);
    }

    private static String line(List<String> lines, String figure) {
        return lines.stream().filter(l -> l.contains("\"figure\":\"" + figure + "\"")).findFirst().orElseThrow();
    }
}
