package org.tandem.shared.screen;

import java.util.Arrays;

/**
 * Finds content that moved between the viewer's picture and the new frame (a scroll, a dragged
 * window), so it can be sent as a copy instead of pixels. It looks only inside the area that changed:
 * a few distinctive stretches of new pixels are searched for in the old picture, each place found
 * suggests a move, and the largest rectangle in which every pixel moved exactly that way is taken.
 */
final class MoveDetector {
    /** A rectangle {@code x, y, w, h} whose pixels are those at {@code x - dx, y - dy} in the old picture. */
    record Move(int x, int y, int w, int h, int dx, int dy) {
        int sourceX() {
            return x - dx;
        }

        int sourceY() {
            return y - dy;
        }
    }

    /** Changed areas smaller than this are not worth searching. */
    static final int MIN_AREA = 64 * 64 * 2;
    private static final int PROBE = 24;
    private static final int LONG_PROBE = 64;
    /** Probes found nowhere in the old picture before the search gives up. */
    private static final int MAX_FRUITLESS = 3;
    /** How far outside the changed rectangle a probe's source is looked for. */
    private static final int MARGIN = 64;
    private static final int PROBE_ROWS = 9;
    /** Rectangles grown per frame, at most. */
    private static final int MAX_CANDIDATES = 8;
    /**
     * Places a probe is looked for, at most: a match of up to {@link #LONG_PROBE} pixels is rarely
     * anywhere but where the pixels came from, so the search stops early.
     */
    private static final int MAX_HITS = 3;

    private final int width;
    private final int height;
    /** The rows' hashes, which find a vertical scroll by whole rows. */
    private final ScrollVotes votes;
    /** Scratch of {@link #grow}: three ints per width met below and above the starting row. */
    private final int[] down;
    private final int[] up;
    /** Whether the last move found was sideways (a dragged window), not a vertical scroll. */
    private boolean sideways;
    private long placesSearched;

    MoveDetector(int width, int height) {
        this.width = width;
        this.height = height;
        this.votes = new ScrollVotes(width, height);
        this.down = new int[3 * (height + 1)];
        this.up = new int[3 * (height + 1)];
    }

    /** Rows hashed so far, for tests. */
    long rowsHashed() {
        return votes.rowsHashed;
    }

    /** Places in old pictures a probe was looked for so far, for tests. */
    long placesSearched() {
        return placesSearched;
    }

    /**
     * The frame is sent: the viewer's picture is now the frame searched in, except for the rows
     * {@code dirtyRows[0..dirtyCount)} wherever they were not hashed.
     */
    void frameSent(int[] dirtyRows, int dirtyCount) {
        votes.frameSent(dirtyRows, dirtyCount);
    }

