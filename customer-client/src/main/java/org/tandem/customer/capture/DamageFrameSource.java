package org.tandem.customer.capture;

import java.awt.Rectangle;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameSource;

/**
 * Captures the shared area by grabbing only what the platform says was drawn since the last
 * capture, into a copy of the screen it keeps; the whole area at the first capture and after the
 * area changed. While nothing is drawn, {@link #mayHaveChanged()} says so and nothing is grabbed.
 * In case something draws without the platform noticing, the whole area is grabbed again every
 * {@link #RECHECK_NANOS} while watched.
 */
public final class DamageFrameSource implements FrameSource, ChangeHint, AutoCloseable {
    /** How often the whole area is grabbed even without damage: a safety net, cheap at this pace. */
    static final long RECHECK_NANOS = 5_000_000_000L;

    private final SharedArea area;
    private final ScreenDamage damage;
    private final PixelGrabber pixels;
    private final LongSupplier clock;
    private final DamageRegion region = new DamageRegion();
    private final AutoCloseable connection;
    private Rectangle bounds;
    private int[] screen;
    private long wholeAt;
    private boolean closed;

    /**
     * @param connection closed with this source, after the damage watch and the grabber
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    public DamageFrameSource(SharedArea area, ScreenDamage damage, PixelGrabber pixels, AutoCloseable connection,
            LongSupplier clock) {
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
        damage.collect(region);
        Rectangle now = area.bounds();
        if (screen == null || !now.equals(bounds) || clock.getAsLong() - wholeAt - RECHECK_NANOS >= 0) {
            return true;
        }
        if (!region.isEmpty() && !region.touches(bounds)) {
            region.clear(); // drawn elsewhere, on a monitor not shared
        }
        return !region.isEmpty();
    }

    @Override
    public synchronized Frame capture() {
        Frame lent = captureLent();
        // The frame is the caller's to keep; the copy kept here goes on being patched.
        return new Frame(lent.width(), lent.height(), lent.argb().clone());
    }

    @Override
    public synchronized Frame captureLent() {
        if (closed) {
            throw new IllegalStateException("The screen capture was closed");
        }
        damage.collect(region);
        Rectangle now = area.bounds();
        long at = clock.getAsLong();
        if (screen == null || !now.equals(bounds) || at - wholeAt - RECHECK_NANOS >= 0) {
            bounds = now;
            if (screen == null || screen.length != now.width * now.height) {
                screen = new int[now.width * now.height];
            }
            region.clear();
            pixels.grab(now, screen, 0, now.width);
            wholeAt = at;
        } else {
            List<Rectangle> drawn = region.drainWithin(bounds);
            for (Rectangle part : drawn) {
                pixels.grab(new Rectangle(bounds.x + part.x, bounds.y + part.y, part.width, part.height), screen,
                        part.y * bounds.width + part.x, bounds.width);
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
