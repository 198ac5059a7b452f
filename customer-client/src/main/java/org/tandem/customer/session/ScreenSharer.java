package org.tandem.customer.session;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.capture.CapturePace;
import org.tandem.customer.capture.ChangeHint;
import org.tandem.customer.capture.EchoTrace;
import org.tandem.customer.capture.LentFrame;
import org.tandem.customer.capture.PointerSource;
import org.tandem.customer.capture.SharedArea;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.FrameCredit;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameSource;
import org.tandem.shared.screen.ScreenEncoder;
import org.tandem.shared.screen.ScreenQuality;
import org.tandem.shared.session.SessionChannel;

/**
 * Pushes the screen while sharing is on. The viewer hands out credits (one per frame request, at most
 * {@value #MAX_CREDITS} held); while it holds one, the screen is captured at an adaptive rate (every
 * {@code minInterval} while it changes and a moment after, backing off to
 * {@link #IDLE_INTERVAL} while it does not; at once after injected input, see {@link CapturePace}) and
 * a frame is sent only when something changed. Without a credit nothing is captured: changes
 * meanwhile merge into the next frame, and nothing stale is queued. Nothing is captured unless
 * sharing was started and not stopped. A source that knows when nothing was drawn ({@link ChangeHint})
 * is neither captured nor compared then, and is watched closely after input until
 * the input's effect shows, so an echo leaves within a few milliseconds of being drawn; one that tells
 * when something is drawn ({@link ChangeHint#tellWhenDrawn}) is looked at then instead, without the close watch.
 *
 * <p>The pointer travels apart from the pixels, using no credit: its position when it moved, its look when it changed.
 *
 * <p>With a {@link SharedArea}, the viewer is told of the customer's monitors when sharing starts,
 * and the shared monitor can change while sharing stays on ({@link #switchTo}): between two frames,
 * the viewer is told the new size and then sent the whole new area in a new stream. Credits carry
 * over, since they count frames, whatever their size.
 */