    /**
     * The biggest move from {@code before} to {@code now} inside the changed rectangle
     * {@code changed = [x0, y0, x1, y1)}, or null when none covers at least {@link #MIN_AREA} pixels.
     */
    Move find(int[] now, int[] before, int[] changed) {
        int x0 = changed[0];
        int y0 = changed[1];
        int x1 = changed[2];
        int y1 = changed[3];
        long area = (long) (x1 - x0) * (y1 - y0);
        if (area < MIN_AREA || x1 - x0 < PROBE * 2) {
            return null;
        }
        // While a window is dragged sideways, the last frame's copy was found by probes and this one will
        // be too: the rows' hashes, which find only vertical scrolls, are taken after the probes, and only
        // when those leave most of the change.
        boolean scrollFirst = !sideways;
        Move best = scrollFirst ? scroll(now, before, x0, y0, x1, y1) : null;
        if (best != null && (long) best.w * best.h * 2 >= area) {
            return best;
        }
        long[] tried = new long[MAX_CANDIDATES];
        Move[] grown = new Move[MAX_CANDIDATES];
        int count = 0;
        int fruitless = 0;
        // Columns around each probe found nowhere: what a moved window uncovered, or new content.
        // Later probes look elsewhere, or a strip uncovered beside a window with a plain inside
        // (its only distinctive new pixels) would use up every probe.
        int[] barren = new int[2 * MAX_FRUITLESS];
        for (int p = 0; p < PROBE_ROWS && count < MAX_CANDIDATES && fruitless < MAX_FRUITLESS; p++) {
            // The first place with distinctive new pixels in this band of rows, from its middle row
            // down and then from its top: in a window that is mostly empty a fixed row would fall on
            // nothing but its background, and the band's first rows are where a window moved down
            // uncovered what lay above it.
            int start = y0 + (y1 - y0) * p / PROBE_ROWS;
            int end = y0 + (y1 - y0) * (p + 1) / PROBE_ROWS;
            int middle = (start + end) / 2;
            int y = middle;
            int x = -1;
            int[] found = null;
            for (int i = 0; i < end - start && fruitless < MAX_FRUITLESS; ) {
                y = middle + i < end ? middle + i : start + (middle + i - end);
                x = distinctiveStretch(now, before, y, x0, x1, barren, fruitless);
                if (x < 0) {
                    i++;
                    continue;
                }
                // The source may lie a little outside the changed rectangle: a window moving right has
                // new background at its left, and a probe there came from left of the rectangle.
                found = search(now, y * width + x, x1, before, Math.max(0, x0 - MARGIN), Math.max(0, y0 - MARGIN),
                        Math.min(width, x1 + MARGIN), Math.min(height, y1 + MARGIN), 1);
                if (found[0] >= 0) {
                    break;
                }
                barren[2 * fruitless] = x - 2 * PROBE;
                barren[2 * fruitless + 1] = x + 2 * PROBE;
                fruitless++;
                found = null;
            }
            if (found == null) {
                continue;
            }
            // The place nearest the probe's row first: for a window dragged it is where the pixels came
            // from, and the rest of the rectangle need not be searched. Only when its copy leaves much of
            // the change are the other places (up to MAX_HITS) looked for and grown.
            for (int round = 0; round < 2 && count < MAX_CANDIDATES; round++) {
                if (round == 1) {
                    if (best != null && (long) best.w * best.h * 4 >= area * 3) {
                        break;
                    }
                    found = search(now, y * width + x, x1, before, Math.max(0, x0 - MARGIN), Math.max(0, y0 - MARGIN),
                            Math.min(width, x1 + MARGIN), Math.min(height, y1 + MARGIN), MAX_HITS);
                }
                for (int hit = 0; hit < found.length && found[hit] >= 0 && count < MAX_CANDIDATES; hit++) {
                    int dx = x - found[hit] % width;
                    int dy = y - found[hit] / width;
                    long offset = (long) dx << 32 | (dy & 0xFFFFFFFFL);
                    if ((dx == 0 && dy == 0) || grownAround(tried, grown, count, offset, x, y)) {
                        continue;
                    }
                    tried[count] = offset;
                    grown[count] = grow(now, before, x, y, dx, dy, changed);
                    best = larger(best, grown[count++]);
                }
            }
            // Enough once most of the change is one copy; a half, as a window whose title changed
            // besides moving leaves it, is worth more probes.
            if (best != null && (long) best.w * best.h * 4 >= area * 3) {
                break;
            }
        }
        if (!scrollFirst && (best == null || (long) best.w * best.h * 2 < area)) {
            best = larger(best, scroll(now, before, x0, y0, x1, y1));
        }
        best = best != null && (long) best.w * best.h >= MIN_AREA ? best : null;
        if (best != null) {
            sideways = best.dx != 0;
        }
        return best;
    }

    /** The larger of the rectangles grown from the vertical scrolls the rows' hashes vote for. */
    private Move scroll(int[] now, int[] before, int x0, int y0, int x1, int y1) {
        int[] found = new int[2 * ScrollVotes.ROUNDS];
        int count = votes.offsets(now, before, x0, y0, x1, y1, found);
        Move best = null;
        for (int i = 0; i < count; i += 2) {
            best = larger(best, grow(now, before, (x0 + x1) / 2, found[i], 0, found[i + 1], new int[] {x0, y0, x1, y1}));
        }
        return best;
    }

