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
 * The customer's screen drawn straight to the X server, in a window of its own inside the console's,
 * over the part of the console where JavaFX would show it. The changed rectangles go to a copy of the
 * picture on the server (a pixmap), and from there, scaled by the server, into the window: nothing
 * else of the console is drawn again. On a desktop without a graphics card JavaFX copies its whole
 * window to the screen for every change, however small, which made each typed character cost the
 * console a full window's copy (decision 0053).
 *
 * <p>The window takes no input: the pointer, clicks and keys go to the console under it as before. The
 * customer's pointer is drawn over the picture, at its own size, when it is to be shown. On the JavaFX
 * thread only.
 */
public final class DirectPicture {
    private final DirectDrawing drawing;
    private final XDrawing x;
    private long parent;
    private long window;
    private long windowPicture;
    private boolean mapped;
    /** The window's place in its parent and size; the scaled picture's point at its top-left corner; the scale. */
    private int left;
    private int top;
    private int shownWidth;
    private int shownHeight;
    private int fromX;
    private int fromY;
    private double scale = 1;
    /** The picture: in this process's memory, and a copy on the server the window is drawn from. */
    private Memory pixels;
    private Pointer image;
    private long pixmap;
    private Pointer pixmapGc;
    private long pixmapPicture;
    private int width;
    private int height;
    /** The pointer's look, premultiplied, on the server; its hotspot, and the picture's point it is at. */
    private int[] look;
    private int hotspotX;
    private int hotspotY;
    private int lookWidth;
    private int lookHeight;
    private long lookPixmap;
    private long lookPicture;
    private double lookX;
    private double lookY;
    private boolean lookShown;

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
     * Shows the picture {@code scale} times its size in {@code stage}'s window, over the area
     * {@code (left, top, width, height)} of its scene, with the scaled picture's point {@code (fromX, fromY)}
     * at that area's top-left corner.
     *
     * @return false when the stage's window cannot be found; nothing is shown then
     */
    public boolean show(Window stage, int left, int top, int width, int height, int fromX, int fromY, double scale) {
        long in = drawing.windowOf(stage);
        if (in == 0 || width <= 0 || height <= 0 || image == null) {
            hide();
            return in != 0;
        }
        if (in != parent) {
            dropWindow();
            parent = in;
            window = x.createChild(in);
            windowPicture = x.createPicture(window, false);
            drawing.register(window, this);
        }
        boolean moved = left != this.left || top != this.top || width != shownWidth || height != shownHeight;
        boolean changed = moved || fromX != this.fromX || fromY != this.fromY || scale != this.scale;
        if (moved) {
            x.x11.XMoveResizeWindow(x.display, new NativeLong(window), left, top, width, height);
        }
        if (scale != this.scale) {
            x.scale(pixmapPicture, scale);
        }
        this.left = left;
        this.top = top;
        this.shownWidth = width;
        this.shownHeight = height;
        this.fromX = fromX;
        this.fromY = fromY;
        this.scale = scale;
        if (!mapped) {
            x.x11.XMapWindow(x.display, new NativeLong(window));
            mapped = true;
            drawWindow(0, 0, width, height);
        } else if (changed) {
            drawWindow(0, 0, width, height);
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
     * when the screen's size is new here), sends it to the server and draws the parts of it in view.
     */
    public void upload(ScreenBuffer screen, boolean everything) {
        boolean fresh = everything || image == null || screen.width() != width || screen.height() != height;
        if (image == null || screen.width() != width || screen.height() != height) {
            dropPicture();
            width = screen.width();
            height = screen.height();
            pixels = new Memory((long) width * height * 4);
            image = x.createImage(pixels, width, height, false);
            pixmap = x.createPixmap(width, height, false);
            pixmapGc = x.createGc(pixmap);
            pixmapPicture = x.createPicture(pixmap, false);
            x.scale(pixmapPicture, scale);
        }
        screen.takeChanges(fresh, (cx, cy, cw, ch, argb, stride) -> {
            for (int row = 0; row < ch; row++) {
                pixels.write(((long) (cy + row) * width + cx) * 4, argb, (cy + row) * stride + cx, cw);
            }
            x.x11.XPutImage(x.display, new NativeLong(pixmap), pixmapGc, image, cx, cy, cx, cy, cw, ch);
            if (mapped) {
                drawPicturePart(cx, cy, cw, ch);
            }
        });
        drawing.flush();
    }

    /**
     * Draws the customer's pointer over the picture from now on, at its own size: {@code argb} (not
     * premultiplied) of {@code w}×{@code h}, its hotspot {@code (hx, hy)} over the picture's point {@code (atX, atY)}.
     */
    public void pointer(int[] argb, int w, int h, int hx, int hy, double atX, double atY) {
        if (lookShown && argb == look && atX == lookX && atY == lookY) {
            return;
        }
        noPointer();
        hotspotX = hx;
        hotspotY = hy;
        if (argb != look || w != lookWidth || h != lookHeight) {
            dropLook();
            look = argb;
            lookWidth = w;
            lookHeight = h;
            Memory premultiplied = new Memory((long) w * h * 4);
            for (int i = 0; i < w * h; i++) {
                premultiplied.setInt(4L * i, Argb.premultiplied(argb[i]));
            }
            Pointer lookImage = x.createImage(premultiplied, w, h, true);
            lookPixmap = x.createPixmap(w, h, true);
            Pointer gc = x.createGc(lookPixmap);
            x.x11.XPutImage(x.display, new NativeLong(lookPixmap), gc, lookImage, 0, 0, 0, 0, w, h);
            x.x11.XFreeGC(x.display, gc);
            x.freeImage(lookImage);
            lookPicture = x.createPicture(lookPixmap, true);
        }
        lookX = atX;
        lookY = atY;
        lookShown = true;
        if (mapped) {
            drawPointer();
            drawing.flush();
        }
    }

    /** Draws no pointer over the picture. */
    public void noPointer() {
        if (lookShown) {
            lookShown = false;
            if (mapped) {
                int[] at = pointerInWindow();
                drawWindow(at[0], at[1], lookWidth, lookHeight);
                drawing.flush();
            }
        }
    }

    /** The server asks for this part of the window again. */
    void exposed(int wx, int wy, int w, int h) {
        if (mapped) {
            drawWindow(wx, wy, w, h);
        }
    }

    /** Draws the window's part {@code (wx, wy, w, h)} from the picture on the server, scaled, the pointer over it. */
    private void drawWindow(int wx, int wy, int w, int h) {
        int x0 = Math.max(wx, 0);
        int y0 = Math.max(wy, 0);
        int x1 = Math.min(wx + w, shownWidth);
        int y1 = Math.min(wy + h, shownHeight);
        if (x1 <= x0 || y1 <= y0 || pixmapPicture == 0) {
            return;
        }
        x.composite(XDrawing.OP_SOURCE, pixmapPicture, windowPicture, fromX + x0, fromY + y0, x0, y0, x1 - x0, y1 - y0);
        if (lookShown) {
            int[] at = pointerInWindow();
            if (at[0] < x1 && at[0] + lookWidth > x0 && at[1] < y1 && at[1] + lookHeight > y0) {
                drawPointer();
            }
        }
    }

    /** Draws the window's part that shows the picture's rectangle {@code (px, py, w, h)}, with a pixel to spare for smoothing. */
    private void drawPicturePart(int px, int py, int w, int h) {
        int x0 = (int) Math.floor(px * scale) - fromX - 1;
        int y0 = (int) Math.floor(py * scale) - fromY - 1;
        int x1 = (int) Math.ceil((px + w) * scale) - fromX + 1;
        int y1 = (int) Math.ceil((py + h) * scale) - fromY + 1;
        drawWindow(x0, y0, x1 - x0, y1 - y0);
    }

    private void drawPointer() {
        int[] at = pointerInWindow();
        x.composite(XDrawing.OP_OVER, lookPicture, windowPicture, 0, 0, at[0], at[1], lookWidth, lookHeight);
    }

    /** The pointer's top-left corner in the window. */
    private int[] pointerInWindow() {
        return new int[] {(int) Math.round(lookX * scale) - hotspotX - fromX,
            (int) Math.round(lookY * scale) - hotspotY - fromY};
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

    /** Forgets the window and what the server holds for it (its console window closes, or the view goes). */
    public void dispose() {
        dropWindow();
        parent = 0;
        dropPicture();
        dropLook();
        drawing.flush();
    }

    private void dropPicture() {
        if (image != null) {
            x.freePicture(pixmapPicture);
            x.x11.XFreeGC(x.display, pixmapGc);
            x.freePixmap(pixmap);
            x.freeImage(image);
            image = null;
            pixmapPicture = 0;
        }
    }

    private void dropLook() {
        if (lookPicture != 0) {
            x.freePicture(lookPicture);
            x.freePixmap(lookPixmap);
            lookPicture = 0;
            look = null;
        }
    }

    private void dropWindow() {
        if (window != 0) {
            drawing.forget(window);
            x.freePicture(windowPicture);
            x.destroyChild(window);
            drawing.flush();
            window = 0;
            mapped = false;
            shownWidth = 0; // a new window starts at 1×1: placed and sized at its first showing
            shownHeight = 0;
        }
    }
}
