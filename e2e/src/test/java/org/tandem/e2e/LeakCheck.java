package org.tandem.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Counts the live threads and the heap in use after a full collection, before a session and after
 * it is over, so that a fault that leaves a thread or a session's memory behind fails its test.
 */
final class LeakCheck {
    /** Threads of the test's own rig (proxy, relay output readers) start with this and are not counted. */
    static final String TEST_RIG_THREADS = "fault-rig-";
    /** More threads than before that are tolerated: none; the JDK's own shared pools are left out by name. */
    static final int THREAD_TOLERANCE = 0;
    /** More heap in use than before that is tolerated: caches that fill once, noise of the collector. */
    static final long HEAP_TOLERANCE_BYTES = 8L * 1024 * 1024;
    /** How long ended sessions may take to let their threads finish. */
    private static final Duration SETTLE = Duration.ofSeconds(15);
    /**
     * Threads the JDK starts once and keeps for everyone, and the test's own. The JDK's process reaper
     * is named "process reaper (pid N)" while it waits for a process, such as a killed relay.
     */
    private static final Pattern NOT_TANDEMS = Pattern.compile(Pattern.quote(TEST_RIG_THREADS) + ".*"
            + "|ForkJoinPool\\.commonPool-worker-\\d+|CompletableFutureDelayScheduler"
            + "|process reaper( \\(pid \\d+\\))?|Attach Listener");

    /**
     * The SSH client or server a thread of Apache MINA SSHD belongs to: its I/O and timer pools are
     * fixed in size and live as long as the client or server, and start threads as the load asks.
     */
    private static final Pattern SSH_POOL_OWNER = Pattern.compile("^(sshd-Ssh(?:Client|Server)\\[[^\\]]+\\](?:\\(port=\\d+\\))?)-");

    private final Set<Thread> threadsBefore;
    private final Set<String> sshPoolsBefore;
    private final long heapBefore;

    private LeakCheck(Set<Thread> threadsBefore, long heapBefore) {
        this.threadsBefore = threadsBefore;
        this.sshPoolsBefore = threadsBefore.stream().map(t -> sshPoolOwner(t.getName())).filter(o -> !o.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.heapBefore = heapBefore;
    }

    static LeakCheck baseline() {
        long heap = usedHeapAfterCollection();
        return new LeakCheck(Set.copyOf(Thread.getAllStackTraces().keySet()), heap);
    }

    private static String sshPoolOwner(String threadName) {
        Matcher m = SSH_POOL_OWNER.matcher(threadName);
        return m.find() ? m.group(1) : "";
    }

    /** Waits for the threads started since the baseline to end and the heap to come back, then checks both. */
    void assertNothingLeaked() throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        List<Thread> extra = newThreads();
        while (extra.size() > THREAD_TOLERANCE && System.nanoTime() < deadline) {
            extra.get(0).join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            extra = newThreads();
        }
        if (extra.size() > THREAD_TOLERANCE) {
            throw new AssertionError(extra.size() + " threads more than before the session, still running after "
                    + SETTLE.toSeconds() + " s: " + extra.stream().map(Thread::getName).toList());
        }
        long grown = usedHeapAfterCollection() - heapBefore;
        if (grown > HEAP_TOLERANCE_BYTES) {
            throw new AssertionError("The heap in use after a full collection grew by " + grown / 1024
                    + " KiB during the session, over the " + HEAP_TOLERANCE_BYTES / 1024 + " KiB tolerated");
        }
    }

    private List<Thread> newThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !threadsBefore.contains(t) && !NOT_TANDEMS.matcher(t.getName()).matches()
                        // A bounded pool of a client or server that was there before is not the session's.
                        && !sshPoolsBefore.contains(sshPoolOwner(t.getName())))
                .toList();
    }

    private static long usedHeapAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc(); // the second one takes what finalization and reference processing freed
        return memory.getHeapMemoryUsage().getUsed();
    }
}
