package org.tandem.shared.screen;

import java.util.Arrays;

/**
 * Writes one rectangle of a picture in the most compact lossless kind its colours allow: solid,
 * two-colour bitmap, palette with runs, or full colour. The palette is sorted, so the same colours
 * get the same indices in every rectangle and repeated content repeats byte for byte.
 */
final class RectPacker {
    static final int MAX_PALETTE = 127;
    /** Header of every rectangle: u8 kind, u16 x, u16 y, u16 width, u16 height. */
    static final int HEADER = 9;

    private final int[] palette = new int[MAX_PALETTE + 1];

    /** The most bytes {@link #pack} writes for a rectangle of this many pixels. */
    static int maxBytes(int pixels) {
        return HEADER + 1 + 3 * MAX_PALETTE + Math.max(3 * pixels, 2 * pixels);
    }

    static void header(ByteSink out, RectKind kind, int x, int y, int w, int h) {
        out.u8(kind.code());
        out.u16(x);
        out.u16(y);
        out.u16(w);
        out.u16(h);
    }

    /**
     * Where the strip of rows beginning at row {@code y} of columns [x, x + w) ends (exclusive, at
     * most {@code bottom}): either rows that each hold one and the same colour, or rows that each hold
     * more than one. The gaps between lines of text are the first kind, the lines the second, so a
     * tile cut into its strips sends each line of text apart, where column order groups its glyphs.
     */
    static int stripEnd(int[] argb, int stride, int x, int y, int w, int bottom) {
        int colour = argb[y * stride + x];
        boolean solid = isOneColour(argb, y * stride + x, w, colour);
        int row = y + 1;
        while (row < bottom) {
            int from = row * stride + x;
            boolean rowSolid = isOneColour(argb, from, w, argb[from]);
            if (rowSolid != solid || solid && argb[from] != colour) {
                break;
            }
            row++;
        }
        return row;
    }

    private static boolean isOneColour(int[] argb, int from, int w, int colour) {
        for (int i = from + 1; i < from + w; i++) {
            if (argb[i] != colour) {
                return false;
            }
        }
        return true;
    }

    void pack(int[] argb, int stride, int x, int y, int w, int h, ByteSink out) {
        int colours = countColours(argb, stride, x, y, w, h);
        if (colours > 1 && colours <= MAX_PALETTE) {
            Arrays.sort(palette, 0, colours);
        }
        if (colours == 1) {
            header(out, RectKind.SOLID, x, y, w, h);
            out.rgb(palette[0]);
        } else if (colours == 2) {
            bitmap(argb, stride, x, y, w, h, out);
        } else if (colours <= MAX_PALETTE) {
            paletteRuns(argb, stride, x, y, w, h, colours, out);
        } else {
            raw(argb, stride, x, y, w, h, out);
        }
    }

    /** Distinct colours of the rectangle, up to one more than the palette holds; they are left in {@code palette}. */
    int countColours(int[] argb, int stride, int x, int y, int w, int h) {
        int count = 0;
        int last = 0;
        for (int row = y; row < y + h; row++) {
            int offset = row * stride + x;
            for (int i = offset; i < offset + w; i++) {
                int p = argb[i];
                if (count > 0 && p == last) {
                    continue;
                }
                last = p;
                if (indexOf(p, count) < 0) {
                    palette[count++] = p;
                    if (count > MAX_PALETTE) {
                        return count;
                    }
                }
            }
        }
        return count;
    }

    private int indexOf(int colour, int count) {
        for (int i = 0; i < count; i++) {
            if (palette[i] == colour) {
                return i;
            }
        }
        return -1;
    }

    private void bitmap(int[] argb, int stride, int x, int y, int w, int h, ByteSink out) {
        header(out, RectKind.BITMAP, x, y, w, h);
        int background = palette[0];
        out.rgb(background);
        out.rgb(palette[1]);
        int rowBytes = (w + 7) >>> 3;
        int at = out.reserve(rowBytes * h);
        byte[] bytes = out.array();
        for (int row = 0; row < h; row++) {
            int offset = (y + row) * stride + x;
            int base = at + row * rowBytes;
            for (int b = 0; b < rowBytes; b++) {
                bytes[base + b] = 0;
            }
            for (int col = 0; col < w; col++) {
                if (argb[offset + col] != background) {
                    bytes[base + (col >>> 3)] |= (byte) (0x80 >>> (col & 7));
                }
            }
        }
    }

    private void paletteRuns(int[] argb, int stride, int x, int y, int w, int h, int colours, ByteSink out) {
        header(out, RectKind.PALETTE_COLUMNS, x, y, w, h);
        out.u8(colours);
        for (int i = 0; i < colours; i++) {
            out.rgb(palette[i]);
        }
        int runColour = argb[y * stride + x];
        int runIndex = indexOf(runColour, colours);
        int run = 0;
        for (int col = x; col < x + w; col++) {
            for (int i = y * stride + col; i < (y + h) * stride; i += stride) {
                int p = argb[i];
                if (p == runColour) {
                    run++;
                    continue;
                }
                run(out, runIndex, run);
                runColour = p;
                runIndex = indexOf(p, colours);
                run = 1;
            }
        }
        run(out, runIndex, run);
    }

    private static void run(ByteSink out, int index, int length) {
        if (length == 1) {
            out.u8(index);
            return;
        }
        out.u8(index | 0x80);
        int rest = length - 1;
        while (rest >= 255) {
            out.u8(255);
            rest -= 255;
        }
        out.u8(rest);
    }

    private static void raw(int[] argb, int stride, int x, int y, int w, int h, ByteSink out) {
        header(out, RectKind.RAW, x, y, w, h);
        int at = out.reserve(w * h * 3);
        byte[] bytes = out.array();
        for (int row = y; row < y + h; row++) {
            int offset = row * stride + x;
            int left = 0;
            for (int i = offset; i < offset + w; i++) {
                int p = argb[i];
                bytes[at++] = (byte) ((p >>> 16) - (left >>> 16));
                bytes[at++] = (byte) ((p >>> 8) - (left >>> 8));
                bytes[at++] = (byte) (p - left);
                left = p;
            }
        }
    }
}
