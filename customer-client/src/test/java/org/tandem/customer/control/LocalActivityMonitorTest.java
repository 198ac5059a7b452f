package org.tandem.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.InputEvent.PointerMove;
import org.tandem.shared.testing.HandClock;

class LocalActivityMonitorTest {
    private static final Duration PAUSE = Duration.ofSeconds(2);
    private static final InputEvent MOVE = new PointerMove(1, 1);
    private static final InputInjector NOTHING_INJECTED = new InputInjector() {
        @Override
        public void inject(InputEvent event) {}

        @Override
        public void releaseAll() {}
    };

    private final HandClock clock = new HandClock(java.time.Instant.parse("2024-05-01T09:00:00Z"));
    private final AtomicInteger resumes = new AtomicInteger();
    private final InputGate gate = new InputGate(NOTHING_INJECTED, clock, PAUSE, new GateListener() {
        @Override
        public void resumed(InputGate.Pause pause) {
            resumes.incrementAndGet();
        }
    });
    private final AtomicReference<Optional<Point>> pointer = new AtomicReference<>(Optional.of(new Point(100, 100)));
    private final Set<Point> injected = new HashSet<>();
    private final LocalActivityMonitor monitor = new LocalActivityMonitor(gate,
            (x, y) -> injected.contains(new Point(x, y)), pointer::get, Duration.ofMillis(50));

    @Test
    void aMoveTheTechnicianMadeDoesNotPause() {
        gate.grant();
        monitor.poll();

        injected.add(new Point(300, 200));
        pointer.set(Optional.of(new Point(300, 200)));
        monitor.poll();

        assertFalse(gate.isPaused());
        assertTrue(gate.offer(MOVE));
    }

    @Test
    void aMoveTheCustomerMadePausesRemoteInput() {
        gate.grant();
        monitor.poll();

        pointer.set(Optional.of(new Point(105, 100)));
        monitor.poll();

        assertTrue(gate.isPaused());
        assertFalse(gate.offer(MOVE));
    }

    @Test
    void aPointerThatStaysPutIsNotActivity() {
        gate.grant();
        monitor.poll();
        monitor.poll();
        monitor.poll();

        assertFalse(gate.isPaused());
    }

    @Test
    void theFirstLookIsNotActivity() {
        gate.grant();
        pointer.set(Optional.of(new Point(700, 500)));

        monitor.poll();

        assertFalse(gate.isPaused());
    }

    @Test
    void anUnknownPositionIsSkipped() {
        gate.grant();
        monitor.poll();
        pointer.set(Optional.empty());
        monitor.poll();
        pointer.set(Optional.of(new Point(100, 100)));
        monitor.poll();

        assertFalse(gate.isPaused());
    }

    @Test
    void aPollEndsAPauseThatRanOut() {
        gate.grant();
        monitor.poll();
        pointer.set(Optional.of(new Point(50, 50)));
        monitor.poll();
        assertTrue(gate.isPaused());

        clock.advance(PAUSE);
        monitor.poll();

        assertFalse(gate.isPaused());
        assertEquals(1, resumes.get());
    }

    @Test
    void pollsOnItsOwnThreadOnceStarted() throws Exception {
        CountDownLatch polled = new CountDownLatch(3);
        LocalActivityMonitor running = new LocalActivityMonitor(gate, (x, y) -> false, () -> {
            polled.countDown();
            return Optional.of(new Point(1, 1));
        }, Duration.ofMillis(5));
        try {
            running.start();
            running.start();
            assertTrue(polled.await(5, TimeUnit.SECONDS));
        } finally {
            running.close();
        }
    }

    @Test
    void watchesAgainAfterAStopWithoutTakingAMoveInBetweenForTheCustomers() throws Exception {
        // Stopped while nobody has control, started again at the next grant: where the customer put
        // the pointer meanwhile is where the new watch starts from, not a move made during control.
        AtomicReference<CountDownLatch> polled = new AtomicReference<>(new CountDownLatch(2));
        LocalActivityMonitor watch = new LocalActivityMonitor(gate, (x, y) -> false, () -> {
            Optional<Point> now = pointer.get();
            polled.get().countDown();
            return now;
        }, Duration.ofMillis(5));
        gate.grant();
        try {
            watch.start();
            assertTrue(polled.get().await(5, TimeUnit.SECONDS));
            watch.close();
            pointer.set(Optional.of(new Point(640, 480)));
            polled.set(new CountDownLatch(2));
            watch.start();
            assertTrue(polled.get().await(5, TimeUnit.SECONDS), "polls again once started again");
        } finally {
            watch.close();
        }
        assertFalse(gate.isPaused(), "the move made while nobody watched did not pause the technician");
    }

