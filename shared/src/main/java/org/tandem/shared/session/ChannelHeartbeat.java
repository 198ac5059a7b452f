package org.tandem.shared.session;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.message.ControlMessage;

/**
 * A session channel's "still here": heartbeats out (with the acknowledgement of control messages
 * riding along), answers to the other side's heartbeats, the round trip they measure, and the
 * watch that gives a silent connection up.
 */
final class ChannelHeartbeat {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelHeartbeat.class);

    private final SessionChannel channel;
    private final Duration every;
    private final AtomicLong heartbeats = new AtomicLong();
    private volatile long lastHeard = System.nanoTime();
    private volatile long lastAcknowledged;
    private volatile long pendingBeat = -1;
    private volatile long pendingSince;
    private volatile long roundTripNanos = -1;
    private volatile ScheduledExecutorService timer;

    ChannelHeartbeat(SessionChannel channel, Duration every) {
        this.channel = channel;
        this.every = every;
    }

    /**
     * Two tasks on two threads: one says "still here" every heartbeat (a write may block on a stalled
     * connection), the other gives the connection up when nothing was heard for the silence limit, so
     * a frozen relay or peer is noticed even while a write hangs.
     */
    void start(String threadName) {
        ScheduledExecutorService started = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, threadName + "-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        timer = started;
        long millis = every.toMillis();
        started.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
        started.scheduleWithFixedDelay(channel::watchSilence, millis / 2, millis / 2, TimeUnit.MILLISECONDS);
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
        lastHeard = System.nanoTime();
    }

    /** On a new connection: heard just now, and no heartbeat of the old one is waited for. */
    void restart() {
        lastHeard = System.nanoTime();
        pendingBeat = -1;
    }

    boolean silentFor(Duration limit) {
        return System.nanoTime() - lastHeard > limit.toNanos();
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
            } catch (IOException | RuntimeException e) {
                LOG.debug("Heartbeat answer not sent: {}", e.toString());
            }
        } else if (beat.id() == pendingBeat) {
            roundTripNanos = System.nanoTime() - pendingSince;
            pendingBeat = -1;
        }
    }

    private void beat() {
        if (channel.isSuspended()) {
            return;
        }
        try {
            long received = channel.lastReceived();
            if (received > lastAcknowledged) {
                channel.send(new ControlMessage.Acknowledged(received));
                lastAcknowledged = received;
            }
            long id = heartbeats.incrementAndGet();
            if (pendingBeat < 0) {
                pendingSince = System.nanoTime();
                pendingBeat = id; // one timed at a time; the others only say "still here"
            }
            channel.send(new ControlMessage.Heartbeat(id, false));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Heartbeat not sent: {}", e.toString());
        }
    }
}
