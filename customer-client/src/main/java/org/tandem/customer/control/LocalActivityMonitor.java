package org.tandem.customer.control;

import java.awt.Point;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices the customer using their own mouse while the technician has control, so that the customer
 * always wins: the app starts it at each grant and stops it when control ends. While started it polls
 * the real pointer on a daemon thread, every 50 ms while the technician's input flows or remote input
 * is paused, every 250 ms once that input has been quiet for a second (each poll is a wake-up of the
 * customer's processor), and at once when input comes again. A
 * move to a position that remote input did not put it at counts as the customer's own, which pauses
 * remote input through {@link InputGate#localActivity()}. Every poll also lets a pause that has run
 * out end ({@link InputGate#refresh()}).
 *
 * <p>Limitation: only the pointer is watched. Java cannot observe the keyboard outside its own
 * windows without native hooks, so the customer typing does not pause remote input; the customer
 * can always stop control from the session bar, and moving the mouse pauses it at once.
 */
public final class LocalActivityMonitor implements AutoCloseable {
    /** How often the pointer is polled while the technician's input flows, unless told otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(50);
    /** How often once the technician's input has been quiet for {@link #DEFAULT_BUSY_FOR}. */
    public static final Duration DEFAULT_REST_INTERVAL = Duration.ofMillis(250);
    /** How long after the technician's last input the pointer is still polled at the fast rate. */
    public static final Duration DEFAULT_BUSY_FOR = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(LocalActivityMonitor.class);

    private final InputGate gate;
    private final InjectedPointer injected;
    private final PointerLocator pointer;
    private final long intervalNanos;
    private final long restNanos;
    private final long busyForNanos;
    private final LongSupplier clock;
    private final Object lifecycle = new Object();
    private ScheduledExecutorService poller; // guarded by lifecycle
    private ScheduledFuture<?> next; // guarded by lifecycle
    private boolean resting; // guarded by lifecycle
    /** Set by {@link #start()}: the next poll forgets where the pointer was before. */
    private volatile boolean fresh;
    private volatile long lastRemoteInput;
    private final AtomicLong inputs = new AtomicLong();
    private Point lastSeen;
    private boolean pausedAtLastPoll;

    /** A monitor that polls every {@code interval}, resting or not. */
    public LocalActivityMonitor(InputGate gate, InjectedPointer injected, PointerLocator pointer, Duration interval) {
        this(gate, injected, pointer, interval, interval, Duration.ZERO, System::nanoTime);
    }

    /**
     * @param interval how often while the technician's input flows (within {@code busyFor} of the last
     *     event) or remote input is paused
     * @param restInterval how often otherwise: a move then is still the customer's, noticed a little later,
     *     and the first input after a quiet spell brings a poll at once ({@link #remoteInput()})
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    public LocalActivityMonitor(InputGate gate, InjectedPointer injected, PointerLocator pointer, Duration interval,
            Duration restInterval, Duration busyFor, LongSupplier clock) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.injected = Objects.requireNonNull(injected, "injected");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (interval.isZero() || interval.isNegative() || restInterval.compareTo(interval) < 0 || busyFor.isNegative()) {
            throw new IllegalArgumentException("interval must be positive, and no longer than restInterval");
        }
        this.intervalNanos = interval.toNanos();
        this.restNanos = restInterval.toNanos();
        this.busyForNanos = busyFor.toNanos();
        this.lastRemoteInput = clock.getAsLong();
    }

    /** A monitor of the real pointer, at the default intervals. */
    public static LocalActivityMonitor ofRealPointer(InputGate gate, InjectedPointer injected) {
        return new LocalActivityMonitor(gate, injected, PointerLocator.awt(), DEFAULT_INTERVAL, DEFAULT_REST_INTERVAL,
                DEFAULT_BUSY_FOR, System::nanoTime);
    }

    /**
     * Starts polling; does nothing if already started. A monitor stopped with {@link #close()} may be
     * started again: its first look after that is where the pointer is, not a move. A grant counts as
     * the technician's input: the first {@code busyFor} is polled at the fast rate.
     *
     * <p>Starting, stopping and {@link #remoteInput()} take a lock of their own, never the one a poll
     * holds: the gate calls its listener, which starts and stops this monitor, under the gate's lock,
     * which a poll in progress may be waiting for.
     */
    public void start() {
        synchronized (lifecycle) {
            if (poller != null) {
                return;
            }
            fresh = true;
            lastRemoteInput = clock.getAsLong();
            ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "tandem-local-activity");
                thread.setDaemon(true);
                return thread;
            });
            poller = started;
            resting = false;
            next = started.schedule(() -> loop(started), 0, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * The technician's input is being injected: poll at the fast rate from now on, and at once if the
     * monitor was resting, so that a customer who took the mouse during the quiet spell wins before
     * more remote input lands. Cheap when the monitor is already polling fast.
     */
    public void remoteInput() {
        lastRemoteInput = clock.getAsLong();
        inputs.incrementAndGet();
        synchronized (lifecycle) {
            if (poller != null && resting && next != null && next.cancel(false)) {
                ScheduledExecutorService running = poller;
                resting = false;
                next = running.schedule(() -> loop(running), 0, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** Stops polling (while nobody has control, there is nothing to pause); does not wait for a poll in progress. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (poller != null) {
                poller.shutdownNow();
                poller = null;
                next = null;
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
        pausedAtLastPoll = gate.isPaused();
    }

    /**
     * How long to wait after a poll that found remote input {@code paused} or not: the fast interval
     * while the technician's input flows or a pause runs (it must end on time), the rest interval after.
     */
    long delayAfterPoll(long now, boolean paused) {
        return paused || now - lastRemoteInput < busyForNanos ? intervalNanos : restNanos;
    }

    private void loop(ScheduledExecutorService owner) {
        boolean paused;
        long inputsBefore = inputs.get();
        try {
            poll();
        } catch (RuntimeException e) {
            // A failing poll must not stop the monitor: the customer's override depends on it.
            LOG.warn("Polling the pointer failed", e);
        }
        synchronized (this) {
            paused = pausedAtLastPoll;
        }
        long delay = delayAfterPoll(clock.getAsLong(), paused);
        synchronized (lifecycle) {
            if (poller != owner) {
                return; // stopped, or stopped and started again: that start has a loop of its own
            }
            // Read under the lock remoteInput() takes after counting: input counted before this point
            // is seen here, input counted after it finds the monitor resting and wakes it.
            if (inputs.get() != inputsBefore) {
                delay = intervalNanos; // input came during this poll, which may have looked before it landed
            }
            resting = delay > intervalNanos;
            next = owner.schedule(() -> loop(owner), delay, TimeUnit.NANOSECONDS);
        }
    }
}
