package org.tandem.shared.session.resume;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.ResumeSecret;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.session.ConnectionLossHandler;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEnding;

/**
 * Reconnects a session whose connection was lost (decision 0013): tries again and again, with
 * back-off doubling from {@link #FIRST_WAIT} to {@link #LONGEST_WAIT} and jitter, until the
 * resume window closes; each try asks the relay to pair this side again by the session's token,
 * then proves end to end that both sides hold the resume secret. On success the channel goes on;
 * when the window closes it ends as {@link SessionEnding#RESUME_EXPIRED}; a failed proof or
 * another version ends it at once, never retried with less.
 *
 * <p>One resume at a time, on a thread of its own: a loss that comes while that thread is still
 * finishing the previous resume is taken on by the same thread. Once the channel ends, or on
 * {@link #cancel()}, nothing more is tried and the try under way is cut off: a wait for the relay is
 * interrupted (and only that wait: the thread also writes the session's journal, through the session,
 * which an interrupt would break), and a connection already made is closed.
 */
public final class SessionResumer implements ConnectionLossHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SessionResumer.class);
    /** The resume window when the settings do not say otherwise. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(2);
    static final Duration FIRST_WAIT = Duration.ofMillis(500);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(8);
    /** How long one try waits for the relay and the other side. */
    private static final Duration TRY_LIMIT = Duration.ofSeconds(15);
    private static final String THREAD_NAME = "session-resume";

    /** Opens a new connection to the relay and asks it to pair this side by {@code token}. */
    @FunctionalInterface
    public interface Reconnector {
        /**
         * @throws java.io.InterruptedIOException when the resumer stops meanwhile (it interrupts the
         *     calling thread); whatever was opened for this try must be closed then
         */
        RelayLink reconnect(String token, Duration timeout) throws IOException;
    }

    /** What the people watching hear; called on the resumer's thread. */
    public interface Progress {
        /** The connection was lost; the session ends at {@code deadline} unless it is resumed. */
        void reconnecting(Instant deadline);

        /** One try failed; another follows after {@code wait}. */
        default void retrying(Duration wait) {
        }

        /** The session goes on over a new connection. */
        default void resumed() {
        }

        /** No more tries: the window closed, a resume was refused, or reconnecting was cancelled. */
        default void gaveUp() {
        }
    }

    private final PairingRole role;
    private final ResumeSecret secret;
    private final int protocolVersion;
    private final Reconnector reconnector;
    private final Duration window;
    private final Progress progress;
    private final Clock clock;
    private final RandomGenerator jitter;
    private final SecureRandom random = new SecureRandom();
    /** Guards what a stop must reach: who is trying, and with what. */
    private final Object lock = new Object();
    /** Set once, by {@link #cancel()} or the channel's end: nothing is tried from then on. */
    private volatile boolean stopped;
    /** The thread resuming the session, while it runs. */
    private Thread running;
    /** That thread while it waits for the reconnector: the only place a stop interrupts it. */
    private Thread waitingForRelay;
    /** The connection of the try under way, from the relay's answer until the handshake is done. */
    private RelayLink trying;

    public SessionResumer(PairingRole role, ResumeSecret secret, int protocolVersion, Reconnector reconnector,
            Duration window, Progress progress) {
        this(role, secret, protocolVersion, reconnector, window, progress, Clock.systemUTC(), new SecureRandom());
    }

    SessionResumer(PairingRole role, ResumeSecret secret, int protocolVersion, Reconnector reconnector, Duration window,
            Progress progress, Clock clock, RandomGenerator jitter) {
        this.role = Objects.requireNonNull(role, "role");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.protocolVersion = protocolVersion;
        this.reconnector = Objects.requireNonNull(reconnector, "reconnector");
        this.window = Objects.requireNonNull(window, "window");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The resume window must be positive, got " + window);
        }
    }

    @Override
    public void lost(SessionChannel channel, SessionEnding cause) {
        synchronized (lock) {
            if (stopped || running != null) {
                // Running: the thread finds the channel lost again once it has told everyone of the last resume.
                return;
            }
            Thread thread = new Thread(() -> resumeWhileLost(channel), THREAD_NAME);
            thread.setDaemon(true);
            running = thread;
            thread.start();
        }
    }

    /** The channel ended: nothing is tried any more, and a try under way is cut off. */
    @Override
    public void channelEnded(SessionChannel channel) {
        cancel();
    }

    /**
     * Stops trying; the caller then ends the session as its side ending it. A try under way is cut
     * off: a wait for the relay is interrupted, a connection already made is closed.
     */
    public void cancel() {
        RelayLink cutOff;
        synchronized (lock) {
            stopped = true;
            cutOff = trying;
            if (waitingForRelay != null) {
                waitingForRelay.interrupt();
            }
            lock.notifyAll(); // ends a wait between tries
        }
        if (cutOff != null) {
            cutOff.close();
        }
    }

    /** The wait before try {@code attempt} (1 for the first retry): doubling, capped, with ±25 % jitter. */
    Duration backoff(int attempt) {
        long base = Math.min(LONGEST_WAIT.toMillis(), FIRST_WAIT.toMillis() << Math.min(attempt - 1, 16));
        long spread = base / 4;
        return Duration.ofMillis(base - spread + jitter.nextLong(2 * spread + 1));
    }

    /** The resumer's thread: resumes the channel, and again as long as it is lost again before the thread is done. */
    private void resumeWhileLost(SessionChannel channel) {
        try {
            do {
                Instant deadline = clock.instant().plus(window);
                progress.reconnecting(deadline);
                boolean resumed = false;
                try {
                    resumed = tryUntil(channel, deadline);
                } finally {
                    if (resumed) {
                        progress.resumed();
                    } else {
                        progress.gaveUp();
                    }
                }
            } while (lostAgain(channel));
        } finally {
            synchronized (lock) {
                if (running == Thread.currentThread()) {
                    running = null;
                }
            }
        }
    }

    /**
     * Whether the channel was lost again while this thread finished; if not, the thread is done, and
     * a later loss starts another. Decided under the lock that {@link #lost} takes, so no loss is missed.
     */
    private boolean lostAgain(SessionChannel channel) {
        synchronized (lock) {
            if (!stopped && channel.isOpen() && channel.isSuspended()) {
                return true;
            }
            running = null;
            return false;
        }
    }

    /** @return whether the channel was resumed */
    private boolean tryUntil(SessionChannel channel, Instant deadline) {
        int attempt = 0;
        while (!stopped && channel.isOpen() && channel.isSuspended()) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                LOG.info("Could not resume within {}", window);
                channel.close(SessionEnding.RESUME_EXPIRED);
                return false;
            }
            try {
                if (tryOnce(channel, min(left, TRY_LIMIT))) {
                    return true;
                }
            } catch (ResumeException e) {
                LOG.warn("Resume refused: {}", e.getMessage());
                channel.close(e.ending());
                return false;
            } catch (IOException | RuntimeException e) {
                if (stopped) {
                    return false; // cut off, not failed
                }
                LOG.info("Resume try {} failed: {}", attempt + 1, e.toString());
            }
            attempt++;
            Duration wait = min(backoff(attempt), Duration.between(clock.instant(), deadline));
            if (!wait.isNegative() && !stopped) {
                progress.retrying(wait);
                pause(wait);
            }
        }
        return false;
    }

    /** @return whether the session went on over the new connection; false when the resumer stopped meanwhile */
    private boolean tryOnce(SessionChannel channel, Duration limit) throws IOException {
        RelayLink link = reconnect(limit);
        if (link == null) {
            return false;
        }
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture.delayedExecutor(limit.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (!done.get()) {
                link.close(); // a handshake that hangs is cut off like a lost connection
            }
        });
        try {
            ResumeHandshake.Resumed resumed;
            try {
                resumed = new ResumeHandshake(role, secret, protocolVersion, random)
                        .run(link.input(), link.output(), channel.lastReceived());
            } finally {
                synchronized (lock) {
                    trying = null; // from here the connection is the channel's, which closes it if it ends
                }
            }
            done.set(true);
            channel.resume(link.input(), link.output(), link::close, resumed.inbound(), resumed.outbound(),
                    resumed.peerLastReceived());
            link.heartbeatsTakeOver();
            LOG.info("Session resumed");
            return true;
        } catch (IOException | RuntimeException e) {
            done.set(true);
            link.close();
            throw e;
        }
    }

    /**
     * Asks the reconnector for a new connection, interruptible by a stop.
     *
     * @return the connection, or null when the resumer stopped meanwhile (a connection that came anyway is closed)
     */
    private RelayLink reconnect(Duration limit) throws IOException {
        synchronized (lock) {
            if (stopped) {
                return null;
            }
            waitingForRelay = Thread.currentThread();
        }
        RelayLink link;
        try {
            link = reconnector.reconnect(secret.token(), limit);
        } finally {
            synchronized (lock) {
                waitingForRelay = null;
                Thread.interrupted(); // a stop's interrupt was meant for the wait only
            }
        }
        synchronized (lock) {
            if (!stopped) {
                trying = link;
                return link;
            }
        }
        link.close();
        return null;
    }

    /** Waits between tries; a stop ends the wait at once. */
    private void pause(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        synchronized (lock) {
            long left = wait.toNanos();
            while (!stopped && left > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    return; // not a stop (that notifies): the next try comes sooner, nothing else changes
                }
                left = until - System.nanoTime();
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
