package org.tandem.shared.session;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;

/**
 * A session channel's "still here": heartbeats out, the acknowledgement of control messages, answers
 * to the other side's heartbeats, the round trip they measure, and the watch that gives a silent
 * connection up.
 *
 * <p>Anything sent tells the other side this one is there, so a heartbeat goes out only after an
 * interval in which nothing else did (an answer to the other side's heartbeat counts). On a quiet
 * connection one side's heartbeat and the other's answer then cross once an interval; a side that
 * only answers still sends a heartbeat of its own every {@value #TIMED_EVERY} intervals, to time its
 * round trip. The acknowledgement goes at most once an interval, and stands for a heartbeat.
 */
final class ChannelHeartbeat {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelHeartbeat.class);
    /** Intervals after which a side times the round trip again, though it had no need to say anything. */
    static final int TIMED_EVERY = 5;
    /** Turns of the timer per interval: how soon it looks again when a deadline has passed or a write failed. */
    static final int TURNS = 8;

    /** What the heartbeat writes to and asks about: its session channel. */
    interface Outlet {
        void send(SessionMessage message) throws IOException;

        boolean isSuspended();

        long lastReceived();
    }

    private final Outlet channel;
    private final Duration every;
    private final LongSupplier clock;
    private final AtomicLong heartbeats = new AtomicLong();
    private volatile long lastHeard;
    private volatile long lastSent;
    private volatile long lastAnswered = Long.MIN_VALUE / 2;
    private volatile long lastAcknowledgedAt;
    private volatile long lastTimedAt;
    private volatile long lastAcknowledged;
    private volatile long pendingBeat = -1;
    private volatile long pendingSince;
    private volatile long roundTripNanos = -1;
    private volatile ScheduledExecutorService timer;

    ChannelHeartbeat(Outlet channel, Duration every) {
        this(channel, every, System::nanoTime);
    }

    /** With the clock given ({@link System#nanoTime} but in tests). */
    ChannelHeartbeat(Outlet channel, Duration every, LongSupplier clock) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.every = Objects.requireNonNull(every, "every");
        this.clock = Objects.requireNonNull(clock, "clock");
        long now = clock.getAsLong();
        this.lastHeard = now;
        this.lastSent = now;
        this.lastAcknowledgedAt = now;
        this.lastTimedAt = now;
    }

    /**
     * Two tasks on two threads: one says "still here" when due (a write may block on a stalled
     * connection), the other runs {@code watch}, which gives the connection up when nothing was heard
     * for {@code silenceLimit}, so a frozen relay or peer is noticed even while a write hangs. Each
     * sleeps until its next deadline ({@link #tick()}, {@link #untilSilent}) rather than waking at
     * fixed turns: a quiet session wakes its timer about once an interval.
     */
    void start(String threadName, Duration silenceLimit, Runnable watch) {
        ScheduledThreadPoolExecutor started = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, threadName + "-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        started.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // a stopped timer runs nothing more
        timer = started;
        Duration first = turn();
        repeat(started, this::tick, first);
        repeat(started, () -> {
            watch.run();
            return untilSilent(silenceLimit);
        }, first);
    }

    /**
     * Runs {@code task} after {@code delay}, and again after the wait it returns, until the timer stops.
     * A task that fails is logged and runs again a turn later: a timer that stopped for good would leave a
     * silent connection unnoticed.
     */
    private void repeat(ScheduledExecutorService on, Supplier<Duration> task, Duration delay) {
        try {
            on.schedule(() -> {
                Duration next;
                try {
                    next = task.get();
                } catch (RuntimeException e) {
                    LOG.warn("The session's timer failed; it looks again shortly", e);
                    next = turn();
                }
                repeat(on, task, next);
            }, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopped) {
            // the timer was stopped: nothing more to schedule
        }
    }

    /**
     * When this side must say "still here": an interval after it last sent anything, and a turn later
     * than that after an answer. The side whose heartbeat was answered is then the one to speak next,
     * an interval on, and its heartbeat reaches this side before this side's own falls due; without
     * the turn both timers fall due together and both sides send one.
     */
    private long quietAt(long interval) {
        return Math.max(lastSent + interval, lastAnswered + interval + turn().toNanos());
    }

    /** How often a timer whose deadline has passed looks again: an eighth of an interval. */
    private Duration turn() {
        return every.dividedBy(TURNS);
    }

    /** The wait until {@code deadline}, or a turn when it has passed. */
    private Duration until(long deadline, long now) {
        return deadline > now ? Duration.ofNanos(deadline - now) : turn();
    }

    /**
     * How long the silence watch may sleep: until the moment nothing would have been heard for
     * {@code limit}; a turn when that has passed (the connection is being resumed).
     */
    Duration untilSilent(Duration limit) {
        return until(lastHeard + limit.toNanos() + 1, clock.getAsLong());
    }

    /**
     * Stops the timer. Not shutdownNow() unless {@code now}: this may be the timer's own thread, and
     * an interrupted thread cannot write the journal's end.
     */
    void stop(boolean now) {
        ScheduledExecutorService current = timer;
        if (current == null) {
            return;
        }
        if (now) {
            current.shutdownNow();
        } else {
            current.shutdown();
        }
    }

    /** Something arrived from the other side. */
    void heard() {
        lastHeard = clock.getAsLong();
    }

    /** Something went out to the other side. */
    void sent() {
        lastSent = clock.getAsLong();
    }

    /** On a new connection: heard just now, and no heartbeat of the old one is waited for. */
    void restart() {
        lastHeard = clock.getAsLong();
        pendingBeat = -1;
    }

    boolean silentFor(Duration limit) {
        return clock.getAsLong() - lastHeard > limit.toNanos();
    }

    Optional<Duration> roundTrip() {
        long rtt = roundTripNanos;
        return rtt < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(rtt));
    }

    /** The other side's heartbeat is answered at once; the answer to ours times the round trip. */
    void answer(ControlMessage.Heartbeat beat) {
        if (!beat.reply()) {
            try {
                channel.send(new ControlMessage.Heartbeat(beat.id(), true));
                lastAnswered = clock.getAsLong();
            } catch (IOException | RuntimeException e) {
                LOG.debug("Heartbeat answer not sent: {}", e.toString());
            }
        } else if (beat.id() == pendingBeat) {
            roundTripNanos = clock.getAsLong() - pendingSince;
            pendingBeat = -1;
        }
    }

    /**
     * One turn of the timer: the acknowledgement if one is due, else a heartbeat if one is.
     *
     * @return how long the timer may sleep: until the next heartbeat, timing or acknowledgement falls
     *     due. A message that arrives meanwhile is acknowledged at the latest with the next heartbeat,
     *     an interval on, or earlier with whatever else wakes the timer.
     */
    Duration tick() {
        if (channel.isSuspended()) {
            return turn();
        }
        long interval = every.toNanos();
        try {
            long now = clock.getAsLong();
            long received = channel.lastReceived();
            if (received > lastAcknowledged && now - lastAcknowledgedAt >= interval) {
                lastAcknowledgedAt = now;
                channel.send(new ControlMessage.Acknowledged(received));
                lastAcknowledged = received;
            }
            boolean quiet = now >= quietAt(interval);
            boolean timeToTime = now - lastTimedAt >= TIMED_EVERY * interval;
            if (quiet || timeToTime) {
                lastTimedAt = now;
                long id = heartbeats.incrementAndGet();
                if (pendingBeat < 0) {
                    pendingSince = now;
                    pendingBeat = id; // one timed at a time; the others only say "still here"
                }
                channel.send(new ControlMessage.Heartbeat(id, false));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Heartbeat not sent: {}", e.toString());
            return turn();
        }
        long next = Math.min(quietAt(interval), lastTimedAt + TIMED_EVERY * interval);
        if (channel.lastReceived() > lastAcknowledged) {
            next = Math.min(next, lastAcknowledgedAt + interval);
        }
        return until(next, clock.getAsLong());
    }
}
