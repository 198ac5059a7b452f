package org.tandem.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * What both ends of a session reported, with the moment each was reported ({@link System#nanoTime()}),
 * and a way to wait for a condition on it with a deadline. The listeners of both apps write here.
 */
final class SessionWatch {
    /** One report: which side, what kind ({@code state}, {@code control}), its value and the words shown. */
    record Report(Side side, String kind, String value, String detail, long at) {
    }

    enum Side { CUSTOMER, TECHNICIAN }

    private final List<Report> reports = new ArrayList<>();
    /** Waiters sleep on this, not on the watch: a condition may take the apps' locks, and the apps report here. */
    private final Object signal = new Object();
    private long frames;
    private long injected;

    void report(Side side, String kind, Object value, String detail) {
        synchronized (this) {
            reports.add(new Report(side, kind, String.valueOf(value), detail, System.nanoTime()));
        }
        wake();
    }

    void frameArrived() {
        synchronized (this) {
            frames++;
        }
        wake();
    }

    void inputInjected() {
        synchronized (this) {
            injected++;
        }
        wake();
    }

    private void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    synchronized long frames() {
        return frames;
    }

    synchronized long injected() {
        return injected;
    }

    /** The first report that matches, from the start of the session. */
    synchronized Optional<Report> first(Predicate<Report> which) {
        return reports.stream().filter(which).findFirst();
    }

    /** The last report of this side and kind. */
    synchronized Optional<Report> last(Side side, String kind) {
        for (int i = reports.size() - 1; i >= 0; i--) {
            Report r = reports.get(i);
            if (r.side() == side && r.kind().equals(kind)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Whether the last report of this side and kind has this value. */
    synchronized boolean is(Side side, String kind, Object value) {
        return last(side, kind).map(r -> r.value().equals(String.valueOf(value))).orElse(false);
    }

    /**
     * Waits until {@code condition} holds, for at most {@code limit}; fails with what was awaited and
     * what was reported. The condition is checked on every report, and every 50 ms for what changes
     * without one; it runs holding no lock of the watch, so it may take the apps' own.
     */
    void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                synchronized (this) {
                    throw new AssertionError("Not within " + limit.toMillis() + " ms: " + what + ". Reported: " + reports
                            + "\nWhere the apps' threads stood:\n" + appThreads());
                }
            }
            synchronized (signal) {
                signal.wait(Math.max(1, Math.min(50, left / 1_000_000)));
            }
        }
    }

    /**
     * The stacks of the apps' own threads (sessions, heartbeats, resumes, workers), for a failure that
     * happens only on a loaded machine: where each one waited when the wait ran out.
     */
    static String appThreads() {
        StringBuilder out = new StringBuilder();
        for (java.lang.management.ThreadInfo info : java.lang.management.ManagementFactory.getThreadMXBean()
                .dumpAllThreads(true, false)) {
            String name = info.getThreadName();
            if (name.startsWith("sshd-") || name.startsWith("main") || name.contains("Reference Handler")
                    || name.contains("Finalizer") || name.contains("Signal Dispatcher") || name.contains("Common-Cleaner")
                    || name.startsWith("surefire") || name.startsWith("Attach")) {
                continue;
            }
            out.append('"').append(name).append("\" ").append(info.getThreadState());
            if (info.getLockName() != null) {
                out.append(" on ").append(info.getLockName());
            }
            if (info.getLockOwnerName() != null) {
                out.append(" held by \"").append(info.getLockOwnerName()).append('"');
            }
            out.append('\n');
            StackTraceElement[] stack = info.getStackTrace();
            for (int i = 0; i < Math.min(stack.length, 14); i++) {
                out.append("    at ").append(stack[i]).append('\n');
            }
        }
        return out.toString();
    }
}
