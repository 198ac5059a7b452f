package org.tandem.bench.desktop;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's desktop the workload runs on: metacity, a terminal to type into ({@code cat} to
 * nowhere, so the terminal itself echoes) and a second one reading a long text file in {@code less}.
 * The two terminals are started afresh for every run, at the same places, so that every run starts
 * from the same pixels.
 */
final class CustomerDesktop implements AutoCloseable {
    static final String TYPING = "typing";
    static final String READING = "reading";
    static final String VIDEO = "video";
    /** Where the video-like clip plays: below the typing terminal, left of the reading one. */
    static final Rectangle VIDEO_AREA = new Rectangle(40, 600, 640, 360);
    private static final Pattern ABSOLUTE = Pattern.compile(
            "Absolute upper-left X:\\s+(-?\\d+).*Absolute upper-left Y:\\s+(-?\\d+).*Width:\\s+(\\d+).*Height:\\s+(\\d+)",
            Pattern.DOTALL);

    private final XdoTool xdo;
    private final Path logs;
    private final Path text;
    private final ChildProcess windowManager;
    private ChildProcess typing;
    private ChildProcess reading;

    private CustomerDesktop(XdoTool xdo, Path logs, Path text, ChildProcess windowManager) {
        this.xdo = xdo;
        this.logs = logs;
        this.text = text;
        this.windowManager = windowManager;
    }

    static CustomerDesktop start(XdoTool xdo, Path dir) throws IOException, InterruptedException {
        Path text = dir.resolve("long-text.txt");
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 5000; i++) {
            lines.append(String.format(Locale.ROOT, "%05d  The quick brown fox jumps over the lazy dog; line %d of a long"
                    + " text.%n", i, i));
        }
        Files.writeString(text, lines);
        ChildProcess wm = ChildProcess.start("customer-metacity", xdo.display(), dir, List.of("metacity", "--replace"), 5);
        return new CustomerDesktop(xdo, dir, text, wm);
    }

    /**
     * Plays a video-like clip in {@link #VIDEO_AREA}, looping, until the player is closed: eight
     * seconds of a Mandelbrot set zooming in at 25 pictures a second with a little noise (smooth
     * colours and fine detail, as a film has), made with ffmpeg the first time.
     */
    ChildProcess playVideo() throws IOException, InterruptedException {
        Path clip = logs.resolve("video-like.mkv");
        if (!Files.exists(clip)) {
            ChildProcess make = ChildProcess.start("video-make", null, logs, List.of("ffmpeg", "-loglevel", "error",
                    "-f", "lavfi", "-i", "mandelbrot=s=" + VIDEO_AREA.width + "x" + VIDEO_AREA.height
                            + ":r=25:start_scale=1.5:end_scale=0.3,noise=alls=3:allf=t",
                    "-t", "8", "-c:v", "mpeg4", "-q:v", "2", clip.toString()), 5);
            if (make.await(300) != 0) {
                throw new IOException("ffmpeg could not make the video-like clip: " + make.said());
            }
        }
        ChildProcess player = ChildProcess.start("video-play", xdo.display(), logs, List.of("ffplay", "-loglevel", "error",
                "-loop", "0", "-an", "-noborder", "-window_title", VIDEO, "-left", Integer.toString(VIDEO_AREA.x),
                "-top", Integer.toString(VIDEO_AREA.y), clip.toString()), 5);
        xdo.awaitWindow("^" + VIDEO + "$", 30);
        Thread.sleep(1_000);
        return player;
    }

    /** Closes the terminals of the last run, if any, and opens them anew. */
    void reset() throws IOException, InterruptedException {
        closeTerminals();
        typing = ChildProcess.start("xterm-typing", xdo.display(), logs, List.of("xterm", "-geometry", "100x30+40+40",
                "-title", TYPING, "-e", "sh", "-c", "cat > /dev/null"), 5);
        reading = ChildProcess.start("xterm-reading", xdo.display(), logs, List.of("xterm", "-geometry", "100x40+1000+300",
                "-title", READING, "-e", "less", text.toString()), 5);
        xdo.awaitWindow("^" + TYPING + "$", 30);
        xdo.awaitWindow("^" + READING + "$", 30);
        Thread.sleep(500);
    }

    /**
     * The customer's whole screen once it has stopped changing: the input last sent may still be on
     * its way through the viewer and the link, so the screen is read until two readings 100 ms apart
     * agree (at most 10 s).
     */
    ScreenPixels settledScreenshot() throws IOException, InterruptedException {
        ScreenPixels last = xdo.screenshot();
        for (int i = 0; i < 100; i++) {
            Thread.sleep(100);
            ScreenPixels now = xdo.screenshot();
            if (java.util.Arrays.equals(now.rgb(), last.rgb())) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** Where a terminal's contents are on the customer's screen (without its title bar). */
    Rectangle contents(String title) throws IOException, InterruptedException {
        String window = xdo.awaitWindow("^" + title + "$", 10);
        ProcessBuilder builder = new ProcessBuilder("xwininfo", "-id", window).redirectErrorStream(true);
        builder.environment().put("DISPLAY", xdo.display());
        Process info = builder.start();
        String out = new String(info.getInputStream().readAllBytes());
        info.waitFor();
        Matcher m = ABSOLUTE.matcher(out);
        if (!m.find()) {
            throw new IOException("xwininfo told nothing of the window '" + title + "'");
        }
        return new Rectangle(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    private void closeTerminals() throws InterruptedException {
        if (typing != null) {
            typing.close();
        }
        if (reading != null) {
            reading.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        closeTerminals();
        windowManager.close();
    }
}
