package org.tandem.shared.screen;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;
import java.util.Arrays;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.ScreenUpdate.Tile;

/**
 * Decodes {@link TileScreenEncoder} output for one shared screen of a fixed size. The size is the one
 * announced when sharing started (at most {@value #MAX_SIDE}×{@value #MAX_SIDE}), and an update for
 * any other size is refused, so a hostile sender cannot make the viewer allocate more than that one
 * picture. Every tile is checked against the screen, and compressed data must expand to exactly the
 * tile's size, so an update can neither write outside the picture nor inflate beyond one tile.
 */
public final class TileScreenDecoder implements ScreenDecoder {
    /** The widest and tallest screen a viewer accepts: 8192×8192 pixels take 256 MiB. */
    public static final int MAX_SIDE = 8192;

    private int[] pixels;
    private int width;
    private int height;
    private Frame complete;
    private int currentSeq = -1;

    /**
     * A decoder for the screen announced as {@code width}×{@code height} (from
     * {@code ScreenShareStarted}).
     *
     * @throws ScreenCodecException when the announced size is not positive or exceeds {@value #MAX_SIDE}
     *     on either side
     */
    public TileScreenDecoder(int width, int height) throws ScreenCodecException {
        requireSize(width, height);
        this.width = width;
        this.height = height;
    }

    /**
     * A decoder that was not told the screen's size: it takes the size of the first update (within
     * the same maximum) and refuses any other size after that. Prefer {@link #TileScreenDecoder(int, int)}
     * with the announced size.
     */
    public TileScreenDecoder() {}

    @Override
    public boolean apply(ScreenUpdate update) throws ScreenCodecException {
        if (width == 0) {
            requireSize(update.screenWidth(), update.screenHeight());
            width = update.screenWidth();
            height = update.screenHeight();
        }
        if (update.screenWidth() != width || update.screenHeight() != height) {
            throw new ScreenCodecException("A screen update is for a " + update.screenWidth() + "×"
                    + update.screenHeight() + " screen, but the shared screen is " + width + "×" + height);
        }
        if (pixels == null) {
            pixels = new int[width * height];
        }
        if (currentSeq >= 0 && update.frameSeq() != currentSeq) {
            throw new ScreenCodecException("Frame " + update.frameSeq() + " began before frame " + currentSeq + " ended");
        }
        currentSeq = update.frameSeq();
        for (Tile tile : update.tiles()) {
            draw(tile);
        }
        if (!update.lastOfFrame()) {
            return false;
        }
        currentSeq = -1;
        // A copy: the next frame's parts are drawn into pixels while this one is still on screen.
        complete = new Frame(width, height, pixels.clone());
        return true;
    }

    private static void requireSize(int width, int height) throws ScreenCodecException {
        if (width < 1 || height < 1) {
            throw new ScreenCodecException("The shared screen's size " + width + "×" + height + " is not a screen size");
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new ScreenCodecException("The shared screen is " + width + "×" + height
                    + " pixels; Tandem shows screens up to " + MAX_SIDE + "×" + MAX_SIDE);
        }
    }

    @Override
    public Frame frame() {
        return complete;
    }

    private void draw(Tile tile) throws ScreenCodecException {
        switch (tile.encoding()) {
            case SOLID -> drawSolid(tile);
            case RGB_ZSTD -> drawRgb(tile);
            default -> throw new ScreenCodecException("Unsupported tile encoding " + tile.encoding());
        }
    }

    private void drawSolid(Tile tile) throws ScreenCodecException {
        byte[] d = tile.data();
        if (d.length != 3) {
            throw new ScreenCodecException("A solid tile carries 3 bytes, got " + d.length);
        }
        int colour = 0xFF000000 | ((d[0] & 0xFF) << 16) | ((d[1] & 0xFF) << 8) | (d[2] & 0xFF);
        for (int row = tile.y(); row < tile.y() + tile.height(); row++) {
            int offset = row * width + tile.x();
            Arrays.fill(pixels, offset, offset + tile.width(), colour);
        }
    }

    private void drawRgb(Tile tile) throws ScreenCodecException {
        int expected = tile.width() * tile.height() * 3;
        byte[] rgb;
        try {
            long declared = Zstd.getFrameContentSize(tile.data());
            if (declared != expected) {
                throw new ScreenCodecException("Tile declares " + declared + " bytes, its size needs " + expected);
            }
            rgb = Zstd.decompress(tile.data(), expected);
        } catch (ZstdException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ScreenCodecException("Tile data does not decompress: " + e.getMessage(), e);
        }
        if (rgb.length != expected) {
            throw new ScreenCodecException("Tile expands to " + rgb.length + " bytes, expected " + expected);
        }
        int i = 0;
        for (int row = tile.y(); row < tile.y() + tile.height(); row++) {
            int offset = row * width + tile.x();
            for (int col = 0; col < tile.width(); col++) {
                pixels[offset + col] = 0xFF000000 | ((rgb[i] & 0xFF) << 16) | ((rgb[i + 1] & 0xFF) << 8) | (rgb[i + 2] & 0xFF);
                i += 3;
            }
        }
    }
}
