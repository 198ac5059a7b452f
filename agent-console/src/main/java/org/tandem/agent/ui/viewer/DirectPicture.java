package org.tandem.agent.ui.viewer;

import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.tandem.shared.screen.ScreenBuffer;

/**
 * The customer's screen at 1:1, drawn straight to the X server in a window of its own inside the
 * console's, over the part of the console where JavaFX would show it. Only the rectangles that changed
 * are sent, and nothing else of the console is drawn again: on a desktop without a graphics card,
 * JavaFX copies its whole window to the screen for every change, however small, which made each typed
 * character cost the console a full window's copy (decision 0053).
 *
 * <p>The window takes no input: the pointer, clicks and keys go to the console under it as before. The
 * customer's pointer is drawn into it when it is to be shown. On the JavaFX thread only.
 */
public final class DirectPicture {
    private final DirectDrawing drawing;
    private final XDrawing x;
    private long parent;
    private long window;
    private boolean mapped;
    /** The window's place in its parent and size, and the picture's point at its top-left corner. */
    private int left;
    private int top;
    private int shownWidth;
    private int shownHeight;
    private int fromX;
    private int fromY;
    private Memory pixels;
    private Pointer image;
    private int width;
    private int height;
    private int[] look;
    private int lookWidth;
    private int lookHeight;
    private int lookX;
    private int lookY;
    private boolean lookShown;
    private Memory blended;
    private Pointer blendedImage;

    private DirectPicture(DirectDrawing drawing) {
        this.drawing = drawing;
        this.x = drawing.x();
    }

    /** A picture for one view, or null where pictures cannot be drawn straight to the screen. */
    public static DirectPicture create() {
        DirectDrawing drawing = DirectDrawing.get();
        return drawing == null ? null : new DirectPicture(drawing);
    }

    /**
     * Shows the picture in {@code stage}'s window, over the area {@code (left, top, width, height)} of
     * its scene, with the picture's point {@code (fromX, fromY)} at that area's top-left corner.
     *
     * @return false when the stage's window cannot be found; nothing is shown then
     */
    public boolean show(Window stage, int left, int top, int width, int height, int fromX, int fromY) {
        long in = drawing.windowOf(stage);
        if (in == 0 || width <= 0 || height <= 0) {
            hide();
            return in != 0;
        }
        if (in != parent) {
            dropWindow();
            parent = in;
            window = x.createChild(in);
            drawing.register(window, this);
        }
        boolean moved = left != this.left || top != this.top || width != shownWidth || height != shownHeight;
        boolean shifted = fromX != this.fromX || fromY != this.fromY;
        if (moved) {
            x.x11.XMoveResizeWindow(x.display, new NativeLong(window), left, top, width, height);
        }
        this.left = left;
        this.top = top;
        this.shownWidth = width;
        this.shownHeight = height;
        this.fromX = fromX;
        this.fromY = fromY;
        if (!mapped) {
            x.x11.XMapWindow(x.display, new NativeLong(window));
            mapped = true;
            put(fromX, fromY, width, height);
        } else if (moved || shifted) {
            put(fromX, fromY, width, height);
        }
        drawing.flush();
        return true;
    }

    /** Takes the picture off the screen; JavaFX's view under it shows again. */
    public void hide() {
        if (mapped) {
            x.x11.XUnmapWindow(x.display, new NativeLong(window));
            mapped = false;
            drawing.flush();
        }
    }

    public boolean shown() {
        return mapped;
    }

    /**
     * Takes what changed in {@code screen} since it was last taken (all of it when {@code everything}, or
     * when the screen's size is new here) and sends the parts of it that are in view.
     */
    public void upload(ScreenBuffer screen, boolean everything) {
        boolean fresh = everything || image == null || screen.width() != width || screen.height() != height;
        if (image == null || screen.width() != width || screen.height() != height) {
            if (image != null) {
                x.freeImage(image);
            }
            width = screen.width();
            height = screen.height();
            pixels = new Memory((long) width * height * 4);
            image = x.createImage(pixels, width, height);
        }
        screen.takeChanges(fresh, (cx, cy, cw, ch, argb, stride) -> {
            for (int row = 0; row < ch; row++) {
                pixels.write(((long) (cy + row) * width + cx) * 4, argb, (cy + row) * stride + cx, cw);
            }
            if (mapped) {
                put(cx, cy, cw, ch);
            }
        });
        drawing.flush();
    }

