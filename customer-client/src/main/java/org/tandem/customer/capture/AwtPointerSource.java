package org.tandem.customer.capture;

import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.awt.Rectangle;
import java.util.Objects;
import org.tandem.shared.message.PointerMessage;

/**
 * The pointer's position from AWT, relative to the shared area of the desktop. AWT cannot read the
 * pointer's look, so no shape is sent and the console draws a standard arrow.
 */
public final class AwtPointerSource implements PointerSource {
    private final Rectangle shared;

    /** @param shared the shared area, in desktop coordinates (the captured monitor's bounds) */
    public AwtPointerSource(Rectangle shared) {
        this.shared = new Rectangle(Objects.requireNonNull(shared, "shared"));
    }

    @Override
    public PointerMessage.Moved position() {
        PointerInfo info = MouseInfo.getPointerInfo();
        if (info == null) {
            return null;
        }
        return relative(info.getLocation(), shared);
    }

    /** The desktop point as a position on the shared area, off it when outside. */
    static PointerMessage.Moved relative(Point desktop, Rectangle shared) {
        if (!shared.contains(desktop)) {
            return new PointerMessage.Moved(0, 0, false);
        }
        return new PointerMessage.Moved(desktop.x - shared.x, desktop.y - shared.y, true);
    }
}
