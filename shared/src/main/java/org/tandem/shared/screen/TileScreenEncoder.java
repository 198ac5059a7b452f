package org.tandem.shared.screen;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tandem.shared.message.ScreenUpdate;

/**
 * The screen codec's sending half. It keeps a copy of the picture the viewer has, and for
 * each new frame: finds content that moved (a scroll, a dragged window) and sends it as a copy;
 * restores what earlier copies covered where the frame shows it again (see {@link CoveredPixels});
 * then cuts the screen into square tiles and, for each tile that still differs, sends only the rows
 * and columns that changed, cut into strips at rows of one colour (the gaps between lines of text),
 * each strip in the most compact kind its colours allow; all of it through one
 * zstd stream per viewer (see {@link UpdateWriter}).
 *
 * <p>Exact by default. At a lossy {@link ScreenQuality}, a strip that looks photographic (see
 * {@link JpegRectCodec#isPhotographic}) goes as JPEG instead; the encoder remembers where, and once
 * the quality is back to lossless and the screen is still, sends those regions again exactly, so the
 * viewer ends with every pixel right.
 */
public final class TileScreenEncoder implements ScreenEncoder {
    public static final int DEFAULT_TILE_SIDE = 128;
    /** Largest tile side this encoder accepts; the decoder refuses pixel rectangles over {@value}. */
    public static final int MAX_TILE_SIDE = 128;
    /** Copies found per frame, at most. */
    private static final int MAX_MOVES = 2;

    private final int tileSide;
    private final RectPacker packer = new RectPacker();
    private final JpegRectCodec jpeg = new JpegRectCodec();
    private final LossyRegions lossy;
    private ScreenQuality quality = ScreenQuality.LOSSLESS;
    private final UpdateWriter writer;
    private int[] remote;
    private int width;
    private int height;
    private MoveDetector moves;
    private CoveredPixels covered;
    /** Whether this stream sent a lossy region: the viewer's picture may differ, so nothing is restored. */
    private boolean lossyInStream;
    private int frameSeq;
    /** Rows of the current frame that differ from the viewer's picture, in order; the rest are equal. */
    private int[] dirtyRows = new int[0];
    private int dirtyCount;
    /** Rows the caller said were drawn on, marked for one frame (all false between frames). */
    private boolean[] damagedRows = new boolean[0];

    public TileScreenEncoder() {
        this(DEFAULT_TILE_SIDE, 3);
    }

    /** @param zstdLevel zstd's compression level, 1 (fastest) to 19 */
    public TileScreenEncoder(int tileSide, int zstdLevel) {
        if (tileSide < 8 || tileSide > MAX_TILE_SIDE) {
            throw new IllegalArgumentException("Tile side must be 8.." + MAX_TILE_SIDE);
        }
        this.tileSide = tileSide;
        this.lossy = new LossyRegions(tileSide);
        this.writer = new UpdateWriter(zstdLevel, RectPacker.maxBytes(tileSide * tileSide));
    }

    @Override
    public List<ScreenUpdate> encode(Frame frame) {
        return encode(frame, null);
    }

    /**
     * Compares only the rows {@code changed} touches with the viewer's picture (all of them when
     * {@code changed} is null): a line of typed text costs a few rows' comparison, not the screen's.
     */
    @Override
    public List<ScreenUpdate> encode(Frame frame, List<FrameRect> changed) {
        int[] now = frame.argb();
        boolean whole = remote == null || width != frame.width() || height != frame.height();
        if (whole) {
            width = frame.width();
            height = frame.height();
            remote = new int[now.length];
            moves = new MoveDetector(width, height);
            covered = new CoveredPixels(width, height);
            lossyInStream = false;
            lossy.resize(width, height);
            writer.restart();
        }
        writer.beginFrame(frameSeq, width, height);
        // Outside this box [x0, y0, x1, y1) nothing differs from the viewer's picture, now or after the
        // copies and restores below (they draw inside it): only its columns are looked at again.
        int[] box = {0, 0, width, height};
        if (!whole) {
            findDirtyRows(now, changed);
            if (dirtyCount == 0) {
                return refining() ? refine(now) : List.of();
            }
            box = changedBox(now, 0, width, 0, dirtyCount);
            box = sendMoves(now, box);
            if (box == null) {
                moves.frameSent(dirtyRows, dirtyCount);
                return endFrame();
            }
            sendUncovered(now, box);
        }
        int first = 0;
        for (int y = 0; y < height; y += tileSide) {
            int h = Math.min(tileSide, height - y);
            // The dirty rows of this band of tiles: [first, last).
            while (first < dirtyCount && dirtyRows[first] < y) {
                first++;
            }
            int last = first;
            while (last < dirtyCount && dirtyRows[last] < y + h) {
                last++;
            }
            if (!whole && first == last) {
                continue;
            }
            for (int x = box[0] - box[0] % tileSide; x < box[2]; x += tileSide) {
                int w = Math.min(tileSide, width - x);
                int[] part = whole ? new int[] {x, y, x + w, y + h} : changedBox(now, x, w, first, last);
                if (part != null) {
                    sendPixels(now, part[0], part[1], part[2] - part[0], part[3] - part[1]);
                }
            }
        }
        if (!whole) {
            moves.frameSent(dirtyRows, dirtyCount);
        }
        return endFrame();
    }

    @Override
    public void reset() {
        remote = null;
    }

    @Override
    public void quality(ScreenQuality level) {
        quality = Objects.requireNonNull(level, "level");
    }

