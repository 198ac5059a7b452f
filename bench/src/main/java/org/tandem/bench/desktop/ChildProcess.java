package org.tandem.bench.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program the benchmark started on one X display, its output in two files of the run's folder.
 * Closing it asks it to stop (SIGTERM) and kills it when it does not within the grace given.
 */
final class ChildProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path out;
    private final Path err;
    private final int graceSeconds;

    private ChildProcess(String name, Process process, Path out, Path err, int graceSeconds) {
        this.name = name;
        this.process = process;
        this.out = out;
        this.err = err;
        this.graceSeconds = graceSeconds;
    }

    static ChildProcess start(String name, String display, Path logs, List<String> command, int graceSeconds)
            throws IOException {
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        if (display != null) {
            env.put("DISPLAY", display);
        }
        try {
            return new ChildProcess(name, builder.start(), out, err, graceSeconds);
        } catch (IOException e) {
            throw new IOException("Could not start " + command.get(0) + " (" + e.getMessage() + ")", e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    Path out() {
        return out;
    }

    Path err() {
        return err;
    }

    String name() {
        return name;
    }

    /** The last lines the program wrote to its error output, or "nothing" (for messages about it). */
    String said() {
        try {
            List<String> lines = Files.readAllLines(err);
            String tail = String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())).strip();
            return tail.isEmpty() ? "nothing" : tail;
        } catch (IOException | UncheckedIOException e) {
            return "(its output could not be read: " + e.getMessage() + ")";
        }
    }

    /** Waits for the program to end by itself; its exit code. */
    int await(int seconds) throws IOException, InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(name + " did not finish within " + seconds + " s (see " + err + ")");
        }
        return process.exitValue();
    }

    /** Asks all of them to stop at once, then waits for each (so that they can say goodbye to each other). */
    static void stopAll(ChildProcess... processes) throws InterruptedException {
        for (ChildProcess p : processes) {
            if (p != null) {
                p.process.destroy();
            }
        }
        for (ChildProcess p : processes) {
            if (p != null) {
                p.close();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(graceSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
