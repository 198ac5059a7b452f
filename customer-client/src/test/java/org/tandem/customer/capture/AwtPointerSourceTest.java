package org.tandem.customer.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Point;
import java.awt.Rectangle;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.PointerMessage;

class AwtPointerSourceTest {
    private final Rectangle secondMonitor = new Rectangle(1920, 0, 1280, 1024);

    @Test
    void aPointOnTheSharedMonitorIsCountedFromItsCorner() {
        assertEquals(new PointerMessage.Moved(100, 50, true), AwtPointerSource.relative(new Point(2020, 50), secondMonitor));
    }

    @Test
    void aPointOnAnotherMonitorIsOffTheSharedScreen() {
        assertEquals(new PointerMessage.Moved(0, 0, false), AwtPointerSource.relative(new Point(1919, 50), secondMonitor));
        assertEquals(new PointerMessage.Moved(0, 0, false), AwtPointerSource.relative(new Point(3200, 50), secondMonitor));
    }
}
