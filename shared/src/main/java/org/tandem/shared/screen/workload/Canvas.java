package org.tandem.shared.screen.workload;

import java.util.Arrays;
import org.tandem.shared.screen.Frame;

/** A picture being drawn: opaque ARGB pixels, row by row, with the few drawing steps a desktop needs. */
final class Canvas {
    final int width;
    final int height;
    final int[] pixels;

    Canvas(int width, int height) {
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
    }

    /** Fills a rectangle, clipped to the canvas. */
    void fill(int x, int y, int w, int h, int rgb) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w);
        int y1 = Math.min(height, y + h);
        for (int row = y0; row < y1; row++) {
            Arrays.fill(pixels, row * width + x0, row * width + Math.max(x0, x1), 0xFF000000 | rgb);
        }
    }

    /** Copies a rectangle of another canvas here, clipped to this canvas. */
    void blit(Canvas source, int sx, int sy, int w, int h, int dx, int dy) {
        for (int row = 0; row < h; row++) {
            int ty = dy + row;
            if (ty < 0 || ty >= height) {
                continue;
            }
            int x0 = Math.max(0, dx);
            int x1 = Math.min(width, dx + w);
            if (x1 > x0) {
                System.arraycopy(source.pixels, (sy + row) * source.width + sx + (x0 - dx), pixels, ty * width + x0, x1 - x0);
            }
        }
    }

    /** Moves a rectangle of this canvas by whole rows (a scroll inside a window). */
    void scrollUp(int x, int y, int w, int h, int rows) {
        for (int row = y; row < y + h - rows; row++) {
            System.arraycopy(pixels, (row + rows) * width + x, pixels, row * width + x, w);
        }
    }

    Frame snapshot() {
        return new Frame(width, height, pixels.clone());
    }
}