    /**
     * Whether a rectangle was grown already for this offset through the probe at (x, y). Another probe
     * with the same offset elsewhere is grown again: a row that changed besides moving (a cursor, a
     * title repainted) cuts the rectangle through its own probe, not one through rows below it.
     */
    private static boolean grownAround(long[] offsets, Move[] grown, int count, long offset, int x, int y) {
        for (int i = 0; i < count; i++) {
            Move m = grown[i];
            if (offsets[i] == offset && m != null && x >= m.x && x < m.x + m.w && y >= m.y && y < m.y + m.h) {
                return true;
            }
        }
        return false;
    }

    private static Move larger(Move a, Move b) {
        if (b == null) {
            return a;
        }
        return a == null || (long) b.w * b.h > (long) a.w * a.h ? b : a;
    }

    /**
     * Where in row y a stretch of {@link #PROBE} new pixels with several colour changes starts, or -1;
     * none starts inside the first {@code barrenCount} column ranges of {@code barren}.
     */
    private int distinctiveStretch(int[] now, int[] before, int y, int x0, int x1, int[] barren, int barrenCount) {
        int row = y * width;
        next:
        for (int x = x0; x + PROBE <= x1; x += PROBE / 2) {
            for (int i = 0; i < barrenCount; i++) {
                if (x > barren[2 * i] && x < barren[2 * i + 1]) {
                    continue next;
                }
            }
            int from = row + x;
            if (Arrays.mismatch(now, from, from + PROBE, before, from, from + PROBE) < 0) {
                continue;
            }
            int changes = 0;
            for (int i = from + 1; i < from + PROBE; i++) {
                if (now[i] != now[i - 1]) {
                    changes++;
                }
            }
            if (changes >= 6) {
                return x;
            }
        }
        return -1;
    }

    /**
     * Up to {@code hits} places in {@code before}, inside the rectangle and nearest the probe's row
     * first, holding the probe's pixels
     * (and those after them, up to {@link #LONG_PROBE} and the changed rectangle's right edge {@code probeRight}).
     */
    private int[] search(int[] now, int probe, int probeRight, int[] before, int x0, int y0, int x1, int y1,
            int hits) {
        int[] found = new int[hits];
        Arrays.fill(found, -1);
        int count = 0;
        int first = now[probe];
        int last = now[probe + PROBE - 1];
        int probeEnd = probe - probe % width + probeRight; // the changed rectangle's right edge in the probe's row
        // The rows nearest the probe's first: content that repeats down a column (a window's striped
        // edge) matches at many heights, and a window dragged moves a little from one frame to the next.
        int probeRow = probe / width;
        int reach = Math.max(probeRow - y0, y1 - 1 - probeRow);
        for (int d = 0; d <= 2 * reach && count < found.length; d++) {
            int y = probeRow + ((d & 1) == 0 ? d / 2 : -(d + 1) / 2);
            if (y < y0 || y >= y1) {
                continue;
            }
            int row = y * width;
            placesSearched += x1 - PROBE + 1 - x0;
            for (int i = row + x0; i <= row + x1 - PROBE; i++) {
                // The probe's pixels, and as many after them as both rows have up to LONG_PROBE: a short
                // stretch of text is found in many places, a longer one rarely but where it came from.
                int length = Math.min(LONG_PROBE, Math.min(probeEnd - probe, row + x1 - i));
                if (before[i] == first && before[i + PROBE - 1] == last
                        && Arrays.mismatch(before, i, i + length, now, probe, probe + length) < 0) {
                    found[count++] = i;
                    if (count == found.length) {
                        break;
                    }
                }
            }
        }
        return found;
    }

