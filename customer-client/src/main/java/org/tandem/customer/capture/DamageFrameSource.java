package org.tandem.customer.capture;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameRect;
import org.tandem.shared.screen.FrameSource;

/**
 * Captures the shared area by grabbing only what the platform says was drawn since the last
 * capture, into a copy of the screen it keeps; the whole area at the first capture and after the
 * area changed. While nothing is drawn, {@link #mayHaveChanged()} says so and nothing is grabbed.
 * In case something draws without the platform noticing, the whole area is grabbed again every
 * {@link #RECHECK_NANOS} while watched.
 *
 * <p>The frame is the shared area cut to the screen as it is now: when the screen is made smaller
 * (or larger) while shared, a grab the platform refuses makes this source read the screen's size
 * again and grab the area whole at its new size (the encoder sends a frame of a new size whole);
 * a larger screen is noticed at the next whole grab. Refused again at once, it captures with the
 * fall-back source (Robot) from then on, and says so in the app log.
 */
public final class DamageFrameSource implements FrameSource, ChangeHint, AutoCloseable {
    /** How often the whole area is grabbed even without damage: a safety net, cheap at this pace. */
    static final long RECHECK_NANOS = 5_000_000_000L;
    /** Rectangles reported with a lent frame, at most; more (captures to keep in between) say "everywhere". */
    private static final int MAX_DRAWN = 4 * DamageRegion.MAX_RECTANGLES;
    private static final Logger LOG = LoggerFactory.getLogger(DamageFrameSource.class);

    private final SharedArea area;
    private final ScreenDamage damage;
    private final PixelGrabber pixels;
    private final LongSupplier clock;
    private final DamageRegion region = new DamageRegion();
    private final AutoCloseable connection;
    private final Supplier<FrameSource> fallback;
    private final DrawnSignals signals;
    private AutoCloseable signal;
    private FrameSource fallen;
    /** The shared area at the last whole grab, as asked for; {@link #bounds} is the part of it on the screen. */
    private Rectangle asked;
    private Rectangle bounds;
    private int[] screen;
    private long wholeAt;
    /** Where the copy was patched since the last lent frame; everywhere after a whole grab. */
    private final List<FrameRect> drawnSinceLent = new ArrayList<>();
    private boolean drawnEverywhere;
    private boolean closed;

    /**
     * @param connection closed with this source, after the damage watch and the grabber
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    public DamageFrameSource(SharedArea area, ScreenDamage damage, PixelGrabber pixels, AutoCloseable connection,
            LongSupplier clock) {
        this(area, damage, pixels, connection, clock, null);
    }

    /**
     * @param fallback the source to capture with when the platform refuses grabs twice running; none
     *     ({@code null}) lets the refusal through to the caller
     */
    public DamageFrameSource(SharedArea area, ScreenDamage damage, PixelGrabber pixels, AutoCloseable connection,
            LongSupplier clock, Supplier<FrameSource> fallback) {
        this(area, damage, pixels, connection, clock, fallback, null);
    }

    /** Starts telling a listener of drawing; closed to stop. */
    public interface DrawnSignals {
        /** @throws IOException with the reason in words when drawing cannot be told of here */
        AutoCloseable start(Runnable drawn) throws IOException;
    }

