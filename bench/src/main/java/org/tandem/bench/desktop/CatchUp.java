package org.tandem.bench.desktop;

import java.awt.Rectangle;

/**
 * Whether a viewer's picture of an area shows what the customer's screen holds there: compared on a
 * grid of every second pixel each way, allowing one point in a thousand to differ (a pointer drawn into
 * the picture). A terminal scrolled by one line differs in several per cent of its points.
 */
final class CatchUp {
    static final int STEP = 2;
    static final double MISMATCH_ALLOWED_PERCENT = 0.1;

    private CatchUp() {}

    /** The grid's points of {@code area} in a screenshot, row by row. */
    static int[] grid(ScreenPixels screen, Rectangle area) {
        int columns = (area.width + STEP - 1) / STEP;
        int rows = (area.height + STEP - 1) / STEP;
        int[] points = new int[columns * rows];
        int i = 0;
        for (int y = area.y; y < area.y + area.height; y += STEP) {
            for (int x = area.x; x < area.x + area.width; x += STEP) {
                points[i++] = screen.at(x, y);
            }
        }
        return points;
    }

    /** How many points of two grids of the same area differ. */
    static int differing(int[] viewer, int[] reference) {
        int misses = 0;
        for (int i = 0; i < Math.min(viewer.length, reference.length); i++) {
            misses += viewer[i] != reference[i] ? 1 : 0;
        }
        return misses;
    }

    /** Whether two grids of the same area agree but for the mismatch allowed. */
    static boolean shows(int[] viewer, int[] reference) {
        if (viewer.length != reference.length) {
            throw new IllegalArgumentException("Grids of " + viewer.length + " and " + reference.length + " points");
        }
        long allowed = (long) Math.floor(reference.length * MISMATCH_ALLOWED_PERCENT / 100);
        long misses = 0;
        for (int i = 0; i < reference.length; i++) {
            if (viewer[i] != reference[i] && ++misses > allowed) {
                return false;
            }
        }
        return true;
    }
}
