package org.tandem.shared.screen;

import java.util.Arrays;

/** Hashes of a picture's rows across the columns [x0, x1), where {@code valid}; rows y0..y1 were the last hashed. */
final class RowHashes {
    final int[] hash;
    final boolean[] valid;
    /** -1 while no columns were hashed. */
    int x0 = -1;
    int x1;
    int y0;
    int y1;

    RowHashes(int height) {
        hash = new int[height];
        valid = new boolean[height];
    }

    /**
     * The picture these hashes are of became the one {@code fresh} hashed, except for the rows
     * {@code changedRows[0..changedCount)} wherever {@code fresh} did not hash them.
     */
    void update(RowHashes fresh, int[] changedRows, int changedCount) {
        for (int i = 0; i < changedCount; i++) {
            valid[changedRows[i]] = false;
        }
        if (fresh.x0 < 0) {
            return;
        }
        if (fresh.x0 != x0 || fresh.x1 != x1) {
            Arrays.fill(valid, false);
            x0 = fresh.x0;
            x1 = fresh.x1;
        }
        for (int y = fresh.y0; y < fresh.y1; y++) {
            hash[y] = fresh.hash[y];
            valid[y] = true;
        }
    }
}