    /** @param signals tells of drawing as it happens ({@link #tellWhenDrawn}); none ({@code null}) leaves callers to poll */
    public DamageFrameSource(SharedArea area, ScreenDamage damage, PixelGrabber pixels, AutoCloseable connection,
            LongSupplier clock, Supplier<FrameSource> fallback, DrawnSignals signals) {
        this.signals = signals;
        this.fallback = fallback;
        this.area = Objects.requireNonNull(area, "area");
        this.damage = Objects.requireNonNull(damage, "damage");
        this.pixels = Objects.requireNonNull(pixels, "pixels");
        this.connection = connection;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized boolean mayHaveChanged() {
        if (closed) {
            return false;
        }
        if (fallen != null) {
            return true;
        }
        damage.collect(region);
        Rectangle now = area.bounds();
        if (screen == null || !now.equals(asked) || clock.getAsLong() - wholeAt - RECHECK_NANOS >= 0) {
            return true;
        }
        if (!region.isEmpty() && !region.touches(bounds)) {
            region.clear(); // drawn elsewhere, on a monitor not shared
        }
        return !region.isEmpty();
    }

    @Override
    public synchronized boolean tellWhenDrawn(Runnable drawn) {
        if (signals == null || signal != null || closed) {
            return false;
        }
        try {
            signal = signals.start(drawn);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.info("The capture polls for what is drawn: it cannot be told as it happens, {}", e.getMessage());
            return false;
        }
    }

    @Override
    public synchronized Frame capture() {
        Frame lent = captureShared();
        // The frame is the caller's to keep; the copy kept here goes on being patched.
        return new Frame(lent.width(), lent.height(), lent.argb().clone());
    }

    @Override
    public synchronized LentFrame captureLent() {
        Frame frame = captureShared();
        if (drawnEverywhere || fallen != null) {
            drawnEverywhere = false;
            drawnSinceLent.clear();
            return LentFrame.drawnEverywhere(frame);
        }
        LentFrame lent = new LentFrame(frame, drawnSinceLent);
        drawnSinceLent.clear();
        return lent;
    }

    private Frame captureShared() {
        if (closed) {
            throw new IllegalStateException("The screen capture was closed");
        }
        if (fallen != null) {
            return fallenBack();
        }
        damage.collect(region);
        Rectangle now = area.bounds();
        long at = clock.getAsLong();
        boolean whole = screen == null || !now.equals(asked) || at - wholeAt - RECHECK_NANOS >= 0;
        try {
            return grab(now, at, whole);
        } catch (GrabRefusedException refused) {
            LOG.info("The screen is grabbed whole again: {}", refused.getMessage());
        }
        try {
            return grab(now, at, true); // the grabber has read the screen's size again
        } catch (GrabRefusedException again) {
            if (fallback == null) {
                throw again;
            }
            LOG.warn("The screen is captured whole at every look (AWT Robot) from now on: {}", again.getMessage());
            fallen = fallback.get();
            return fallenBack();
        }
    }

    private Frame fallenBack() {
        try {
            return fallen.capture();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Frame grab(Rectangle now, long at, boolean whole) {
        if (whole) {
            Rectangle readable = pixels.readable(now, true);
            if (readable.isEmpty()) {
                throw new GrabRefusedException("The shared area " + now + " is not on the screen any more");
            }
            asked = now;
            if (screen == null || screen.length != readable.width * readable.height) {
                screen = new int[readable.width * readable.height];
            }
            bounds = readable;
            region.clear();
            pixels.grab(bounds, screen, 0, bounds.width);
            wholeAt = at;
            drawnEverywhere = true;
        } else {
            List<Rectangle> drawn = region.drainWithin(bounds);
            for (Rectangle part : drawn) {
                pixels.grab(new Rectangle(bounds.x + part.x, bounds.y + part.y, part.width, part.height), screen,
                        part.y * bounds.width + part.x, bounds.width);
                drawnSinceLent.add(new FrameRect(part.x, part.y, part.width, part.height));
            }
            if (drawnSinceLent.size() > MAX_DRAWN) { // captures to keep, many, since a frame was lent
                drawnSinceLent.clear();
                drawnEverywhere = true;
            }
        }
        return new Frame(bounds.width, bounds.height, screen);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true; // from now on the display connection is not touched: it is gone
        if (signal != null) {
            try {
                signal.close();
            } catch (Exception e) {
                LOG.warn("Stopping the drawing signal failed: {}", e.toString());
            }
        }
        damage.close();
        pixels.close();
        if (connection != null) {
            try {
                connection.close();
            } catch (Exception e) {
                throw new IllegalStateException("Closing the display connection failed", e);
            }
        }
    }
}
