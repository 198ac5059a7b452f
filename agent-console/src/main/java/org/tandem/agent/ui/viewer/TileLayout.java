package org.tandem.agent.ui.viewer;

/**
 * The customer's screen cut into square tiles, each shown by its own image, so that a change
 * re-uploads and repaints only the tiles it touches instead of the whole screen. Each tile reaches
 * {@value #OVERLAP} pixels into its right and lower neighbours, which are drawn over it: where the
 * scene graph scales the picture, a tile's edge is smoothed over a device pixel or two, and what
 * shows through it must be the same picture, not the background. At a scale of s the overlap covers
 * {@code OVERLAP × s} device pixels; one pixel of overlap let a grey grid through at Fit's usual
 * third of the size, eight hide it down to a fifth.
 */
public final class TileLayout {
    /** Pixels each tile reaches into its right and lower neighbours. */
    public static final int OVERLAP = 8;

    /** One tile: its place on the screen and its size, overlap included. */
    public record Tile(int index, int x, int y, int width, int height) {}

    /** Receives the part of a change that falls on one tile, in screen coordinates. */
    @FunctionalInterface
    public interface PartSink {
        void part(Tile tile, int x, int y, int width, int height);
    }

    private final int width;
    private final int height;
    private final int size;
    private final int columns;
    private final int rows;

    public TileLayout(int width, int height, int size) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a screen of " + width + "×" + height + " pixels");
        }
        if (size < 16) {
            throw new IllegalArgumentException("tiles of " + size + " pixels");
        }
        this.width = width;
        this.height = height;
        this.size = size;
        this.columns = (width + size - 1) / size;
        this.rows = (height + size - 1) / size;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public int count() {
        return columns * rows;
    }

    public Tile tile(int index) {
        int x = (index % columns) * size;
        int y = (index / columns) * size;
        return new Tile(index, x, y, Math.min(size + OVERLAP, width - x), Math.min(size + OVERLAP, height - y));
    }

    /** Hands each tile's part of this rectangle to {@code sink}, row by row; nothing outside the screen. */
    public void forEachPart(int x, int y, int w, int h, PartSink sink) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w);
        int y1 = Math.min(height, y + h);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        // A tile starting at column c * size reaches column c * size + size + OVERLAP - 1.
        int firstColumn = Math.max(0, Math.floorDiv(x0 - OVERLAP, size));
        int lastColumn = Math.min(columns - 1, (x1 - 1) / size);
        int firstRow = Math.max(0, Math.floorDiv(y0 - OVERLAP, size));
        int lastRow = Math.min(rows - 1, (y1 - 1) / size);
        for (int row = firstRow; row <= lastRow; row++) {
            for (int column = firstColumn; column <= lastColumn; column++) {
                Tile tile = tile(row * columns + column);
                int px0 = Math.max(x0, tile.x());
                int py0 = Math.max(y0, tile.y());
                int px1 = Math.min(x1, tile.x() + tile.width());
                int py1 = Math.min(y1, tile.y() + tile.height());
                if (px0 < px1 && py0 < py1) {
                    sink.part(tile, px0, py0, px1 - px0, py1 - py0);
                }
            }
        }
    }
}
