package org.tandem.desktop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.tandem.shared.config.WindowBoundsStore.Bounds;

/** A remembered window place, put back wholly on a screen that is there. */
class ScreenFitTest {
    /** A laptop's screen under its task bar, and a larger monitor to its right. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 760);
    private static final Rectangle2D MONITOR = new Rectangle2D(1280, 0, 1920, 1040);
    private static final List<Rectangle2D> BOTH = List.of(LAPTOP, MONITOR);

    @Test
    void aPlaceWhollyOnAScreenIsKept() {
        assertEquals(new Bounds(1400, 100, 900, 640), ScreenFit.within(new Bounds(1400, 100, 900, 640), BOTH));
        assertEquals(new Bounds(0, 0, 1280, 760, true), ScreenFit.within(new Bounds(0, 0, 1280, 760, true), BOTH));
    }

    @Test
    void aPlaceAcrossTwoScreensMovesWhollyOntoTheOneItMostlyCovers() {
        assertEquals(new Bounds(1280, 100, 900, 640), ScreenFit.within(new Bounds(1000, 100, 900, 640), BOTH));
        assertEquals(new Bounds(380, 100, 900, 640), ScreenFit.within(new Bounds(600, 100, 900, 640), BOTH));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneMovesOntoTheFirstScreen() {
        assertEquals(new Bounds(380, 120, 900, 640, true),
                ScreenFit.within(new Bounds(2000, 300, 900, 640, true), List.of(LAPTOP)));
        assertEquals(new Bounds(0, 0, 900, 640), ScreenFit.within(new Bounds(-3000, -200, 900, 640), BOTH));
    }

    @Test
    void aWindowLargerThanItsScreenIsMadeNoLarger() {
        assertEquals(new Bounds(0, 0, 1280, 760), ScreenFit.within(new Bounds(-20, -10, 1600, 1000), BOTH));
    }

    @Test
    void withoutScreensThePlaceIsLeftAsItIs() {
        assertEquals(new Bounds(5000, 5000, 900, 640), ScreenFit.within(new Bounds(5000, 5000, 900, 640), List.of()));
    }
}
