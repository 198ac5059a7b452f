package org.tandem.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

class LocalActivityMonitorTest {
    private static final Duration PAUSE = Duration.ofSeconds(2);
    private static final InputEvent MOVE = new PointerMove(1, 1);

    private final MutableClock clock = new MutableClock();
    private final AtomicInteger resumes = new AtomicInteger();
    private final InputGate gate = new InputGate(new InputInjector() {
        @Override
        public void inject(InputEvent event) {}

        @Override
        public void releaseAll() {}
    }, clock, PAUSE, new GateListener() {
        @Override
        public void resumed() {
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
