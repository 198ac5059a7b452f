package org.tandem.bench.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Processor time a process has used, user and system together, from {@code /proc/PID/stat}
 * (fields 14 and 15, in clock ticks of {@code 1/ticksPerSecond} s).
 */
final class CpuClock {
    private final long ticksPerSecond;

    CpuClock(long ticksPerSecond) {
        this.ticksPerSecond = ticksPerSecond;
    }

    /** Asks the system for its tick rate ({@code getconf CLK_TCK}); 100 on Linux where it is not there. */
    static CpuClock system() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).strip();
            if (getconf.waitFor() == 0 && out.matches("[0-9]+")) {
                return new CpuClock(Long.parseLong(out));
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        return new CpuClock(100);
    }

    /** Seconds of processor time used so far by the process. */
    double seconds(long pid) throws IOException {
        return parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    }

    /**
     * Seconds of processor time each of the process's JIT compiler threads has used so far, by thread id
     * (HotSpot names them "C1 CompilerThread…" and "C2 CompilerThread…"); none for a process that compiles
     * nothing (x11vnc, a native viewer). See {@link #compilingBetween} for the time between two readings.
     */
    Map<Long, Double> compilerThreads(long pid) throws IOException {
        Map<Long, Double> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended between the listing and the read
                }
                if (isCompiler(stat)) {
                    threads.put(Long.parseLong(task.getFileName().toString()), parse(stat));
                }
            }
        }
        return threads;
    }

    /**
     * The compiler threads' time between two readings, thread by thread: the JVM stops idle compiler
     * threads and starts new ones, and a sum over the process at each reading would lose a stopped
     * thread's whole life. A thread gone by {@code later} loses only its time since {@code earlier}.
     */
    static double compilingBetween(Map<Long, Double> earlier, Map<Long, Double> later) {
        double seconds = 0;
        for (Map.Entry<Long, Double> thread : later.entrySet()) {
            seconds += Math.max(0, thread.getValue() - earlier.getOrDefault(thread.getKey(), 0.0));
        }
        return seconds;
    }

    private static boolean isCompiler(String stat) {
        int open = stat.indexOf('(');
        return open >= 0 && (stat.startsWith("C1 CompilerThre", open + 1) || stat.startsWith("C2 CompilerThre", open + 1));
    }

    double parse(String stat) throws IOException {
        // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IOException("Not a /proc stat line: " + stat);
        }
        String[] fields = stat.substring(close + 2).trim().split(" +");
        if (fields.length < 13) {
            throw new IOException("Too few fields in a /proc stat line: " + stat);
        }
        // fields[0] is field 3 (state): utime is field 14, stime field 15.
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return (double) ticks / ticksPerSecond;
    }
}
