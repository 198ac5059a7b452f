package org.tandem.shared.message;

import java.util.List;
import java.util.Objects;

/**
 * Part of one screen frame: a batch of encoded tiles. A frame may span several updates so that each
 * fits one record; the last one has {@code lastOfFrame} set. A frame with no change is one update
 * with no tiles.
 */
public record ScreenUpdate(int frameSeq, int screenWidth, int screenHeight, boolean lastOfFrame, List<Tile> tiles)
        implements SessionMessage {

    /** Largest screen side accepted from the wire. */
    public static final int MAX_SCREEN_SIDE = 16384;
    /** Largest tile side accepted from the wire. */
    public static final int MAX_TILE_SIDE = 256;

    public ScreenUpdate {
        if (frameSeq < 0) {
            throw new IllegalArgumentException("frameSeq must not be negative");
        }
        requireScreenSize(screenWidth, screenHeight);
        tiles = List.copyOf(tiles);
        for (Tile tile : tiles) {
            if (tile.x() + tile.width() > screenWidth || tile.y() + tile.height() > screenHeight) {
                throw new IllegalArgumentException("Tile " + tile.x() + "," + tile.y() + " " + tile.width() + "x"
                        + tile.height() + " lies outside the " + screenWidth + "x" + screenHeight + " screen");
            }
        }
    }

    static void requireScreenSize(int width, int height) {
        if (width < 1 || height < 1 || width > MAX_SCREEN_SIDE || height > MAX_SCREEN_SIDE) {
            throw new IllegalArgumentException("Screen size " + width + "x" + height + " is out of range");
        }
    }

    /** How a tile's pixels are carried. */
    public enum TileEncoding {
        /** One RGB colour for the whole tile, in 3 bytes. */
        SOLID(0),
        /** RGB bytes, row by row, compressed with zstd. */
        RGB_ZSTD(1);

        private final int code;

        TileEncoding(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public static TileEncoding ofCode(int code) {
            for (TileEncoding encoding : values()) {
                if (encoding.code == code) {
                    return encoding;
                }
            }
            throw new IllegalArgumentException("Unknown tile encoding " + code);
        }
    }

    /** One rectangle of the screen and its encoded pixels. */
    public record Tile(int x, int y, int width, int height, TileEncoding encoding, byte[] data) {
        public Tile {
            if (x < 0 || y < 0 || width < 1 || height < 1 || width > MAX_TILE_SIDE || height > MAX_TILE_SIDE) {
                throw new IllegalArgumentException("Bad tile rectangle " + x + "," + y + " " + width + "x" + height);
            }
            Objects.requireNonNull(encoding, "encoding");
            Objects.requireNonNull(data, "data");
        }
    }
}
