package org.tandem.shared.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What copies drew over, kept by both halves of the codec alike, so that what a dragged window
 * uncovers again can be sent as "what was here before" ({@link RectKind#RESTORE}) instead of its
 * pixels. Before a copy is drawn, the pixels of its target that lie outside its source are kept here
 * at their own places: the part of another window or of the desktop that the moved content now
 * covers (inside the source, the moved content only covers itself). Later copies keep what they
 * cover in turn; nothing else changes what is kept.
 *
 * <p>Both halves apply the same rule to the same picture (the encoder to its copy of the viewer's
 * picture), so they hold the same pixels; the encoder sends a restore only where the new frame
 * equals what is kept, so a restore is as exact as any other rectangle. A new stream starts with
 * black kept everywhere. Where the viewer's picture is not exact (lossy regions) the two halves
 * would keep different pixels, so the encoder does not restore in a stream that had any.
 */
final class CoveredPixels {
    private static final int BLACK = 0xFF000000;
    /** Shortest stretch of a row worth restoring. */
    static final int MIN_RUN = 16;
    /**
     * Fewest rows worth restoring: what a window uncovers is a band a drag step high or wider; a row
     * or two alike by chance (lines of text a scroll covered) would only cut the strips around them.
     */
    static final int MIN_ROWS = 4;
    /** Smallest rectangle worth restoring: a restore is a rectangle's header, 9 bytes before compression. */
    static final int MIN_AREA = 256;

    private final int width;
    private final int height;
    /** The kept pixels, row by row; null while all are black. */
    private int[] kept;

    CoveredPixels(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Forgets everything kept. */
    void clear() {
        kept = null;
    }

    /**
     * Keeps the pixels of {@code picture} that a copy of the {@code w}×{@code h} rectangle at
     * ({@code sx}, {@code sy}) to ({@code x}, {@code y}) is about to draw over, outside its source.
     */
    void covering(int[] picture, int sx, int sy, int x, int y, int w, int h) {
        if (kept == null) {
            kept = new int[width * height];
            Arrays.fill(kept, BLACK);
        }
        // The rows and columns of the target that the source overlaps; empty when they do not meet.
        int top = Math.max(y, sy);
        int bottom = Math.min(y + h, sy + h);
        int left = Math.max(x, sx);
        int right = Math.min(x + w, sx + w);
        boolean meet = top < bottom && left < right;
        for (int row = y; row < y + h; row++) {
            int from = row * width;
            if (!meet || row < top || row >= bottom) {
                System.arraycopy(picture, from + x, kept, from + x, w);
                continue;
            }
            System.arraycopy(picture, from + x, kept, from + x, left - x);
            System.arraycopy(picture, from + right, kept, from + right, x + w - right);
        }
    }

    /**
     * The rectangles, each {x, y, w, h}, in which {@code now} equals what is kept and somewhere differs
     * from the viewer's {@code picture}: what a moved window uncovered again. Only the columns
     * [x0, x1) of the rows {@code rows[0..count)} (in order) are looked at; a stretch of a row
     * shorter than {@link #MIN_RUN}, or a rectangle of fewer than {@link #MIN_ROWS} rows or
     * {@link #MIN_AREA} pixels, is left to be sent.
     */
    List<int[]> uncovered(int[] now, int[] picture, int[] rows, int count, int x0, int x1) {
        List<int[]> found = new ArrayList<>();
        if (kept == null) {
            return found;
        }
        List<int[]> open = new ArrayList<>(); // {x, top, x1, bottom}, still growing down
        List<int[]> next = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int y = rows[i];
            int row = y * width;
            next.clear();
            int x = x0;
            while (x < x1) {
                while (x < x1 && now[row + x] != kept[row + x]) {
                    x++;
                }
                int start = x;
                while (x < x1 && now[row + x] == kept[row + x]) {
                    x++;
                }
                if (x - start < MIN_RUN || Arrays.mismatch(now, row + start, row + x, picture, row + start, row + x) < 0) {
                    continue;
                }
                int[] run = null;
                for (int[] o : open) {
                    if (o[0] == start && o[2] == x && o[3] == y) {
                        run = o;
                        break;
                    }
                }
                if (run == null) {
                    run = new int[] {start, y, x, y};
                } else {
                    open.remove(run);
                }
                run[3] = y + 1;
                next.add(run);
            }
            close(open, found);
            open.addAll(next);
        }
        close(open, found);
        return found;
    }

    private static void close(List<int[]> open, List<int[]> found) {
        for (int[] o : open) {
            if (o[3] - o[1] >= MIN_ROWS && (long) (o[2] - o[0]) * (o[3] - o[1]) >= MIN_AREA) {
                found.add(new int[] {o[0], o[1], o[2] - o[0], o[3] - o[1]});
            }
        }
        open.clear();
    }

    /** Draws what is kept in the rectangle onto {@code picture} (black where no copy covered anything). */
    void restore(int[] picture, int x, int y, int w, int h) {
        for (int row = y; row < y + h; row++) {
            int from = row * width + x;
            if (kept == null) {
                Arrays.fill(picture, from, from + w, BLACK);
            } else {
                System.arraycopy(kept, from, picture, from, w);
            }
        }
    }
}
