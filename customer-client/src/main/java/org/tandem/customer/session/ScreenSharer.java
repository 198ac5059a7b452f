package org.tandem.customer.session;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.capture.PointerSource;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameSource;
import org.tandem.shared.screen.ScreenEncoder;
import org.tandem.shared.session.SessionChannel;

/**
 * Pushes the screen while sharing is on. The viewer hands out credits (one per frame request, at most
 * {@value #MAX_CREDITS} held); while it holds one, the screen is captured at an adaptive rate (every
 * {@code minInterval} while it changes and for {@link #STAY_FAST} after, backing off to
 * {@link #IDLE_INTERVAL} while it does not; at once after injected input) and a frame is sent only when something changed. Without a credit
 * nothing is captured: changes meanwhile merge into the next frame, and nothing stale is queued.
 * Nothing is captured unless sharing was started and not stopped.
 *
 * <p>The pointer travels apart from the pixels: at each capture its position is read and sent when
 * it moved (a moving pointer keeps the fast rate, and uses no credit), and its look when it changed.
 */
public final class ScreenSharer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenSharer.class);
    /** Frames the viewer may have in flight. */
    public static final int MAX_CREDITS = 2;
    /** The slowest capture rate, reached after the screen stayed the same for a while. */
    static final Duration IDLE_INTERVAL = Duration.ofMillis(250);
    private static final long FLOOR_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /** How long after input or a change the screen is watched at the fast rate before backing off. */
    static final Duration STAY_FAST = Duration.ofMillis(500);

    /** The size of the shared screen, announced to the viewer. */
    public record ScreenSize(int width, int height) {}

    /** Where updates go: the session channel, or a test's list. */
    public interface UpdateSink {
        void send(ScreenUpdate update) throws IOException;

        /** Where the pointer moved or how it looks now; dropped unless the sink takes it. */
        default void send(PointerMessage pointer) throws IOException {}
    }

    private final Supplier<FrameSource> sources;
    private final Supplier<ScreenEncoder> encoders;
    private final Supplier<PointerSource> pointers;
    private final long fastNanos;
    private final long idleNanos;
    private final ScheduledExecutorService captureThread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "tandem-screen-capture");
        thread.setDaemon(true);
        return thread;
    });

    private volatile boolean active;
    private UpdateSink sink;
    private FrameSource source;
    private PointerSource pointer;
    private PointerMessage.Moved pointerSent;
    private ScreenEncoder encoder;
    private int credits;
    private long interval;
    private long fastUntil;
    private boolean resetPending;
    private ScheduledFuture<?> next;
    private long nextAt;

    /**
     * @param sources makes the frame source when sharing first starts (the screen is not touched before)
     * @param encoders makes a fresh encoder for each start, so every start begins with a whole frame
     * @param minInterval the wait between captures while the screen changes; it doubles while the
     *     screen stays the same, up to {@link #IDLE_INTERVAL}
     */
    public ScreenSharer(Supplier<FrameSource> sources, Supplier<ScreenEncoder> encoders, Duration minInterval) {
        this(sources, encoders, () -> PointerSource.NONE, minInterval);
    }

    /**
     * @param pointers makes the pointer's source when sharing first starts; it reads the pointer
     *     apart from the pixels
     */
    public ScreenSharer(Supplier<FrameSource> sources, Supplier<ScreenEncoder> encoders, Supplier<PointerSource> pointers,
            Duration minInterval) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.encoders = Objects.requireNonNull(encoders, "encoders");
        this.pointers = Objects.requireNonNull(pointers, "pointers");
        this.fastNanos = minInterval.toNanos();
        this.idleNanos = Math.max(fastNanos, IDLE_INTERVAL.toNanos());
    }

    /** Starts sharing on this channel; captures once to learn the screen size. */
    public ScreenSize start(SessionChannel target) throws IOException {
        return start(new UpdateSink() {
            @Override
            public void send(ScreenUpdate update) throws IOException {
                target.send(update);
            }

            @Override
            public void send(PointerMessage message) throws IOException {
                target.send(message);
            }
        });
    }

    /** Starts sharing into this sink; captures once to learn the screen size. No frame goes before a credit. */
    public synchronized ScreenSize start(UpdateSink target) throws IOException {
        if (source == null) {
            source = sources.get();
            pointer = pointers.get();
        }
        Frame probe = source.capture();
        pointerSent = null;
        encoder = encoders.get();
        sink = target;
        credits = 0;
        resetPending = false;
        interval = fastNanos;
        active = true;
        return new ScreenSize(probe.width(), probe.height());
    }

    public boolean isActive() {
        return active;
    }

    /** Remote input was just injected: capture at once and keep the fast rate. */
    public synchronized void expectChange() {
        interval = fastNanos;
        fastUntil = System.nanoTime() + STAY_FAST.toNanos();
        captureIn(0);
    }

    /** Stops at once: what is left of a frame being sent is not sent. */
    public void stop() {
        active = false;
        synchronized (this) {
            cancelNext();
        }
    }

    /** The viewer is ready for one more frame. */
    public synchronized void frameRequested() {
        if (!active) {
            return;
        }
        credits = Math.min(MAX_CREDITS, credits + 1);
        captureIn(0);
    }

    /** The viewer lost the picture: the next frame is sent whole, in a new stream. */
    public synchronized void refreshRequested() {
        if (!active) {
            return;
        }
        LOG.info("The viewer asked for the whole screen again");
        resetPending = true;
        captureIn(0);
    }

    /** Frames the viewer may still be sent; for tests. */
    synchronized int credits() {
        return credits;
    }

    private void captureIn(long nanos) {
        if (!active || credits == 0) {
            return;
        }
        long at = System.nanoTime() + nanos;
        if (next != null && !next.isDone() && nextAt - at <= 0) {
            return; // an earlier capture is already planned
        }
        cancelNext();
        nextAt = at;
        next = captureThread.schedule(this::captureAndSend, nanos, TimeUnit.NANOSECONDS);
    }

    private void cancelNext() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }

    /**
     * Runs on the capture thread only, so the encoder's stream and the order of what is sent stay in
     * step; the lock is held to decide, not while capturing or sending, so input and credits are
     * never held up by a frame on its way.
     */
    private void captureAndSend() {
        FrameSource from;
        PointerSource pointing;
        ScreenEncoder codec;
        UpdateSink to;
        synchronized (this) {
            next = null;
            if (!active || credits == 0) {
                return;
            }
            from = source;
            pointing = pointer;
            codec = encoder;
            to = sink;
            if (resetPending) {
                codec.reset();
                resetPending = false;
            }
        }
        try {
            List<ScreenUpdate> updates = codec.encode(from.capture());
            PointerMessage.Moved at = pointing.position();
            PointerMessage.Shape look = pointing.shapeIfChanged();
            boolean pointerMoved;
            synchronized (this) {
                if (codec != encoder || !active) {
                    return; // sharing stopped or started again meanwhile: this frame belongs to no one
                }
                pointerMoved = at != null && !at.equals(pointerSent);
                if (pointerMoved) {
                    pointerSent = at;
                }
                if (updates.isEmpty() && (pointerMoved || look != null)) {
                    interval = fastNanos;
                    fastUntil = System.nanoTime() + STAY_FAST.toNanos();
                } else if (updates.isEmpty()) {
                    // Input shows a moment after it is injected: stay fast for a while before backing off.
                    boolean stayFast = System.nanoTime() - fastUntil < 0;
                    interval = stayFast ? fastNanos : Math.min(idleNanos, Math.max(FLOOR_NANOS, interval * 2));
                } else {
                    interval = fastNanos;
                    fastUntil = System.nanoTime() + STAY_FAST.toNanos();
                    credits--;
                }
            }
            if (look != null) {
                to.send(look);
            }
            if (pointerMoved) {
                to.send(at);
            }
            for (ScreenUpdate update : updates) {
                if (!active) {
                    return;
                }
                to.send(update);
            }
            synchronized (this) {
                captureIn(Math.max(FLOOR_NANOS, interval));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Sending a frame failed: {}", e.toString());
            active = false;
        }
    }

    @Override
    public void close() {
        stop();
        captureThread.shutdownNow();
    }
}
