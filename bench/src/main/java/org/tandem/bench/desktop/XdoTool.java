package org.tandem.bench.desktop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code xdotool} and {@code xwd} on one X display: what a person does there with keyboard and
 * mouse, and what the display shows.
 */
final class XdoTool {
    private final String display;

    XdoTool(String display) {
        this.display = display;
    }

    String display() {
        return display;
    }

    /** Runs xdotool with these arguments; its standard output. */
    String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(List.of(args));
        return new String(exec(command), java.nio.charset.StandardCharsets.UTF_8).strip();
    }

    /** The first window whose title matches the regular expression, waiting for it up to the time given. */
    String awaitWindow(String titleRegex, int seconds) throws IOException, InterruptedException {
        return awaitWindow(titleRegex, seconds, null);
    }

    /**
     * As {@link #awaitWindow(String, int)}, giving up at once when the program that should show the
     * window has ended, and saying what it printed.
     */
    String awaitWindow(String titleRegex, int seconds, ChildProcess owner) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        do {
            String found = quiet("search", "--onlyvisible", "--name", titleRegex);
            if (!found.isEmpty()) {
                return found.lines().findFirst().orElseThrow();
            }
            if (owner != null && !owner.alive()) {
                throw new IOException(owner.name() + " ended before its window '" + titleRegex + "' appeared on "
                        + display + ": " + owner.said());
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new IOException("No window titled like '" + titleRegex + "' appeared on " + display + " within "
                + seconds + " s" + (owner == null ? "" : "; " + owner.name() + " said: " + owner.said()));
    }

    /** Brings the window to the front and gives it the keyboard, as a click on it would. */
    void activate(String window) throws IOException, InterruptedException {
        run("windowactivate", "--sync", window);
    }

    /** Key chords pressed on the display (XTest), as from the keyboard: to the window with focus. */
    void key(String... chords) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("key", "--delay", "30"));
        args.addAll(List.of(chords));
        run(args.toArray(String[]::new));
    }

    /** The whole screen, read with xwd. */
    ScreenPixels screenshot() throws IOException, InterruptedException {
        return XwdImage.read(exec(List.of("xwd", "-root", "-silent")));
    }

    private String quiet(String... args) throws IOException, InterruptedException {
        try {
            return run(args);
        } catch (IOException e) {
            return ""; // xdotool search exits 1 when nothing matches
        }
    }

    private byte[] exec(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish on " + display);
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed on " + display + " (exit " + process.exitValue() + ")");
        }
        return out;
    }
}
