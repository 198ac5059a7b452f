package org.tandem.shared.screen;

import java.util.Arrays;

/**
 * Finds a vertical scroll by whole rows: each row of the new frame (across the changed rectangle's
 * columns) is looked up among the old rows by its hash, and each match votes for its offset. Lines
 * of text that look alike (a log, a listing) defeat a search for a few pixels, whose matches fall on
 * the wrong lines or on the rows of one glyph; a whole row rarely repeats, and a scroll moves many.
 */
final class ScrollVotes {
    /** Offsets with the most votes that are tried, at most. */
    static final int ROUNDS = 2;
    /** Rows that agree on a scroll before it is tried. */
    private static final int MIN_VOTES = 3;
    /** An old row found more often than this is ignored when voting for a scroll. */
    private static final int MAX_REPEATS = 8;

    private final int width;
    /**
     * Row hashes of the viewer's picture: those of the new frame's rows hashed for the last frame
     * sent, which is the viewer's picture now. Scrolling the same window again needs only the new
     * frame's rows hashed. A stale hash would only cost a scroll found or not: every move is checked
     * pixel by pixel.
     */
    private final RowHashes known;
    /** The new frame's row hashes, kept by the frame's first search until the frame is sent. */
    private final RowHashes pending;
    private boolean searched;
    /** Rows hashed, for tests. */
    long rowsHashed;

    ScrollVotes(int width, int height) {
        this.width = width;
        this.known = new RowHashes(height);
        this.pending = new RowHashes(height);
    }

    /** The frame is sent: see {@link MoveDetector#frameSent}. */
    void frameSent(int[] dirtyRows, int dirtyCount) {
        known.update(pending, dirtyRows, dirtyCount);
        pending.x0 = -1;
        searched = false;
    }

    /**
     * The vertical scrolls inside the changed rectangle [x0, y0, x1, y1) with the most votes, at most
     * {@link #ROUNDS}: each written to {@code out} as a row that moved and its offset dy, that row
     * checked pixel by pixel.
     *
     * @return the ints written
     */
    int offsets(int[] now, int[] before, int x0, int y0, int x1, int y1, int[] out) {
        int rows = y1 - y0;
        long[] old = new long[rows];
        int kept = 0;
        // Only the frame's first search sees the viewer's picture as it was sent: later ones follow a copy.
        boolean first = !searched;
        searched = true;
        boolean reuse = first && known.x0 == x0 && known.x1 == x1;
        for (int y = y0; y < y1; y++) {
            int hash = reuse && known.valid[y] ? known.hash[y] : hashRow(before, y, x0, x1);
            if (hash != 0) {
                old[kept++] = (long) hash << 32 | y;
            }
        }
        if (kept == 0) {
            return 0;
        }
        Arrays.sort(old, 0, kept);
        int[] votes = new int[2 * rows + 1];
        int[] voter = new int[2 * rows + 1];
        if (first) {
            pending.x0 = x0;
            pending.x1 = x1;
            pending.y0 = y0;
            pending.y1 = y1;
        }
        for (int y = y0; y < y1; y++) {
            int hash = hashRow(now, y, x0, x1);
            if (first) {
                pending.hash[y] = hash;
            }
            if (hash == 0) {
                continue;
            }
            long key = (long) hash << 32;
            int at = lowerBound(old, kept, key);
            int end = at;
            while (end < kept && (old[end] & 0xFFFFFFFF00000000L) == key) {
                end++;
            }
            if (end - at > MAX_REPEATS) {
                continue; // a row that repeats this often says nothing about where it came from
            }
            for (int i = at; i < end; i++) {
                int dy = y - (int) old[i];
                if (dy != 0) {
                    votes[dy + rows]++;
                    voter[dy + rows] = y;
                }
            }
        }
        int written = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int top = 0;
            for (int i = 1; i < votes.length; i++) {
                if (votes[i] > votes[top]) {
                    top = i;
                }
            }
            if (votes[top] < MIN_VOTES) {
                break;
            }
            votes[top] = 0;
            int y = voter[top];
            int dy = top - rows;
            int from = y * width + x0;
            if (Arrays.equals(now, from, from + x1 - x0, before, from - dy * width, from - dy * width + x1 - x0)) {
                out[written++] = y;
                out[written++] = dy;
            }
        }
        return written;
    }

    private int hashRow(int[] pixels, int y, int x0, int x1) {
        rowsHashed++;
        return rowHash(pixels, y * width + x0, x1 - x0);
    }

    /**
     * A hash of a row's pixels, or 0 for a row of one colour (which says nothing about where it came
     * from; the rare other row hashing to 0 is only left out of the vote). Four interleaved sums, so
     * the processor need not wait for each multiplication before the next.
     */
    private static int rowHash(int[] pixels, int from, int count) {
        int first = pixels[from];
        int differs = 0;
        int h0 = 1;
        int h1 = 3;
        int h2 = 5;
        int h3 = 7;
        int i = from;
        int end = from + count;
        for (; i + 4 <= end; i += 4) {
            int a = pixels[i];
            int b = pixels[i + 1];
            int c = pixels[i + 2];
            int d = pixels[i + 3];
            differs |= (a ^ first) | (b ^ first) | (c ^ first) | (d ^ first);
            h0 = 31 * h0 + a;
            h1 = 31 * h1 + b;
            h2 = 31 * h2 + c;
            h3 = 31 * h3 + d;
        }
        for (; i < end; i++) {
            differs |= pixels[i] ^ first;
            h0 = 37 * h0 + pixels[i];
        }
        return differs == 0 ? 0 : ((h0 * 31 + h1) * 31 + h2) * 31 + h3;
    }

    /** The first index of the sorted {@code keys[0..count)} not below {@code key}. */
    private static int lowerBound(long[] keys, int count, long key) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