    @Override
    public boolean refining() {
        return !quality.lossy() && remote != null && !lossy.isEmpty();
    }

    /** Sends every region the viewer holds lossy again, exactly. */
    private List<ScreenUpdate> refine(int[] now) {
        for (int[] box : lossy.takeAll()) {
            sendPixels(now, box[0], box[1], box[2] - box[0], box[3] - box[1]);
        }
        return endFrame();
    }

    private List<ScreenUpdate> endFrame() {
        List<ScreenUpdate> updates = writer.endFrame();
        if (!updates.isEmpty()) {
            frameSeq = (frameSeq + 1) & Integer.MAX_VALUE;
        }
        return updates;
    }

    /**
     * Sends the copies the move detector finds in the changed box; returns the box of what still
     * differs after them, or null when nothing does.
     */
    private int[] sendMoves(int[] now, int[] box) {
        int[] changed = box;
        for (int i = 0; i < MAX_MOVES && changed != null; i++) {
            if (i > 0) {
                changed = changedBox(now, changed[0], changed[2] - changed[0], 0, dirtyCount);
            }
            MoveDetector.Move move = changed == null ? null : moves.find(now, remote, changed);
            if (move == null) {
                return changed;
            }
            ByteSink out = writer.rectSink();
            RectPacker.header(out, RectKind.COPY, move.x(), move.y(), move.w(), move.h());
            out.u16(move.sourceX());
            out.u16(move.sourceY());
            writer.rectWritten();
            covered.covering(remote, move.sourceX(), move.sourceY(), move.x(), move.y(), move.w(), move.h());
            copyWithin(remote, width, move.sourceX(), move.sourceY(), move.w(), move.h(), move.x(), move.y());
            lossy.copied(move.sourceX(), move.sourceY(), move.w(), move.h(), move.x(), move.y());
        }
        return changed == null ? null : changedBox(now, changed[0], changed[2] - changed[0], 0, dirtyCount);
    }

    /** Restores what the copies of this stream covered and the frame shows again (see {@link CoveredPixels}). */
    private void sendUncovered(int[] now, int[] changed) {
        if (lossyInStream) {
            return;
        }
        for (int[] r : covered.uncovered(now, remote, dirtyRows, dirtyCount, changed[0], changed[2])) {
            RectPacker.header(writer.rectSink(), RectKind.RESTORE, r[0], r[1], r[2], r[3]);
            writer.rectWritten();
            for (int row = r[1]; row < r[1] + r[3]; row++) {
                System.arraycopy(now, row * width + r[0], remote, row * width + r[0], r[2]);
            }
            lossy.sentExact(r[0], r[1], r[2], r[3]);
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

    /** Sends a box inside one tile, strip by strip; it replaces whatever the viewer had there. */
    private void sendPixels(int[] now, int x, int y, int w, int h) {
        lossy.sentExact(x, y, w, h);
        for (int top = y; top < y + h; ) {
            int end = RectPacker.stripEnd(now, width, x, top, w, y + h);
            int rows = end - top;
            ByteSink out = writer.rectSink();
            if (quality.lossy() && jpeg.isPhotographic(now, width, x, top, w, rows, packer)
                    && jpeg.pack(now, width, x, top, w, rows, quality.jpegQuality(), out)) {
                lossy.sentLossy(x, top, w, rows);
                lossyInStream = true;
            } else {
                packer.pack(now, width, x, top, w, rows, out);
            }
            writer.rectWritten();
            top = end;
        }
        for (int row = y; row < y + h; row++) {
            System.arraycopy(now, row * width + x, remote, row * width + x, w);
        }
    }

    private void findDirtyRows(int[] now, List<FrameRect> changed) {
        if (dirtyRows.length != height) {
            dirtyRows = new int[height];
            damagedRows = new boolean[height];
        }
        boolean everywhere = changed == null;
        if (!everywhere) {
            for (FrameRect rect : changed) {
                if (rect.x() < width && rect.x() + rect.width() > 0) {
                    int top = Math.max(0, rect.y());
                    int bottom = (int) Math.min(height, (long) rect.y() + rect.height());
                    Arrays.fill(damagedRows, top, Math.max(top, bottom), true);
                }
            }
        }
        dirtyCount = 0;
        for (int row = 0; row < height; row++) {
            if (!everywhere && !damagedRows[row]) {
                continue;
            }
            damagedRows[row] = false;
            int from = row * width;
            if (!Arrays.equals(now, from, from + width, remote, from, from + width)) {
                dirtyRows[dirtyCount++] = row;
            }
        }
    }

    /**
     * The smallest box [x0, y0, x1, y1) holding every pixel of columns [x, x + w) that differs from
     * the viewer's, looking only at the dirty rows {@code dirtyRows[first..last)}; null if none does.
     */
    private int[] changedBox(int[] now, int x, int w, int first, int last) {
        int top = -1;
        int bottom = -1;
        int left = x + w;
        int right = x;
        for (int i = first; i < last; i++) {
            int row = dirtyRows[i];
            int from = row * width + x;
            int firstDiff = Arrays.mismatch(now, from, from + w, remote, from, from + w);
            if (firstDiff < 0) {
                continue;
            }
            if (top < 0) {
                top = row;
            }
            bottom = row;
            left = Math.min(left, x + firstDiff);
            int lastDiff = w - 1 - PixelRuns.equalSuffix(now, from, remote, from, w); // >= firstDiff: that one differs
            right = Math.max(right, x + lastDiff + 1);
        }
        return top < 0 ? null : new int[] {left, top, right, bottom + 1};
    }
}
