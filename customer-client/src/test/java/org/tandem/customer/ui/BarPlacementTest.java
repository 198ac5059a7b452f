package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nothing moves under the customer's pointer; otherwise the bar is in the middle, or where the customer put it. */
class BarPlacementTest {
    private static final double MIN_X = 0;
    private static final double MAX_X = 1920;
    private static final double FRAME = 2;

    private final BarPlacement placement = new BarPlacement();

    @BeforeEach
    void appear() {
        placement.appearing(710);
        placement.reportedAt(700); // the window manager puts a new window where it likes
    }

    @Test
    void theBarIsCentredOnItsRealWidthOnWholePixels() {
        BarPlacement.Spot spot = placement.fit(499.3, 300, FRAME, MIN_X, MAX_X, false);

        assertEquals(500, spot.contentWidth());
        assertEquals(709, spot.x(), "the middle, rounded down to a whole pixel");
    }

    @Test
    void underThePointerItKeepsItsRightEdgeAndWidthAndCentresOnceThePointerIsAway() {
        BarPlacement.Spot first = placement.fit(500, 300, FRAME, MIN_X, MAX_X, true);
        double right = first.x() + first.contentWidth() + FRAME;

        BarPlacement.Spot grown = placement.fit(900, 300, FRAME, MIN_X, MAX_X, true);
        assertEquals(right, grown.x() + grown.contentWidth() + FRAME, "the buttons moved under the pointer");
        BarPlacement.Spot shrunk = placement.fit(600, 300, FRAME, MIN_X, MAX_X, true);
        assertEquals(grown, shrunk, "narrower under the pointer: what was under it is now elsewhere");

        BarPlacement.Spot away = placement.fit(600, 300, FRAME, MIN_X, MAX_X, false);
        assertEquals(600, away.contentWidth());
        assertEquals((MAX_X - 602) / 2, away.x());
    }

    @Test
    void underThePointerNearTheLeftOfTheScreenItsTextWrapsToTwoLinesRatherThanItsButtonsMove() {
        placement.fit(500, 500, FRAME, MIN_X, MAX_X, false);
        placement.reportedAt(40); // the customer dragged it near the left edge

        BarPlacement.Spot grown = placement.fit(900, 700, FRAME, MIN_X, MAX_X, true);
        assertEquals(700, grown.contentWidth(), "wrapped to two lines, no narrower");
        assertEquals(MIN_X, grown.x(), "not off the screen, even when the buttons must move");

        placement.reportedAt(140);
        BarPlacement.Spot room = placement.fit(900, 700, FRAME, MIN_X, MAX_X, true);
        assertEquals(140 + 702, room.x() + room.contentWidth() + FRAME, "the buttons moved under the pointer");
        assertEquals(MIN_X, room.x());
    }

    @Test
    void aBarTheCustomerMovedKeepsItsRightEdgeAndMovesInWhereItCannotGrowWithThePointerAway() {
        placement.fit(500, 500, FRAME, MIN_X, MAX_X, false);
        placement.reportedAt(1300);

        BarPlacement.Spot grown = placement.fit(900, 700, FRAME, MIN_X, MAX_X, false);
        assertEquals(1300 + 502, grown.x() + grown.contentWidth() + FRAME, "the right edge stays where the customer put it");

        placement.reportedAt(-119); // dragged partly off the screen
        BarPlacement.Spot inside = placement.fit(900, 700, FRAME, MIN_X, MAX_X, false);
        assertEquals(MIN_X, inside.x(), "back inside the screen");
        assertEquals(900, inside.contentWidth(), "no text wraps for a pointer that is not there");
    }

    @Test
    void itsOwnMovesReportedLateAreNotTakenForTheCustomersDrag() {
        placement.fit(500, 300, FRAME, MIN_X, MAX_X, false); // at 709
        placement.fit(900, 300, FRAME, MIN_X, MAX_X, false); // at 509
        placement.reportedAt(709); // the window manager catches up
        placement.reportedAt(700); // where it put the window as it appeared
        placement.reportedAt(509.4);

        assertFalse(placement.movedByCustomer());
        assertEquals(709, placement.fit(500, 300, FRAME, MIN_X, MAX_X, false).x(), "no longer centred");
    }

    @Test
    void theWindowManagerFittingItsFrameAroundTheBarIsNotADrag() {
        BarPlacement.Spot first = placement.fit(500, 500, FRAME, MIN_X, MAX_X, false);

        placement.reportedAt(first.x()); // moved down by its title bar, or over by a border, after it was placed
        placement.reportedAt(first.x() + 4);

        assertFalse(placement.movedByCustomer(), "taken for the customer's drag: metacity told of a 35-pixel title bar late");
    }

    @Test
    void aBarThatAppearsAgainIsCentredAgain() {
        placement.fit(500, 300, FRAME, MIN_X, MAX_X, false);
        placement.reportedAt(100);

        placement.appearing(710);
        BarPlacement.Spot spot = placement.fit(500, 300, FRAME, MIN_X, MAX_X, false);

        assertFalse(placement.movedByCustomer());
        assertEquals(709, spot.x());
    }
}
