package org.tandem.customer.session;

import java.util.Optional;
import org.tandem.customer.capture.SharedArea;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.screen.Frame;

/**
 * What the sharer tells of the customer's monitors: how many there are, what size sharing one
 * would send, and the announcement that goes ahead of a stream at a new size. Without a
 * {@link SharedArea} (a single screen that cannot be switched) there is one monitor and nothing to
 * announce.
 */
final class SharedMonitors {
    private SharedMonitors() {
    }

    static int count(SharedArea area) {
        return area == null ? 1 : area.monitors().size();
    }

    /** The size sharing {@code monitor} (1..n, or {@link SharedArea#ALL}) would send; empty when there is no such monitor. */
    static Optional<ScreenSharer.ScreenSize> sizeOf(SharedArea area, int monitor) {
        if (area == null) {
            return Optional.empty();
        }
        try {
            java.awt.Rectangle bounds = area.boundsOf(monitor);
            return Optional.of(new ScreenSharer.ScreenSize(bounds.width, bounds.height));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The monitors, which one is shared, and {@code probe}'s size as the size now sent. */
    static ControlMessage.ScreenMonitors announcement(SharedArea area, Frame probe) {
        ControlMessage.ScreenMonitors monitors = area.describe();
        return new ControlMessage.ScreenMonitors(monitors.monitors(), monitors.shared(), probe.width(), probe.height());
    }
}
