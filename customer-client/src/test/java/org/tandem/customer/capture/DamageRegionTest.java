package org.tandem.customer.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class DamageRegionTest {
    private final DamageRegion region = new DamageRegion();

    @Test
    void overlappingRectanglesBecomeOne() {
        region.add(10, 10, 20, 20);
        region.add(25, 25, 20, 20);

        assertEquals(List.of(new Rectangle(10, 10, 35, 35)), region.rectangles());
    }

    @Test
    void theGlyphsOfALineBecomeOneRectangle() {
        for (int x = 0; x < 80 * 6; x += 6) {
            region.add(100 + x, 200, 6, 13);
        }

        assertEquals(List.of(new Rectangle(100, 200, 480, 13)), region.rectangles());
    }

    @Test
    void apartRectanglesStayApart() {
        region.add(0, 0, 10, 10);
        region.add(100, 100, 10, 10);
        region.add(10, 50, 10, 10); // touches the first only at a corner's distance

        assertEquals(Set.of(new Rectangle(0, 0, 10, 10), new Rectangle(100, 100, 10, 10), new Rectangle(10, 50, 10, 10)),
                new HashSet<>(region.rectangles()));
    }

    @Test
    void aRectangleInsideAnotherAddsNothing() {
        region.add(0, 0, 100, 100);
        region.add(10, 10, 5, 5);

        assertEquals(List.of(new Rectangle(0, 0, 100, 100)), region.rectangles());
    }

    @Test
    void manyScatteredRectanglesAreKeptFewAndStillCoverEveryOne() {
        List<Rectangle> added = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 500; i++) {
            Rectangle r = new Rectangle(random.nextInt(1900), random.nextInt(1060), 1 + random.nextInt(20),
                    1 + random.nextInt(20));
            added.add(r);
            region.add(r.x, r.y, r.width, r.height);
        }

        List<Rectangle> kept = region.rectangles();
        assertTrue(kept.size() <= DamageRegion.MAX_RECTANGLES, kept.size() + " rectangles");
        for (Rectangle r : added) {
            assertTrue(covered(r, kept), r + " is covered by " + kept);
        }
    }

    @Test
    void emptyRectanglesAreNoDamage() {
        region.add(5, 5, 0, 10);
        region.add(5, 5, 10, -1);

        assertTrue(region.isEmpty());
    }

    @Test
    void drainingKeepsWhatLiesWithinTheSharedAreaInItsCoordinates() {
        Rectangle second = new Rectangle(1920, 0, 1280, 1024);
        region.add(100, 100, 50, 50); // on the first monitor only
        region.add(1900, 10, 40, 20); // across both
        region.add(2000, 500, 8, 16); // on the second

        List<Rectangle> drained = region.drainWithin(second);

        assertEquals(Set.of(new Rectangle(0, 10, 20, 20), new Rectangle(80, 500, 8, 16)), new HashSet<>(drained));
        assertTrue(region.isEmpty(), "drained");
    }

    @Test
    void everythingReplacesWhatWasThere() {
        region.add(1, 1, 1, 1);

        region.addAll(new Rectangle(0, 0, 640, 480));

        assertEquals(List.of(new Rectangle(0, 0, 640, 480)), region.rectangles());
    }

    private static boolean covered(Rectangle r, List<Rectangle> by) {
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                int px = x;
                int py = y;
                if (by.stream().noneMatch(k -> k.contains(px, py))) {
                    return false;
                }
            }
        }
        return true;
    }
}