    /**
     * The largest rectangle through row y and column x, inside the changed rectangle
     * {@code within = [x0, y0, x1, y1)}, whose pixels all equal those at (-dx, -dy) in {@code before};
     * null when even the starting pixel does not match. Nothing outside the changed rectangle differs
     * from the viewer's picture, so a copy there would only make the viewer redraw what it shows: a
     * terminal scrolled on a plain background would otherwise move the background beside it too.
     *
     * <p>The rows below and above are followed as far as column x still moved, each narrowing the
     * columns all rows so far share; then of every pair of a lowest and a highest row, the pair whose
     * rectangle is largest is taken. Growing greedily instead (taking each row while it keeps half the
     * width) let a window dragged over a plain desktop take the desktop's rows above and below it and
     * lose its own columns where another window begins.
     */
    private Move grow(int[] now, int[] before, int x, int y, int dx, int dy, int[] within) {
        int minX = Math.max(Math.max(0, dx), within[0]);
        int maxX = Math.min(Math.min(width, width + dx), within[2]);
        int minY = Math.max(Math.max(0, dy), within[1]);
        int maxY = Math.min(Math.min(height, height + dy), within[3]);
        if (x < minX || x >= maxX || y < minY || y >= maxY) {
            return null;
        }
        int[] span = span(now, before, x, y, dx, dy, minX, maxX);
        if (span == null) {
            return null;
        }
        int downs = follow(now, before, x, y, dx, dy, span, 1, maxY, down);
        int ups = follow(now, before, x, y, dx, dy, span, -1, minY - 1, up);
        long bestArea = -1;
        Move best = null;
        for (int d = 0; d < downs; d += 3) {
            for (int u = 0; u < ups; u += 3) {
                int lo = Math.max(down[d + 1], up[u + 1]);
                int hi = Math.min(down[d + 2], up[u + 2]);
                long area = (long) (hi - lo) * (down[d] - up[u]);
                if (area > bestArea) {
                    bestArea = area;
                    best = new Move(lo, up[u], hi - lo, down[d] - up[u], dx, dy);
                }
            }
        }
        return best;
    }

    /**
     * Follows the rows from y in direction {@code step} (1 down, -1 up) up to {@code stop}
     * (exclusive), narrowing {@code span} to the columns every row so far moved in; writes into
     * {@code out} one entry of three ints for each width met: the row bound (the bottom, exclusive,
     * going down; the top going up) the farthest it holds to, and its columns [lo, hi).
     *
     * @return the ints written
     */
    private int follow(int[] now, int[] before, int x, int y, int dx, int dy, int[] span, int step, int stop,
            int[] out) {
        int lo = span[0];
        int hi = span[1];
        int bound = step > 0 ? y + 1 : y;
        int written = 0;
        for (int row = y + step; row != stop; row += step) {
            int[] s = span(now, before, x, row, dx, dy, lo, hi);
            if (s == null) {
                break;
            }
            if (s[0] != lo || s[1] != hi) {
                written = entry(out, written, bound, lo, hi);
                lo = s[0];
                hi = s[1];
            }
            bound = step > 0 ? row + 1 : row;
        }
        return entry(out, written, bound, lo, hi);
    }

    private static int entry(int[] out, int at, int bound, int lo, int hi) {
        out[at] = bound;
        out[at + 1] = lo;
        out[at + 2] = hi;
        return at + 3;
    }

    /** The columns [from, to) around x in row y, within [lo, hi), that moved by (dx, dy); null if x did not. */
    private int[] span(int[] now, int[] before, int x, int y, int dx, int dy, int lo, int hi) {
        int row = y * width;
        int source = (y - dy) * width - dx;
        if (now[row + x] != before[source + x]) {
            return null;
        }
        int from = x - PixelRuns.equalSuffix(now, row + lo, before, source + lo, x - lo);
        int differs = x + 1 >= hi ? -1 : Arrays.mismatch(now, row + x + 1, row + hi, before, source + x + 1, source + hi);
        int to = differs < 0 ? hi : x + 1 + differs;
        return new int[] {from, to};
    }
}