    /**
     * Draws the customer's pointer over the picture from now on: {@code argb} (not premultiplied) of
     * {@code w}×{@code h}, its top-left corner at the picture's point {@code (atX, atY)}.
     */
    public void pointer(int[] argb, int w, int h, int atX, int atY) {
        boolean same = lookShown && argb == look && atX == lookX && atY == lookY;
        if (same) {
            return;
        }
        noPointer();
        if (argb != look || w != lookWidth || h != lookHeight) {
            if (blendedImage != null) {
                x.freeImage(blendedImage);
            }
            look = argb;
            lookWidth = w;
            lookHeight = h;
            blended = new Memory((long) w * h * 4);
            blendedImage = x.createImage(blended, w, h);
        }
        lookX = atX;
        lookY = atY;
        lookShown = true;
        if (mapped) {
            putPointer(atX, atY, w, h);
            drawing.flush();
        }
    }

    /** Draws no pointer over the picture. */
    public void noPointer() {
        if (lookShown) {
            lookShown = false;
            if (mapped) {
                put(lookX, lookY, lookWidth, lookHeight);
                drawing.flush();
            }
        }
    }

    /** The server asks for this part of the window again, in the window's own coordinates. */
    void exposed(int wx, int wy, int w, int h) {
        if (mapped) {
            put(fromX + wx, fromY + wy, w, h);
        }
    }

    /** Sends the picture's rectangle {@code (px, py, w, h)} as far as it is in view, the pointer over it. */
    private void put(int px, int py, int w, int h) {
        if (image == null) {
            return;
        }
        int x0 = Math.max(px, Math.max(fromX, 0));
        int y0 = Math.max(py, Math.max(fromY, 0));
        int x1 = Math.min(px + w, Math.min(fromX + shownWidth, width));
        int y1 = Math.min(py + h, Math.min(fromY + shownHeight, height));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        x.x11.XPutImage(x.display, new NativeLong(window), drawing.gc(), image, x0, y0, x0 - fromX, y0 - fromY,
                x1 - x0, y1 - y0);
        if (lookShown) {
            putPointer(x0, y0, x1 - x0, y1 - y0);
        }
    }

    /** Sends the pointer blended over the picture, where it meets the picture's rectangle given. */
    private void putPointer(int px, int py, int w, int h) {
        int x0 = Math.max(Math.max(px, lookX), Math.max(fromX, 0));
        int y0 = Math.max(Math.max(py, lookY), Math.max(fromY, 0));
        int x1 = Math.min(Math.min(px + w, lookX + lookWidth), Math.min(fromX + shownWidth, width));
        int y1 = Math.min(Math.min(py + h, lookY + lookHeight), Math.min(fromY + shownHeight, height));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        for (int y = y0; y < y1; y++) {
            for (int xx = x0; xx < x1; xx++) {
                int over = look[(y - lookY) * lookWidth + (xx - lookX)];
                int under = pixels.getInt(((long) y * width + xx) * 4);
                blended.setInt(((long) (y - lookY) * lookWidth + (xx - lookX)) * 4, blend(over, under));
            }
        }
        x.x11.XPutImage(x.display, new NativeLong(window), drawing.gc(), blendedImage, x0 - lookX, y0 - lookY,
                x0 - fromX, y0 - fromY, x1 - x0, y1 - y0);
    }

    /** {@code over} (ARGB, not premultiplied) over the opaque {@code under}. */
    static int blend(int over, int under) {
        int a = over >>> 24;
        if (a == 255) {
            return over;
        }
        if (a == 0) {
            return under;
        }
        int r = (((over >> 16) & 0xFF) * a + ((under >> 16) & 0xFF) * (255 - a)) / 255;
        int g = (((over >> 8) & 0xFF) * a + ((under >> 8) & 0xFF) * (255 - a)) / 255;
        int b = ((over & 0xFF) * a + (under & 0xFF) * (255 - a)) / 255;
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    /** A copy of the whole picture as one image, for tests and screenshots; it costs a full copy. */
    public Image snapshot() {
        WritableImage copy = new WritableImage(width, height);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            pixels.read((long) y * width * 4, row, 0, width);
            for (int i = 0; i < width; i++) {
                row[i] |= 0xFF000000;
            }
            copy.getPixelWriter().setPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
        }
        return copy;
    }

    /** Forgets the window (its console window closes, or the view goes); the memory goes with this object. */
    public void dispose() {
        dropWindow();
        parent = 0;
        if (image != null) {
            x.freeImage(image);
            image = null;
        }
        if (blendedImage != null) {
            x.freeImage(blendedImage);
            blendedImage = null;
            look = null;
        }
    }

    private void dropWindow() {
        if (window != 0) {
            drawing.forget(window);
            x.x11.XDestroyWindow(x.display, new NativeLong(window));
            drawing.flush();
            window = 0;
            mapped = false;
        }
    }
}
