package org.tandem.shared.screen;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;
import java.util.Arrays;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.ScreenUpdate.Tile;

/**
 * Decodes {@link TileScreenEncoder} output. Every tile is checked against the screen it claims to
 * belong to, and compressed data must expand to exactly the tile's size, so a hostile update can
 * neither write outside the picture nor make the decoder allocate more than one tile.
 */
public final class TileScreenDecoder implements ScreenDecoder {
    private int[] pixels;
    private int width;
    private int height;
    private Frame complete;
    private int currentSeq = -1;

    @Override
    public boolean apply(ScreenUpdate update) throws ScreenCodecException {
        if (pixels == null || width != update.screenWidth() || height != update.screenHeight()) {
            width = update.screenWidth();
            height = update.screenHeight();
            pixels = new int[width * height];
            complete = null;
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
