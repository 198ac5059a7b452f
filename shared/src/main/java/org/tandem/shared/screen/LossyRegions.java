package org.tandem.shared.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the viewer's picture is not exact because a region was sent lossy: per tile of the encoder's
 * grid, the box around every lossy part of it. A box may hold exact pixels too; sending it again
 * exactly is then more than needed, never less.
 */
final class LossyRegions {
    private final int side;
    private int columns;
    private int rows;
    /** Four per tile: x0, y0, x1, y1 (exclusive); x1 is 0 when the tile is exact. */
    private int[] boxes = new int[0];
    private int count;

    LossyRegions(int side) {
        this.side = side;
    }

    /** Starts over for a screen of this size, all exact. */
    void resize(int width, int height) {
        columns = (width + side - 1) / side;
        rows = (height + side - 1) / side;
        boxes = new int[columns * rows * 4];
        count = 0;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Notes that the viewer now holds this rectangle lossy. */
    void sentLossy(int x, int y, int w, int h) {
        forEachTile(x, y, w, h, (tile, x0, y0, x1, y1) -> {
            int at = tile * 4;
            if (boxes[at + 2] == 0) {
                boxes[at] = x0;
                boxes[at + 1] = y0;
                boxes[at + 2] = x1;
                boxes[at + 3] = y1;
                count++;
            } else {
                boxes[at] = Math.min(boxes[at], x0);
                boxes[at + 1] = Math.min(boxes[at + 1], y0);
                boxes[at + 2] = Math.max(boxes[at + 2], x1);
                boxes[at + 3] = Math.max(boxes[at + 3], y1);
            }
        });
    }

    /** Notes that the viewer now holds this rectangle exact: a tile whose lossy box it covers is exact again. */
    void sentExact(int x, int y, int w, int h) {
        if (count == 0) {
            return;
        }
        forEachTile(x, y, w, h, (tile, x0, y0, x1, y1) -> {
            int at = tile * 4;
            if (boxes[at + 2] != 0 && x0 <= boxes[at] && y0 <= boxes[at + 1] && boxes[at + 2] <= x1
                    && boxes[at + 3] <= y1) {
                Arrays.fill(boxes, at, at + 4, 0);
                count--;
            }
        });
    }

    /**
     * Notes that the viewer copied a rectangle from (sx, sy) to (x, y): the copy is lossy where its
     * source was, and exact elsewhere.
     */
    void copied(int sx, int sy, int w, int h, int x, int y) {
        if (count == 0) {
            return;
        }
        List<int[]> carried = new ArrayList<>();
        forEachTile(sx, sy, w, h, (tile, x0, y0, x1, y1) -> {
            int at = tile * 4;
            int left = Math.max(x0, boxes[at]);
            int top = Math.max(y0, boxes[at + 1]);
            int right = Math.min(x1, boxes[at + 2]);
            int bottom = Math.min(y1, boxes[at + 3]);
            if (left < right && top < bottom) {
                carried.add(new int[] {left - sx + x, top - sy + y, right - left, bottom - top});
            }
        });
        sentExact(x, y, w, h);
        for (int[] part : carried) {
            sentLossy(part[0], part[1], part[2], part[3]);
        }
    }

    /** The lossy boxes, each inside one tile, as x0, y0, x1, y1; afterwards all is exact. */
    List<int[]> takeAll() {
        List<int[]> all = new ArrayList<>(count);
        for (int at = 0; at < boxes.length; at += 4) {
            if (boxes[at + 2] != 0) {
                all.add(Arrays.copyOfRange(boxes, at, at + 4));
            }
        }
        Arrays.fill(boxes, 0);
        count = 0;
        return all;
    }

    private interface TilePart {
        void accept(int tile, int x0, int y0, int x1, int y1);
    }

    /** Calls {@code part} for each tile the rectangle touches, with the rectangle clipped to that tile. */
    private void forEachTile(int x, int y, int w, int h, TilePart part) {
        for (int row = y / side; row <= (y + h - 1) / side && row < rows; row++) {
            for (int column = x / side; column <= (x + w - 1) / side && column < columns; column++) {
                int x0 = Math.max(x, column * side);
                int y0 = Math.max(y, row * side);
                int x1 = Math.min(x + w, (column + 1) * side);
                int y1 = Math.min(y + h, (row + 1) * side);
                part.accept(row * columns + column, x0, y0, x1, y1);
            }
        }
    }
}
