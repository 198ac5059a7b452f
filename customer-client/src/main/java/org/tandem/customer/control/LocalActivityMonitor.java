package org.tandem.customer.control;

import java.awt.Point;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices the customer using their own mouse while the technician has control, so that the customer
 * always wins: the app starts it at each grant and stops it when control ends; while started it polls
 * the real pointer every interval (50 ms by default) on a daemon thread, and a
 * move to a position that remote input did not put it at counts as the customer's own, which pauses
 * remote input through {@link InputGate#localActivity()}. Every poll also lets a pause that has run
 * out end ({@link InputGate#refresh()}).
 *
 * <p>Limitation: only the pointer is watched. Java cannot observe the keyboard outside its own
 * windows without native hooks, so the customer typing does not pause remote input; the customer
 * can always stop control from the session bar, and moving the mouse pauses it at once.
 */
public final class LocalActivityMonitor implements AutoCloseable {
    /** How often the pointer is polled unless told otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(50);

    private static final Logger LOG = LoggerFactory.getLogger(LocalActivityMonitor.class);

    private final InputGate gate;
    private final InjectedPointer injected;
    private final PointerLocator pointer;
    private final Duration interval;
    private final Object lifecycle = new Object();
    private ScheduledExecutorService poller;
    /** Set by {@link #start()}: the next poll forgets where the pointer was before. */
    private volatile boolean fresh;
    private Point lastSeen;

    public LocalActivityMonitor(InputGate gate, InjectedPointer injected, PointerLocator pointer, Duration interval) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.injected = Objects.requireNonNull(injected, "injected");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("interval must be positive");
        }
    }

    /** A monitor of the real pointer, polled every {@link #DEFAULT_INTERVAL}. */
    public static LocalActivityMonitor ofRealPointer(InputGate gate, InjectedPointer injected) {
        return new LocalActivityMonitor(gate, injected, PointerLocator.awt(), DEFAULT_INTERVAL);
    }

    /**
     * Starts polling; does nothing if already started. A monitor stopped with {@link #close()} may be
     * started again: its first look after that is where the pointer is, not a move.
     *
     * <p>Starting and stopping take a lock of their own, never the one a poll holds: the gate calls
     * its listener, which starts and stops this monitor, under the gate's lock, which a poll in
     * progress may be waiting for.
     */
    public void start() {
        synchronized (lifecycle) {
            if (poller != null) {
                return;
            }
            fresh = true;
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "tandem-local-activity");
                thread.setDaemon(true);
                return thread;
            });
            poller.scheduleWithFixedDelay(this::pollSafely, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Stops polling (while nobody has control, there is nothing to pause); does not wait for a poll in progress. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (poller != null) {
                poller.shutdownNow();
                poller = null;
            }
        }
    }

    /** Looks at the pointer once: a move that remote input did not make is the customer's. */
    synchronized void poll() {
        if (fresh) {
            fresh = false;
            lastSeen = null;
        }
        Optional<Point> now = pointer.locate();
        if (now.isPresent()) {
            Point position = now.get();
            if (lastSeen != null && !position.equals(lastSeen) && !injected.injectedRecently(position.x, position.y)) {
                gate.localActivity();
            }
            lastSeen = position;
        }
        gate.refresh();
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            // A failing poll must not stop the monitor: the customer's override depends on it.
            LOG.warn("Polling the pointer failed", e);
        }
    }
}
