package org.tandem.customer.session;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameSource;
import org.tandem.shared.screen.ScreenEncoder;
import org.tandem.shared.session.SessionChannel;

/**
 * Serves frames while sharing is on: each frame request from the viewer is answered with one
 * captured, encoded frame, no sooner than the minimum interval after the previous capture. Nothing
 * is captured unless sharing was started and not stopped.
 */
public final class ScreenSharer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenSharer.class);

    /** The size of the shared screen, announced to the viewer. */
    public record ScreenSize(int width, int height) {}

    private final Supplier<FrameSource> sources;
    private final Supplier<ScreenEncoder> encoders;
    private final long minIntervalNanos;
    private final ScheduledExecutorService captureThread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "tandem-screen-capture");
        thread.setDaemon(true);
        return thread;
    });

    private volatile boolean active;
    private volatile SessionChannel channel;
    private FrameSource source;
    private ScreenEncoder encoder;
    private long lastCapture;
    private volatile boolean lastFrameChanged = true;

    /**
     * @param sources makes the frame source when sharing first starts (the screen is not touched before)
     * @param encoders makes a fresh encoder for each start, so every start begins with a whole frame
     * @param minInterval how long to wait before capturing again after a frame in which nothing
     *     changed; after a change the next frame is captured as soon as the viewer asks, so a
     *     keystroke's echo is not held back
     */
    public ScreenSharer(Supplier<FrameSource> sources, Supplier<ScreenEncoder> encoders, Duration minInterval) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.encoders = Objects.requireNonNull(encoders, "encoders");
        this.minIntervalNanos = minInterval.toNanos();
    }

    /** Starts sharing on this channel; captures once to learn the screen size. */
    public synchronized ScreenSize start(SessionChannel target) throws IOException {
        if (source == null) {
            source = sources.get();
        }
        Frame probe = source.capture();
        encoder = encoders.get();
        channel = target;
        active = true;
        return new ScreenSize(probe.width(), probe.height());
    }

    public boolean isActive() {
        return active;
    }

    /**
     * Remote input was just injected: the screen is about to change, so the next frame is captured
     * as soon as it is asked for, without the idle wait.
     */
    public void expectChange() {
        lastFrameChanged = true;
    }

    /** Stops at once: a capture already under way is not sent. */
    public void stop() {
        active = false;
    }

    /** The viewer asked for the next frame. */
    public void frameRequested() {
        if (!active) {
            return;
        }
        long wait = lastFrameChanged ? 0 : Math.max(0, lastCapture + minIntervalNanos - System.nanoTime());
        captureThread.schedule(this::captureAndSend, wait, TimeUnit.NANOSECONDS);
    }

    private synchronized void captureAndSend() {
        if (!active) {
            return;
        }
        try {
            lastCapture = System.nanoTime();
            Frame frame = source.capture();
            List<ScreenUpdate> updates = encoder.encode(frame);
            lastFrameChanged = !updates.isEmpty();
            for (ScreenUpdate update : updates) {
                if (!active) {
                    return;
                }
                channel.send(update);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Sending a frame failed: {}", e.toString());
            active = false;
        }
    }

    @Override
    public void close() {
        active = false;
        captureThread.shutdownNow();
    }
}
