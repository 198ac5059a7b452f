package org.tandem.shared.screen;

import com.github.luben.zstd.Zstd;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.ScreenUpdate.Tile;
import org.tandem.shared.message.ScreenUpdate.TileEncoding;
import org.tandem.shared.message.SessionMessageCodec;

/**
 * First screen codec: the screen is cut into square tiles; a tile that differs from the previous
 * frame is sent as one colour when it is uniform, otherwise as its RGB bytes compressed with zstd.
 */
public final class TileScreenEncoder implements ScreenEncoder {
    public static final int DEFAULT_TILE_SIDE = 64;
    /**
     * Largest tile side this encoder accepts: an incompressible 128-pixel tile still fits one update
     * (zstd's worst case for 48 KiB of RGB is under 49 KiB). Larger tiles could overflow a record.
     */
    public static final int MAX_TILE_SIDE = 128;
    /** Room left in a record for the update header; tiles are packed up to this many bytes. */
    static final int MAX_UPDATE_BYTES = 60 * 1024;

    private final int tileSide;
    private final int zstdLevel;
    private Frame previous;
    private int frameSeq;

    public TileScreenEncoder() {
        this(DEFAULT_TILE_SIDE, 1);
    }

    public TileScreenEncoder(int tileSide, int zstdLevel) {
        if (tileSide < 8 || tileSide > MAX_TILE_SIDE) {
            throw new IllegalArgumentException("Tile side must be 8.." + MAX_TILE_SIDE);
        }
        this.tileSide = tileSide;
        this.zstdLevel = zstdLevel;
    }

    @Override
    public List<ScreenUpdate> encode(Frame frame) {
        boolean whole = previous == null || previous.width() != frame.width() || previous.height() != frame.height();
        List<ScreenUpdate> updates = new ArrayList<>();
        List<Tile> batch = new ArrayList<>();
        int batchBytes = SessionMessageCodec.encodedSize(List.of());
        int seq = frameSeq++;
        for (int y = 0; y < frame.height(); y += tileSide) {
            int h = Math.min(tileSide, frame.height() - y);
            for (int x = 0; x < frame.width(); x += tileSide) {
                int w = Math.min(tileSide, frame.width() - x);
                if (!whole && !changed(frame, x, y, w, h)) {
                    continue;
                }
                Tile tile = encodeTile(frame, x, y, w, h);
                int size = SessionMessageCodec.encodedTileSize(tile);
                if (!batch.isEmpty() && batchBytes + size > MAX_UPDATE_BYTES) {
                    updates.add(new ScreenUpdate(seq, frame.width(), frame.height(), false, batch));
                    batch = new ArrayList<>();
                    batchBytes = SessionMessageCodec.encodedSize(List.of());
                }
                batch.add(tile);
                batchBytes += size;
            }
        }
        updates.add(new ScreenUpdate(seq, frame.width(), frame.height(), true, batch));
        previous = frame;
        return updates;
    }

    @Override
    public void reset() {
        previous = null;
    }

    private boolean changed(Frame frame, int x, int y, int w, int h) {
        int[] now = frame.argb();
        int[] before = previous.argb();
        for (int row = y; row < y + h; row++) {
            int from = row * frame.width() + x;
            if (Arrays.mismatch(now, from, from + w, before, from, from + w) >= 0) {
                return true;
            }
        }
        return false;
    }

    private Tile encodeTile(Frame frame, int x, int y, int w, int h) {
        int[] argb = frame.argb();
        int first = argb[y * frame.width() + x];
        boolean solid = true;
        byte[] rgb = new byte[w * h * 3];
        int i = 0;
        for (int row = y; row < y + h; row++) {
            int offset = row * frame.width() + x;
            for (int col = 0; col < w; col++) {
                int p = argb[offset + col];
                solid &= p == first;
                rgb[i++] = (byte) (p >>> 16);
                rgb[i++] = (byte) (p >>> 8);
                rgb[i++] = (byte) p;
            }
        }
        if (solid) {
            byte[] colour = {(byte) (first >>> 16), (byte) (first >>> 8), (byte) first};
            return new Tile(x, y, w, h, TileEncoding.SOLID, colour);
        }
        return new Tile(x, y, w, h, TileEncoding.RGB_ZSTD, Zstd.compress(rgb, zstdLevel));
    }
}
