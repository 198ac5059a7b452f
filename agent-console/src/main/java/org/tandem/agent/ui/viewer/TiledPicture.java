package org.tandem.agent.ui.viewer;

import java.nio.IntBuffer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.tandem.shared.screen.ScreenBuffer;

/**
 * The customer's screen as the console shows it: a group of tile images at 1:1, which the scene
 * graph scales. Each tile keeps its pixels in its own buffer ({@link PixelBuffer}); an upload copies
 * only the changed rectangles into the tiles they touch and tells each of those tiles which part
 * changed, so JavaFX re-uploads that part of that tile's texture and repaints that tile only. The
 * other tiles, and the rest of the window, cost nothing. On the FX thread only.
 */
public final class TiledPicture {
    /** 128 pixels: a typed character touches one or two tiles, a 1080p screen has 135. */
    public static final int TILE_SIZE = 128;
    /** Tiles on a side of a block. */
    static final int BLOCK = 3;
    private static final PixelFormat<IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();

    private final TileLayout layout;
    private final int width;
    private final int height;
    private final PixelBuffer<IntBuffer>[] buffers;
    private final WritableImage[] images;
    private final Group node = new Group();
    private long pixelsUploaded;
    private long tileUpdates;

    @SuppressWarnings("unchecked")
    public TiledPicture(int width, int height) {
        this.layout = new TileLayout(width, height, TILE_SIZE);
        this.width = width;
        this.height = height;
        buffers = new PixelBuffer[layout.count()];
        images = new WritableImage[layout.count()];
        Group[] blocks = new Group[blockOf(layout.count() - 1) + 1];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = new Group();
            blocks[b].setManaged(false);
            node.getChildren().add(blocks[b]);
        }
        for (int i = 0; i < layout.count(); i++) {
            TileLayout.Tile tile = layout.tile(i);
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(tile.width(), tile.height(),
                    IntBuffer.allocate(tile.width() * tile.height()), FORMAT);
            buffers[i] = buffer;
            images[i] = new WritableImage(buffer);
            ImageView view = new ImageView(images[i]);
            view.setSmooth(true);
            view.setManaged(false); // its pixels change, never its size: no layout pass for an update
            view.relocate(tile.x(), tile.y());
            blocks[blockOf(i)].getChildren().add(view);
        }
    }

    /**
     * The block of tiles this tile is shown in: JavaFX repaints a whole group once more than twelve
     * of its children changed, so the tiles sit in blocks of at most nine, and scrolling a
     * terminal repaints the blocks it touches, not the whole screen.
     */
    private int blockOf(int tile) {
        int blockColumns = (layout.columns() + BLOCK - 1) / BLOCK;
        int column = tile % layout.columns();
        int row = tile / layout.columns();
        return (row / BLOCK) * blockColumns + column / BLOCK;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The tiles, at 1:1 from (0, 0); scale this node to show the picture larger or smaller. */
    public Group node() {
        return node;
    }

    /**
     * Copies what changed in {@code screen} since the last upload into the tiles it touches; all of it
     * when {@code everything} (a picture new to these tiles). The screen must have this picture's size.
     */
    public void upload(ScreenBuffer screen, boolean everything) {
        if (screen.width() != width || screen.height() != height) {
            throw new IllegalArgumentException("a " + screen.width() + "×" + screen.height() + " screen for a "
                    + width + "×" + height + " picture");
        }
        screen.takeChanges(everything, (x, y, w, h, argb, stride) -> {
            layout.forEachPart(x, y, w, h, (tile, px, py, pw, ph) -> copy(tile, px, py, pw, ph, argb, stride));
            pixelsUploaded += (long) w * h;
        });
    }

    private void copy(TileLayout.Tile tile, int x, int y, int w, int h, int[] argb, int stride) {
        buffers[tile.index()].updateBuffer(buffer -> {
            int[] pixels = buffer.getBuffer().array();
            int dx = x - tile.x();
            int dy = y - tile.y();
            for (int row = 0; row < h; row++) {
                System.arraycopy(argb, (y + row) * stride + x, pixels, (dy + row) * tile.width() + dx, w);
            }
            return new Rectangle2D(dx, dy, w, h);
        });
        tileUpdates++;
    }

    /** Pixels of the screen taken into the tiles so far; lets tests see that only changes are. */
    public long pixelsUploaded() {
        return pixelsUploaded;
    }

    /** Tile updates so far: each is one tile's texture updated and repainted. */
    public long tileUpdates() {
        return tileUpdates;
    }

    /** The ARGB colour of one pixel of the picture. */
    public int argbAt(int x, int y) {
        int column = Math.min(x / TILE_SIZE, layout.columns() - 1);
        int row = Math.min(y / TILE_SIZE, layout.rows() - 1);
        TileLayout.Tile tile = layout.tile(row * layout.columns() + column);
        return images[tile.index()].getPixelReader().getArgb(x - tile.x(), y - tile.y());
    }

    /** A copy of the whole picture as one image, for tests and screenshots; it costs a full copy. */
    public Image snapshot() {
        WritableImage copy = new WritableImage(width, height);
        for (int i = 0; i < images.length; i++) {
            TileLayout.Tile tile = layout.tile(i);
            copy.getPixelWriter().setPixels(tile.x(), tile.y(), tile.width(), tile.height(),
                    images[i].getPixelReader(), 0, 0);
        }
        return copy;
    }
}
