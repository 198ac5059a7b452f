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
    private static final int PROBE_ROWS = 9;
    private static final int MAX_CANDIDATES = 4;

    private final int width;
    private final int height;

    MoveDetector(int width, int height) {
        this.width = width;
        this.height = height;
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
        if ((long) (x1 - x0) * (y1 - y0) < MIN_AREA || x1 - x0 < PROBE * 2) {
            return null;
        }
        Move best = null;
        int tried = 0;
        for (int p = 1; p <= PROBE_ROWS && tried < MAX_CANDIDATES; p++) {
            int y = y0 + (y1 - y0) * p / (PROBE_ROWS + 1);
            int x = distinctiveStretch(now, before, y, x0, x1);
            if (x < 0) {
                continue;
            }
            int[] found = search(now, y * width + x, before, x0, y0, x1, y1);
            for (int i = 0; i < found.length && found[i] >= 0 && tried < MAX_CANDIDATES; i++) {
                int fx = found[i] % width;
                int fy = found[i] / width;
                if (fx == x && fy == y) {
                    continue;
                }
                tried++;
                Move move = grow(now, before, x, y, x - fx, y - fy);
                if (move != null && (best == null || (long) move.w * move.h > (long) best.w * best.h)) {
                    best = move;
                }
            }
            if (best != null && (long) best.w * best.h >= (long) (x1 - x0) * (y1 - y0) / 2) {
                break;
            }
        }
        return best != null && (long) best.w * best.h >= MIN_AREA ? best : null;
    }

    /** Where in row y a stretch of {@link #PROBE} new pixels with several colour changes starts, or -1. */
    private int distinctiveStretch(int[] now, int[] before, int y, int x0, int x1) {
        int row = y * width;
        for (int x = x0; x + PROBE <= x1; x += PROBE / 2) {
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

    /** Up to {@link #MAX_CANDIDATES} places in {@code before}, inside the rectangle, holding the probe's pixels. */
    private int[] search(int[] now, int probe, int[] before, int x0, int y0, int x1, int y1) {
        int[] found = new int[MAX_CANDIDATES];
        Arrays.fill(found, -1);
        int count = 0;
        int first = now[probe];
        for (int y = y0; y < y1 && count < found.length; y++) {
            int row = y * width;
            for (int i = row + x0; i <= row + x1 - PROBE; i++) {
                if (before[i] == first && Arrays.mismatch(before, i, i + PROBE, now, probe, probe + PROBE) < 0) {
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
     * The largest rectangle around (x, y), grown row by row, whose pixels all equal those at
     * (-dx, -dy) in {@code before}; null when even the starting row does not match.
     */
    private Move grow(int[] now, int[] before, int x, int y, int dx, int dy) {
        int minX = Math.max(0, dx);
        int maxX = Math.min(width, width + dx);
        int[] span = span(now, before, x, y, dx, dy, minX, maxX);
        if (span == null) {
            return null;
        }
        int lo = span[0];
        int hi = span[1];
        int top = y;
        int bottom = y + 1;
        // Grow down, then up, narrowing to the columns every row so far shares.
        for (int row = y + 1; row < Math.min(height, height + dy); row++) {
            int[] s = span(now, before, x, row, dx, dy, lo, hi);
            if (s == null || (s[1] - s[0]) * 2 < hi - lo) {
                break;
            }
            lo = s[0];
            hi = s[1];
            bottom = row + 1;
        }
        for (int row = y - 1; row >= Math.max(0, dy); row--) {
            int[] s = span(now, before, x, row, dx, dy, lo, hi);
            if (s == null || (s[1] - s[0]) * 2 < hi - lo) {
                break;
            }
            lo = s[0];
            hi = s[1];
            top = row;
        }
        // Rows kept early may be wider than the final columns; the final rectangle uses the narrowest.
        return new Move(lo, top, hi - lo, bottom - top, dx, dy);
    }

    /** The columns [from, to) around x in row y, within [lo, hi), that moved by (dx, dy); null if x did not. */
    private int[] span(int[] now, int[] before, int x, int y, int dx, int dy, int lo, int hi) {
        int row = y * width;
        int source = (y - dy) * width - dx;
        if (now[row + x] != before[source + x]) {
            return null;
        }
        int from = x;
        while (from > lo && now[row + from - 1] == before[source + from - 1]) {
            from--;
        }
        int to = x + 1;
        while (to < hi && now[row + to] == before[source + to]) {
            to++;
        }
        return new int[] {from, to};
    }
}
