package org.tandem.shared.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.shared.screen.workload.ScreenWorkload;

/** The row hashes of a frame sent serve the next frame's search, which then finds the same moves. */
class RowHashReuseTest {

    @ParameterizedTest
    @ValueSource(strings = {"pager", "scrolling", "dragging", "typing"})
    void aDetectorThatKeepsRowHashesFindsTheSameMovesHashingFewerRows(String name) {
        ScreenWorkload workload = ScreenWorkload.create(name, 1920, 1080, 7);
        MoveDetector keeping = new MoveDetector(1920, 1080);
        long freshRows = 0;
        int searched = 0;
        Frame before = workload.first();
        while (workload.hasNext()) {
            Frame after = workload.next();
            int[] dirty = new int[after.height()];
            int dirtyCount = 0;
            int[] changed = {after.width(), -1, 0, 0};
            for (int y = 0; y < after.height(); y++) {
                int from = y * after.width();
                int first = Arrays.mismatch(before.argb(), from, from + after.width(), after.argb(), from, from + after.width());
                if (first >= 0) {
                    dirty[dirtyCount++] = y;
                    int last = after.width() - 1;
                    while (before.argb()[from + last] == after.argb()[from + last]) {
                        last--;
                    }
                    changed = new int[] {Math.min(changed[0], first), changed[1] < 0 ? y : changed[1],
                            Math.max(changed[2], last + 1), y + 1};
                }
            }
            if (dirtyCount > 0) {
                MoveDetector fresh = new MoveDetector(1920, 1080);
                assertEquals(fresh.find(after.argb(), before.argb(), changed), keeping.find(after.argb(), before.argb(), changed),
                        name + " frame " + searched);
                freshRows += fresh.rowsHashed();
                searched++;
            }
            keeping.frameSent(dirty, dirtyCount);
            before = after;
        }
        if (!name.equals("typing")) { // a typed character changes too little to be searched
            assertTrue(freshRows > 0, "the workload was searched");
        }
        if (name.equals("pager") || name.equals("scrolling")) { // the same window, again and again
            assertTrue(keeping.rowsHashed() * 4 < freshRows * 3,
                    "hashed " + keeping.rowsHashed() + " rows, against " + freshRows + " without the kept hashes");
        }
    }
}
