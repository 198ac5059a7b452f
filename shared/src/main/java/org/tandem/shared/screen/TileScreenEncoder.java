package org.tandem.shared.screen;

import java.util.Arrays;
import java.util.List;
import org.tandem.shared.message.ScreenUpdate;

/**
 * The screen codec's sending half, lossless. It keeps a copy of the picture the viewer has, and for
 * each new frame: finds content that moved (a scroll, a dragged window) and sends it as a copy;
 * then cuts the screen into square tiles and, for each tile that still differs, sends only the rows
 * and columns that changed, in the most compact kind its colours allow; all of it through one
 * zstd stream per viewer (see {@link UpdateWriter}).
 */
public final class TileScreenEncoder implements ScreenEncoder {
    public static final int DEFAULT_TILE_SIDE = 64;
    /** Largest tile side this encoder accepts; the decoder refuses pixel rectangles over {@value}. */
    public static final int MAX_TILE_SIDE = 128;
    /** Copies found per frame, at most. */
    private static final int MAX_MOVES = 2;

    private final int tileSide;
    private final RectPacker packer = new RectPacker();
    private final UpdateWriter writer;
    private int[] remote;
    private int width;
    private int height;
    private MoveDetector moves;
    private int frameSeq;

    public TileScreenEncoder() {
        this(DEFAULT_TILE_SIDE, 3);
    }

    /** @param zstdLevel zstd's compression level, 1 (fastest) to 19 */
    public TileScreenEncoder(int tileSide, int zstdLevel) {
        if (tileSide < 8 || tileSide > MAX_TILE_SIDE) {
            throw new IllegalArgumentException("Tile side must be 8.." + MAX_TILE_SIDE);
        }
        this.tileSide = tileSide;
        this.writer = new UpdateWriter(zstdLevel, RectPacker.maxBytes(tileSide * tileSide));
    }

    @Override
    public List<ScreenUpdate> encode(Frame frame) {
        int[] now = frame.argb();
        boolean whole = remote == null || width != frame.width() || height != frame.height();
        if (whole) {
            width = frame.width();
            height = frame.height();
            remote = new int[now.length];
            moves = new MoveDetector(width, height);
            writer.restart();
        }
        writer.beginFrame(frameSeq, width, height);
        if (!whole) {
            sendMoves(now);
        }
        for (int y = 0; y < height; y += tileSide) {
            int h = Math.min(tileSide, height - y);
            for (int x = 0; x < width; x += tileSide) {
                int w = Math.min(tileSide, width - x);
                int[] box = whole ? new int[] {x, y, x + w, y + h} : changedBox(now, x, y, w, h);
                if (box != null) {
                    sendPixels(now, box[0], box[1], box[2] - box[0], box[3] - box[1]);
                }
            }
        }
        List<ScreenUpdate> updates = writer.endFrame();
        if (!updates.isEmpty()) {
            frameSeq = (frameSeq + 1) & Integer.MAX_VALUE;
        }
        return updates;
    }

    @Override
    public void reset() {
        remote = null;
    }

    private void sendMoves(int[] now) {
        for (int i = 0; i < MAX_MOVES; i++) {
            int[] changed = changedBox(now, 0, 0, width, height);
            MoveDetector.Move move = changed == null ? null : moves.find(now, remote, changed);
            if (move == null) {
                return;
            }
            ByteSink out = writer.rectSink();
            RectPacker.header(out, RectKind.COPY, move.x(), move.y(), move.w(), move.h());
            out.u16(move.sourceX());
            out.u16(move.sourceY());
            writer.rectWritten();
            copyWithin(remote, width, move.sourceX(), move.sourceY(), move.w(), move.h(), move.x(), move.y());
        }
    }

    /** Copies a rectangle inside one picture, correctly when source and target overlap. */
    static void copyWithin(int[] pixels, int stride, int sx, int sy, int w, int h, int x, int y) {
        if (y > sy) {
            for (int row = h - 1; row >= 0; row--) {
                System.arraycopy(pixels, (sy + row) * stride + sx, pixels, (y + row) * stride + x, w);
            }
        } else {
            for (int row = 0; row < h; row++) {
                System.arraycopy(pixels, (sy + row) * stride + sx, pixels, (y + row) * stride + x, w);
            }
        }
    }

    private void sendPixels(int[] now, int x, int y, int w, int h) {
        packer.pack(now, width, x, y, w, h, writer.rectSink());
        writer.rectWritten();
        for (int row = y; row < y + h; row++) {
            System.arraycopy(now, row * width + x, remote, row * width + x, w);
        }
    }

    /** The smallest box [x0, y0, x1, y1) holding every pixel of the rectangle that differs from the viewer's, or null. */
    private int[] changedBox(int[] now, int x, int y, int w, int h) {
        int top = -1;
        int bottom = -1;
        int left = x + w;
        int right = x;
        for (int row = y; row < y + h; row++) {
            int from = row * width + x;
            int first = Arrays.mismatch(now, from, from + w, remote, from, from + w);
            if (first < 0) {
                continue;
            }
            if (top < 0) {
                top = row;
            }
            bottom = row;
            left = Math.min(left, x + first);
            int last = w - 1;
            while (last > first && now[from + last] == remote[from + last]) {
                last--;
            }
            right = Math.max(right, x + last + 1);
        }
        return top < 0 ? null : new int[] {left, top, right, bottom + 1};
    }
}
