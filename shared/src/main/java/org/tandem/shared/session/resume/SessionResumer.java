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
 * another version ends it at once, never retried with less. Runs on a thread of its own per loss.
 */
public final class SessionResumer implements ConnectionLossHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SessionResumer.class);
    /** The resume window when the settings do not say otherwise. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(2);
    static final Duration FIRST_WAIT = Duration.ofMillis(500);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(8);
    /** How long one try waits for the relay and the other side. */
    private static final Duration TRY_LIMIT = Duration.ofSeconds(15);

    /** Opens a new connection to the relay and asks it to pair this side by {@code token}. */
    @FunctionalInterface
    public interface Reconnector {
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
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile Thread running;
    private volatile RelayLink trying;

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
        Instant deadline = clock.instant().plus(window);
        Thread thread = new Thread(() -> reconnect(channel, deadline), "session-resume");
        thread.setDaemon(true);
        running = thread;
        thread.start();
    }

    /**
     * Stops trying; the caller then ends the session as its side ending it. A try under way is
     * cut off.
     */
    public void cancel() {
        cancelled.set(true);
        RelayLink link = trying;
        if (link != null) {
            link.close();
        }
        Thread thread = running;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** The wait before try {@code attempt} (1 for the first retry): doubling, capped, with ±25 % jitter. */
    Duration backoff(int attempt) {
        long base = Math.min(LONGEST_WAIT.toMillis(), FIRST_WAIT.toMillis() << Math.min(attempt - 1, 16));
        long spread = base / 4;
        return Duration.ofMillis(base - spread + jitter.nextLong(2 * spread + 1));
    }

    private void reconnect(SessionChannel channel, Instant deadline) {
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
    }

    /** @return whether the channel was resumed */
    private boolean tryUntil(SessionChannel channel, Instant deadline) {
        int attempt = 0;
        while (!cancelled.get() && channel.isOpen()) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                LOG.info("Could not resume within {}", window);
                channel.close(SessionEnding.RESUME_EXPIRED);
                return false;
            }
            try {
                if (tryOnce(channel, min(left, TRY_LIMIT))) {
                    return channel.isOpen() && !channel.isSuspended();
                }
            } catch (ResumeException e) {
                LOG.warn("Resume refused: {}", e.getMessage());
                channel.close(e.ending());
                return false;
            } catch (IOException | RuntimeException e) {
                LOG.info("Resume try {} failed: {}", attempt + 1, e.toString());
            }
            attempt++;
            Duration wait = min(backoff(attempt), Duration.between(clock.instant(), deadline));
            if (!wait.isNegative()) {
                progress.retrying(wait);
                try {
                    TimeUnit.MILLISECONDS.sleep(wait.toMillis());
                } catch (InterruptedException e) {
                    return false; // cancelled
                }
            }
        }
        return false;
    }

    /** @return whether the channel was resumed; false when it ended or was cancelled meanwhile */
    private boolean tryOnce(SessionChannel channel, Duration limit) throws IOException {
        RelayLink link = reconnector.reconnect(secret.token(), limit);
        trying = link;
        if (cancelled.get() || !channel.isOpen()) {
            link.close();
            return true;
        }
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture.delayedExecutor(limit.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (!done.get()) {
                link.close(); // a handshake that hangs is cut off like a lost connection
            }
        });
        try {
            ResumeHandshake.Resumed resumed = new ResumeHandshake(role, secret, protocolVersion, random)
                    .run(link.input(), link.output(), channel.lastReceived());
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
        } finally {
            trying = null;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