public final class ScreenSharer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenSharer.class);
    /** Frames the viewer may have in flight. */
    public static final int MAX_CREDITS = FrameCredit.MAX_IN_FLIGHT;
    /** The slowest capture rate, reached after the screen stayed the same for a while. */
    static final Duration IDLE_INTERVAL = Duration.ofMillis(250);

    /** The size of the shared screen, announced to the viewer. */
    public record ScreenSize(int width, int height) {}

    private final Supplier<FrameSource> sources;
    private final Supplier<ScreenEncoder> encoders;
    private final Supplier<PointerSource> pointers;
    private final SharedArea area;
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
    private final SharedPointer pointer;
    private ScreenEncoder encoder;
    private int credits;
    private CapturePace pace;
    private boolean told; // the source tells when something is drawn
    private long lookedAt = System.nanoTime();
    private boolean resetPending;
    private boolean firstFrame;
    private volatile ScreenQuality quality = ScreenQuality.LOSSLESS; // as the viewer asked; applied between frames
    private volatile ScreenSize announced;
    private final EchoTrace echoes = new EchoTrace();
    private final ShareTally sent = new ShareTally(); // guarded by this
    private final PointerShapeNames shapeNames = new PointerShapeNames(); // its numbers go on across shares
    private final NextLook nextLook = new NextLook(captureThread, this::captureAndSend);

    /**
     * @param sources makes the frame source when sharing first starts (the screen is not touched before)
     * @param encoders makes a fresh encoder for each start, so every start begins with a whole frame
     * @param minInterval the wait between captures while the screen changes; it doubles while the
     *     screen stays the same, up to {@link #IDLE_INTERVAL}
     */
    public ScreenSharer(Supplier<FrameSource> sources, Supplier<ScreenEncoder> encoders, Duration minInterval) {
        this(sources, encoders, () -> PointerSource.NONE, minInterval);
    }

    /** @param pointers makes the pointer's source when sharing first starts; it reads the pointer apart from the pixels */
    public ScreenSharer(Supplier<FrameSource> sources, Supplier<ScreenEncoder> encoders, Supplier<PointerSource> pointers,
            Duration minInterval) {
        this(sources, encoders, pointers, null, minInterval);
    }

    /** @param area the monitors and which is shared, read by the frame source; {@link #switchTo} changes the choice */
    public ScreenSharer(Supplier<FrameSource> sources, Supplier<ScreenEncoder> encoders, Supplier<PointerSource> pointers,
            SharedArea area, Duration minInterval) {
        this.area = area;
        this.sources = Objects.requireNonNull(sources, "sources");
        this.encoders = Objects.requireNonNull(encoders, "encoders");
        this.pointers = Objects.requireNonNull(pointers, "pointers");
        this.fastNanos = minInterval.toNanos();
        this.idleNanos = Math.max(fastNanos, IDLE_INTERVAL.toNanos());
        this.pace = paceFor(null);
        this.pointer = new SharedPointer(Math.max(fastNanos, CapturePace.FLOOR_NANOS));
    }

    private CapturePace paceFor(FrameSource watched) {
        CapturePace.Watching watching = told ? CapturePace.Watching.TOLD
                : watched instanceof ChangeHint ? CapturePace.Watching.HINTED : CapturePace.Watching.POLLED;
        return CapturePace.forSharing(watching, fastNanos, idleNanos, System::nanoTime);
    }

    /** Starts sharing on this channel; captures once to learn the screen size. */
    public ScreenSize start(SessionChannel target) throws IOException {
        return start(new ChannelUpdateSink(target, shapeNames.forgetLooks()));
    }

    /** Starts sharing into this sink; captures once to learn the screen size. No frame goes before a credit. */
    public synchronized ScreenSize start(UpdateSink target) throws IOException {
        if (area != null) {
            area.reread(); // a monitor may have come or gone since sharing last started
        }
        if (source == null) {
            source = sources.get();
            pointer.readFrom(pointers.get());
            told = source instanceof ChangeHint hint && hint.tellWhenDrawn(this::drawn);
        }
        Frame probe = source.capture();
        if (area != null) {
            target.send(SharedMonitors.announcement(area, probe));
        }
        pointer.forget();
        announced = new ScreenSize(probe.width(), probe.height());
        encoder = encoders.get();
        quality = ScreenQuality.LOSSLESS; // as the viewer's new stream expects
        sink = target;
        credits = 0;
        resetPending = false;
        firstFrame = true;
        pace = paceFor(source);
        pace.restart();
        active = true;
        return new ScreenSize(probe.width(), probe.height());
    }

    public boolean isActive() {
        return active;
    }

    /** How many monitors can be shared one by one; 1 without a {@link SharedArea}. */
    public int monitorCount() {
        return SharedMonitors.count(area);
    }

    /** The size sharing {@code monitor} (1..n, or {@link SharedArea#ALL}) would send; empty when there is no such monitor. */
    public Optional<ScreenSize> sizeOf(int monitor) {
        return SharedMonitors.sizeOf(area, monitor);
    }

    /**
     * Shares another monitor, or all ({@link SharedArea#ALL}). While sharing, the switch happens on
     * the capture thread between two frames: the viewer is told the new size, then gets the whole
     * area in a new stream; sharing stays on. Otherwise the choice applies when sharing starts.
     *
     * @throws IllegalArgumentException when there is no such monitor (nothing changes)
     */
    public synchronized void switchTo(int monitor) {
        if (area == null) {
            throw new IllegalArgumentException("This screen cannot be switched");
        }
        area.boundsOf(monitor); // refuses a monitor that is not there, before anything changes
        if (!active) {
            area.choose(monitor);
            return;
        }
        captureThread.execute(() -> applySwitch(monitor));
    }

    /** On the capture thread, so no frame of the old area follows the new size. */
    private void applySwitch(int monitor) {
        UpdateSink to;
        FrameSource from;
        synchronized (this) {
            area.choose(monitor);
            if (!active) {
                return;
            }
            to = sink;
            from = source;
            resetPending = true; // the next frame is whole, in a new stream, at the new size
            pointer.forget();
        }
        try {
            Frame probe = from.capture();
            ControlMessage.ScreenMonitors monitors = SharedMonitors.announcement(area, probe);
            announced = new ScreenSize(probe.width(), probe.height());
            LOG.info("Sharing monitor {} of {} now ({}×{})", monitor, monitors.monitors().size(), probe.width(),
                    probe.height());
            to.send(monitors);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Switching the shared monitor failed: {}", e.toString());
            active = false;
            return;
        }
        synchronized (this) {
            captureIn(0);
        }
    }

    /**
     * Something was drawn on the desktop: a look at once while an input's effect is awaited, else at
     * the fast rate's next turn. Called by the source's own thread.
     */
    private synchronized void drawn() {
        long now = System.nanoTime();
        captureIn(pace.awaitingEcho() ? 0 : Math.max(0, lookedAt + fastNanos - now));
    }

    /** Remote input was just injected: capture at once and keep the fast rate. */
    public synchronized void expectChange() {
        echoes.injected(System.nanoTime());
        pace.inputInjected();
        captureIn(0);
    }

    /** The technician's input put the pointer at this point of the shared screen: not news to send back. */
    public synchronized void pointerPutAt(int x, int y) {
        pointer.putByViewer(x, y);
    }

    /** Stops at once: what is left of a frame being sent is not sent. */
    public void stop() {
        active = false;
        synchronized (this) {
            nextLook.cancel();
            sent.logAndClear();
        }
        if (echoes.count() > 0) {
            LOG.info("Echo on this side, {}", echoes.summary());
            echoes.clear();
        }
    }

    /** The viewer is ready for {@code frames} more frames; it never holds more than {@link #MAX_CREDITS}. */
    public synchronized void credited(int frames) {
        if (!active || frames < 1) {
            return;
        }
        credits = Math.min(MAX_CREDITS, credits + frames);
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

    /** The viewer asked for this quality (decision 0021); the next frame is encoded at it. */
    public void qualityRequested(ScreenQuality level) {
        quality = Objects.requireNonNull(level, "level");
    }

    /** Frames the viewer may still be sent; for tests. */
    synchronized int credits() {
        return credits;
    }

    private void captureIn(long nanos) {
        if (active && credits > 0) {
            nextLook.in(nanos);
        }
    }

    /**
     * Runs on the capture thread only, so the encoder's stream and the order of what is sent stay in
     * step; the lock is held to decide, not while capturing or sending, so input and credits are
     * never held up by a frame on its way.
     */
    private void captureAndSend() {
        FrameSource from;
        ScreenEncoder codec;
        UpdateSink to;
        boolean mustLook;
        synchronized (this) {
            nextLook.begun();
            if (!active || credits == 0) {
                return;
            }
            from = source;
            codec = encoder;
            to = sink;
            codec.quality(quality);
            mustLook = firstFrame || resetPending || codec.refining(); // a refinement is due even if nothing was drawn
            if (resetPending) {
                codec.reset();
                resetPending = false;
            }
        }
        try {
            long lookAt = System.nanoTime();
            boolean look = mustLook || !(from instanceof ChangeHint hint) || hint.mayHaveChanged();
            LentFrame lent = look ? LentFrame.capture(from) : null; // the encoder keeps no reference to a frame
            Frame frame = lent == null ? null : lent.frame();
            long capturedAt = System.nanoTime();
            List<ScreenUpdate> updates = frame == null ? List.of() : codec.encode(frame, lent.drawn()); // looks there only
            long encodedAt = System.nanoTime();
            SharedPointer.Reading reading = pointer.read(frame != null, encodedAt);
            PointerMessage.Moved at = reading.at();
            PointerMessage.Shape shape = reading.shape();
            boolean pointerMoved;
            boolean resized;
            synchronized (this) {
                if (codec != encoder || !active) {
                    return; // sharing stopped or started again meanwhile: this frame belongs to no one
                }
                lookedAt = lookAt;
                pointerMoved = pointer.moved(at);
                firstFrame &= frame == null;
                ScreenSize size = frame == null ? announced : new ScreenSize(frame.width(), frame.height());
                resized = area != null && !size.equals(announced); // the screen was resized (xrandr)
                announced = size;
                if (updates.isEmpty() && (pointerMoved || shape != null)) {
                    pace.pointerMoved();
                } else if (updates.isEmpty()) {
                    pace.unchanged(); // input shows a moment after it is injected: the pace stays fast a while
                    echoes.awaiting(pace.awaitingEcho());
                } else {
                    pace.changed();
                    credits--;
                    sent.frameSent(updates);
                }
                if (pointerMoved) {
                    sent.pointerMoved();
                }
            }
            if (resized) { // the viewer needs the new size before the stream at it
                ControlMessage.ScreenMonitors monitors = area.describe();
                to.send(new ControlMessage.ScreenMonitors(monitors.monitors(), monitors.shared(), frame.width(),
                        frame.height()));
            }
            if (shape != null) {
                to.send(shape);
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
                if (!updates.isEmpty()) {
                    echoes.shown(lookAt, capturedAt, encodedAt, System.nanoTime());
                }
                captureIn(pace.nextDelayNanos());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Sending a frame failed: {}", e.toString());
            active = false;
        }
    }

    @Override
    public synchronized void close() {
        stop();
        captureThread.shutdownNow();
        if (source instanceof AutoCloseable closeable) { // a capture still under way finds it closed
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Closing the screen capture failed: {}", e.toString());
            }
        }
    }
}
