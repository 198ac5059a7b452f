package org.tandem.customer.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.Rectangle;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OwnWindowsTest {
    /** Tandem's window on the desktop, on a monitor left of the primary. */
    private final OwnWindows desktop = new OwnWindows() {
        private final Rectangle window = new Rectangle(-1800, 100, 400, 300);

        @Override
        public boolean hasFocus() {
            return true;
        }

        @Override
        public boolean covers(int x, int y) {
            return window.contains(x, y);
        }
    };

    @Test
    void aPointOfTheSharedMonitorIsLookedUpWhereThatMonitorLiesOnTheDesktop() {
        AtomicReference<Point> origin = new AtomicReference<>(new Point(-1920, 0));
        OwnWindows shared = desktop.seenFrom(origin::get);

        assertTrue(shared.covers(200, 150), "120 pixels into Tandem's window on the left monitor");
        assertTrue(shared.hasFocus());

        origin.set(new Point(0, 0)); // the primary is shared now: the same point is not on Tandem's window
        assertFalse(shared.covers(200, 150));
    }
}
