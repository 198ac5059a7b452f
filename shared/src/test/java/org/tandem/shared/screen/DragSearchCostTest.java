package org.tandem.shared.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A window dragged is found where its pixels came from, near the probe's own row, without looking
 * for other places across the whole change, and without hashing rows for a vertical scroll once the
 * drag goes sideways.
 */
class DragSearchCostTest {
    private static final int[] STILL = {600, 300, 560, 380};

    @Test
    void aProbeFoundNearItsRowIsNotLookedForAnywhereElse() {
        DraggedWindowScene scene = new DraggedWindowScene(STILL, 500, 320, 5);
        Frame before = scene.at(100, 100);
        Frame after = scene.at(111, 105);
        Change change = Change.between(before, after);
        MoveDetector detector = new MoveDetector(DraggedWindowScene.WIDTH, DraggedWindowScene.HEIGHT);

        MoveDetector.Move move = detector.find(after.argb(), before.argb(), change.box);

        assertNotNull(move, "the drag was found");
        assertEquals(11, move.dx());
        assertEquals(5, move.dy());
        assertTrue(detector.placesSearched() * 4 < change.area(), "looked in " + detector.placesSearched()
                + " places for a change of " + change.area() + " pixels");
    }

    @Test
    void aWindowDraggedSidewaysHashesNoRowsAfterItsFirstFrame() {
        DraggedWindowScene scene = new DraggedWindowScene(STILL, 500, 320, 5);
        MoveDetector detector = new MoveDetector(DraggedWindowScene.WIDTH, DraggedWindowScene.HEIGHT);
        Frame before = scene.at(100, 100);
        long hashedInTheFirstFrame = -1;
        for (int step = 1; step <= 12; step++) {
            Frame after = scene.at(100 + 11 * step, 100 + 5 * step);
            Change change = Change.between(before, after);

            MoveDetector.Move move = detector.find(after.argb(), before.argb(), change.box);

            assertNotNull(move, "step " + step);
            assertEquals(11, move.dx(), "step " + step);
            assertEquals(5, move.dy(), "step " + step);
            assertTrue((long) move.w() * move.h() * 2 >= change.area(), "step " + step + ": " + move);
            detector.frameSent(change.rows, change.rowCount);
            if (step == 1) {
                hashedInTheFirstFrame = detector.rowsHashed();
            }
            before = after;
        }
        assertTrue(hashedInTheFirstFrame > 0, "the first frame of the drag looked for a scroll");
        assertEquals(hashedInTheFirstFrame, detector.rowsHashed(), "rows hashed after the first frame of the drag");
    }

    /** The rows that differ between two frames, and the rectangle [x0, y0, x1, y1) around what differs. */
    private record Change(int[] box, int[] rows, int rowCount) {
        static Change between(Frame before, Frame after) {
            int width = after.width();
            int[] rows = new int[after.height()];
            int count = 0;
            int[] box = {width, -1, 0, 0};
            for (int y = 0; y < after.height(); y++) {
                int from = y * width;
                int first = Arrays.mismatch(before.argb(), from, from + width, after.argb(), from, from + width);
                if (first < 0) {
                    continue;
                }
                int last = width - 1;
                while (before.argb()[from + last] == after.argb()[from + last]) {
                    last--;
                }
                rows[count++] = y;
                box = new int[] {Math.min(box[0], first), box[1] < 0 ? y : box[1], Math.max(box[2], last + 1), y + 1};
            }
            return new Change(box, rows, count);
        }

        long area() {
            return (long) (box[2] - box[0]) * (box[3] - box[1]);
        }
    }
}
