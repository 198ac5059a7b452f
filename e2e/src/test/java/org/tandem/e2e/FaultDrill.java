package org.tandem.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One fault test, the same way for every fault: a session with the technician in control and the
 * screen flowing; a snapshot of both logs; the fault; its documented {@link Outcome} for each side;
 * both logs intact with every line written before the fault; a new session through the same path;
 * and no thread or heap left behind.
 */
final class FaultDrill {
    /** Does the fault; returns the moment ({@link System#nanoTime()}) it hit the session. */
    interface Fault {
        long inject() throws Exception;
    }

    /** Something a drill does, or checks, at one of its steps. */
    interface Step {
        void run(PairedSession session) throws Exception;
    }

    private static boolean warmedUp;
    /** The apps' default resume window (decision 0013). */
    private static final Duration RESUME_WINDOW = Duration.ofMinutes(2);

    private final Path dir;
    private final FaultRig rig;
    private Duration detectedWithin = Duration.ZERO;
    private Step whileFaulty = session -> { };
    private Step clear = session -> { };

    FaultDrill(Path dir, FaultRig rig) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.rig = Objects.requireNonNull(rig, "rig");
    }

    /**
     * Runs one whole session once per JVM, so that what the first session of all loads for good
     * (classes, providers, caches) is not counted as a leak of the first fault tested.
     *
     * @param dir a folder of the calling test class's own (a static {@code @TempDir}), removed after it
     */
    static synchronized void warmUpOnce(Path dir) throws Exception {
        if (warmedUp) {
            return;
        }
        ExecutorService workers = Executors.newCachedThreadPool();
        try (FaultRig rig = FaultRig.withRelayInProcess(dir);
                PairedSession session = PairedSession.pair(dir.resolve("session"), rig, workers)) {
            session.takeControl(PairedSession.STEP);
            session.endByCustomer();
        } finally {
            workers.shutdown();
        }
        warmedUp = true;
    }

    /** The apps can notice this fault only after this long (the end-to-end silence limit for a stall). */
    FaultDrill detectedWithin(Duration limit) {
        this.detectedWithin = Objects.requireNonNull(limit, "limit");
        return this;
    }

    /** A check of the session once the fault did its work and its outcome was asserted. */
    FaultDrill alsoChecking(Step check) {
        this.whileFaulty = Objects.requireNonNull(check, "check");
        return this;
    }

    /** What undoes the fault once its outcome is known (a stalled link flows again, a frozen relay goes on). */
    FaultDrill clearedBy(Step undo) {
        this.clear = Objects.requireNonNull(undo, "undo");
        return this;
    }

    void run(Fault fault, Outcome expected) throws Exception {
        LeakCheck leaks = LeakCheck.baseline();
        ExecutorService workers = Executors.newCachedThreadPool();
        try {
            boolean resumes = expected instanceof Outcome.Resumed;
            try (PairedSession session = resumes
                    ? PairedSession.pairResumable(dir.resolve("session"), rig, workers, RESUME_WINDOW)
                    : PairedSession.pair(dir.resolve("session"), rig, workers)) {
                session.takeControl(PairedSession.STEP);
                session.awaitFrames(2, PairedSession.STEP);
                JournalSnapshot customerLog = JournalSnapshot.take(session.customerLog());
                JournalSnapshot technicianLog = JournalSnapshot.take(session.technicianLog());

                long faultAt = fault.inject();
                // A session that resumes needs the path back: the fault is undone once the loss was noticed.
                OutcomeAssertions.assertOutcome(expected, session, faultAt, detectedWithin, clear);
                whileFaulty.run(session);
                if (!resumes) {
                    clear.run(session);
                }

                if (!expected.endsSession()) {
                    session.endByCustomer();
                }
                customerLog.assertKeptAndClosed(!expected.endsSession());
                technicianLog.assertKeptAndClosed(!expected.endsSession());
            }
            // Whatever the fault did, the same path carries a new session afterwards.
            try (PairedSession again = PairedSession.pair(dir.resolve("again"), rig, workers)) {
                again.endByCustomer();
            }
        } finally {
            workers.shutdown();
        }
        assertTrue(workers.awaitTermination(PairedSession.STEP.toSeconds(), TimeUnit.SECONDS),
                "every task the apps ran has finished");
        leaks.assertNothingLeaked();
    }
}
