package org.tandem.customer.capture;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Rectangle;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.shared.screen.Frame;

/**
 * Shares each monitor of a real two-monitor X display, and all of them. Xvfb with Xinerama makes one
 * display with two monitors, as a desk with two screens has (separate X screens would be separate
 * displays to AWT). AWT reads its monitors once per process, so the capture runs in a child JVM on
 * that display. Needs Xvfb; skipped without it, except on CI.
 */
class SharedAreaIT {
    private Process xvfb;

    @AfterEach
    void stopDisplay() throws Exception {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void eachMonitorAndAllOfThemAreCapturedAtTheirOwnSize() throws Exception {
        String display = startTwoMonitorDisplay();

        List<String> report = probe(display);

        // Xvfb lays both Xinerama monitors at the origin, so all of them is the larger one's rectangle.
        assertEquals(List.of(
                "monitor 1 " + new Rectangle(0, 0, 1280, 800),
                "monitor 2 " + new Rectangle(0, 0, 1024, 768),
                "captured 1 1280x800",
                "captured 2 1024x768",
                "captured 0 1280x800"), report);
    }

    /** Run in the child JVM: prints the monitors, then the size of a capture of each choice. */
    public static void main(String[] args) throws Exception {
        SharedArea area = SharedArea.ofThisDesktop();
        List<Rectangle> monitors = area.monitors();
        for (int i = 0; i < monitors.size(); i++) {
            System.out.println("monitor " + (i + 1) + " " + monitors.get(i));
        }
        RobotFrameSource source = new RobotFrameSource(area);
        for (int choice : new int[] {1, 2, SharedArea.ALL}) {
            area.choose(choice);
            Frame frame = source.capture();
            System.out.println("captured " + choice + " " + frame.width() + "x" + frame.height());
        }
        System.exit(0);
    }

    private String startTwoMonitorDisplay() throws Exception {
        boolean found = onPath("Xvfb");
        if (!found && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("Xvfb is needed on CI for the two-monitor test (apt-get install xvfb)");
        }
        assumeTrue(found, "Xvfb is not installed (apt-get install xvfb): two-monitor test skipped");
        // -displayfd: Xvfb picks a free display and writes its number on the first line.
        xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-nolisten", "tcp", "+xinerama",
                "-screen", "0", "1280x800x24", "-screen", "1", "1024x768x24")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), UTF_8));
        String number = lines.readLine();
        assertTrue(number != null && number.strip().matches("\\d+"), "Xvfb did not say its display: " + number);
        return ":" + number.strip();
    }

    private static List<String> probe(String display) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SharedAreaIT.class.getName()).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process child = builder.start();
        List<String> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("monitor ") || line.startsWith("captured ")) {
                    out.add(line);
                } else {
                    System.err.println("probe: " + line); // the child's log and errors, for whoever reads the report
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
        assertEquals(0, child.exitValue(), "the probe failed: " + out);
        return out;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