    @Test
    void startedAndStoppedFromTheGatesListenerWhilePollingNeverDeadlocks() throws Exception {
        // The app starts the watch at a grant and stops it at a revocation, both told under the gate's
        // lock, while a poll may be waiting for that lock: neither may wait for the other.
        AtomicReference<LocalActivityMonitor> watch = new AtomicReference<>();
        InputGate watched = new InputGate(NOTHING_INJECTED, clock, PAUSE, new GateListener() {
            @Override
            public void beforeGrant() {
                watch.get().start();
            }

            @Override
            public void beforeRevoke(String reason) {
                watch.get().close();
            }
        });
        AtomicInteger looks = new AtomicInteger();
        watch.set(new LocalActivityMonitor(watched, (x, y) -> false,
                () -> Optional.of(new Point(looks.incrementAndGet(), 1)), Duration.ofNanos(1)));
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                for (int i = 0; i < 500; i++) {
                    watched.grant();
                    int before = looks.get();
                    while (looks.get() < before + 2) {
                        Thread.onSpinWait();
                    }
                    watched.revoke("given back");
                }
            });
        } finally {
            // On a thread of its own: after a deadlock, closing would block this one as well.
            Thread closing = new Thread(() -> watch.get().close(), "closing-the-watch");
            closing.setDaemon(true);
            closing.start();
            closing.join(5_000);
        }
    }

    @Test
    void pollsFastWhileTheTechniciansInputFlowsOrAPauseRunsAndRestsOtherwise() {
        long[] now = {0};
        LocalActivityMonitor paced = new LocalActivityMonitor(gate, (x, y) -> false, pointer::get,
                Duration.ofMillis(50), Duration.ofMillis(250), Duration.ofSeconds(1), () -> now[0]);
        long fast = Duration.ofMillis(50).toNanos();
        long rest = Duration.ofMillis(250).toNanos();

        now[0] = Duration.ofMillis(999).toNanos();
        assertEquals(fast, paced.delayAfterPoll(now[0], false), "within a second of the technician's last input");
        now[0] = Duration.ofSeconds(1).toNanos();
        assertEquals(rest, paced.delayAfterPoll(now[0], false), "a second of quiet");
        assertEquals(fast, paced.delayAfterPoll(now[0], true), "a pause must end on time");
        paced.remoteInput();
        assertEquals(fast, paced.delayAfterPoll(now[0] + fast, false), "input again");
    }

    @Test
    void theFirstInputAfterAQuietSpellBringsAPollAtOnce() throws Exception {
        // Resting at an hour between polls, so only remote input can bring the next one.
        AtomicReference<CountDownLatch> polled = new AtomicReference<>(new CountDownLatch(1));
        LocalActivityMonitor resting = new LocalActivityMonitor(gate, (x, y) -> false, () -> {
            polled.get().countDown();
            return pointer.get();
        }, Duration.ofMillis(5), Duration.ofHours(1), Duration.ZERO, System::nanoTime);
        try {
            resting.start();
            assertTrue(polled.get().await(5, TimeUnit.SECONDS), "the first look at the start");
            polled.set(new CountDownLatch(1));

            resting.remoteInput();

            assertTrue(polled.get().await(5, TimeUnit.SECONDS), "a look as the technician's input came");
        } finally {
            resting.close();
        }
    }

    @Test
    void inputThatLandsAsAPollEndsIsNeverLostToTheRest() throws Exception {
        // The technician's input may land at any moment of a poll's end: before the monitor decides to
        // rest, while it decides, or after. Whenever it lands, a look must follow, not an hour's rest.
        AtomicInteger looks = new AtomicInteger();
        LocalActivityMonitor resting = new LocalActivityMonitor(gate, (x, y) -> false, () -> {
            looks.incrementAndGet();
            return pointer.get();
        }, Duration.ofMillis(1), Duration.ofHours(1), Duration.ZERO, System::nanoTime);
        java.util.Random random = new java.util.Random(11);
        try {
            int seen = looks.get();
            resting.start();
            for (int round = 0; round < 5_000; round++) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                while (looks.get() == seen) {
                    assertTrue(System.nanoTime() < deadline, "no look came after the input of round " + round);
                    Thread.onSpinWait();
                }
                // Land within a few microseconds of the look's start: at its end, where the monitor decides.
                long landAt = System.nanoTime() + random.nextInt(10_000);
                while (System.nanoTime() < landAt) {
                    Thread.onSpinWait();
                }
                seen = looks.get();
                resting.remoteInput();
            }
        } finally {
            resting.close();
        }
    }

    @Test
    void aFailingPollDoesNotStopTheMonitor() throws Exception {
        CountDownLatch polled = new CountDownLatch(3);
        LocalActivityMonitor running = new LocalActivityMonitor(gate, (x, y) -> false, () -> {
            polled.countDown();
            throw new IllegalStateException("no pointer today");
        }, Duration.ofMillis(5));
        try {
            running.start();
            assertTrue(polled.await(5, TimeUnit.SECONDS));
        } finally {
            running.close();
        }
    }

    @Test
    void refusesAnIntervalThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new LocalActivityMonitor(gate, (x, y) -> false, Optional::empty, Duration.ZERO));
    }
}
