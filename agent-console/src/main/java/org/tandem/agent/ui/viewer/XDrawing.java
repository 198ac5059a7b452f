package org.tandem.agent.ui.viewer;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.desktop.x11.XDisplays;
import org.tandem.desktop.x11.XError;
import org.tandem.desktop.x11.XErrorRecorder;

/**
 * The console's own connection to the X server it shows its windows on, for drawing the customer's
 * screen straight into a window of its own inside the console's ({@link DirectPicture}). Used on the
 * JavaFX thread only, but for the wait for events, which reads nothing through Xlib.
 */
final class XDrawing implements AutoCloseable {
    /** The calls of libX11 drawing needs. */
    interface X11 extends Library {
        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        NativeLong XDefaultRootWindow(Pointer display);

        int XDefaultScreen(Pointer display);

        Pointer XDefaultVisual(Pointer display, int screen);

        int XDefaultDepth(Pointer display, int screen);

        int XConnectionNumber(Pointer display);

        int XQueryTree(Pointer display, NativeLong window, NativeLongByReference root, NativeLongByReference parent,
                PointerByReference children, IntByReference count);

        NativeLong XInternAtom(Pointer display, String name, boolean onlyIfExists);

        int XGetWindowProperty(Pointer display, NativeLong window, NativeLong property, NativeLong offset,
                NativeLong length, boolean delete, NativeLong type, NativeLongByReference actualType,
                IntByReference actualFormat, NativeLongByReference items, NativeLongByReference bytesAfter,
                PointerByReference data);

        int XGetWindowAttributes(Pointer display, NativeLong window, Pointer attributes);

        boolean XTranslateCoordinates(Pointer display, NativeLong from, NativeLong to, int x, int y,
                IntByReference toX, IntByReference toY, NativeLongByReference child);

        NativeLong XCreateSimpleWindow(Pointer display, NativeLong parent, int x, int y, int width, int height,
                int border, NativeLong borderPixel, NativeLong background);

        int XSetWindowBackgroundPixmap(Pointer display, NativeLong window, NativeLong pixmap);

        int XDestroyWindow(Pointer display, NativeLong window);

        int XMapWindow(Pointer display, NativeLong window);

        int XUnmapWindow(Pointer display, NativeLong window);

        int XMoveResizeWindow(Pointer display, NativeLong window, int x, int y, int width, int height);

        int XSelectInput(Pointer display, NativeLong window, NativeLong mask);

        Pointer XCreateGC(Pointer display, NativeLong drawable, NativeLong mask, Pointer values);

        int XFreeGC(Pointer display, Pointer gc);

        Pointer XCreateImage(Pointer display, Pointer visual, int depth, int format, int offset, Pointer data,
                int width, int height, int pad, int bytesPerLine);

        int XPutImage(Pointer display, NativeLong drawable, Pointer gc, Pointer image, int srcX, int srcY,
                int destX, int destY, int width, int height);

        int XPending(Pointer display);

        int XNextEvent(Pointer display, Pointer event);

        int XFlush(Pointer display);

        int XFree(Pointer data);

        NativeLong XCreatePixmap(Pointer display, NativeLong drawable, int width, int height, int depth);

        int XFreePixmap(Pointer display, NativeLong pixmap);

    }

    /** The render extension: the picture scaled by the X server, the pointer blended over it. */
    interface XRender extends Library {
        Pointer XRenderFindVisualFormat(Pointer display, Pointer visual);

        Pointer XRenderFindStandardFormat(Pointer display, int format);

        NativeLong XRenderCreatePicture(Pointer display, NativeLong drawable, Pointer format, NativeLong mask,
                Pointer attributes);

        void XRenderFreePicture(Pointer display, NativeLong picture);

        void XRenderSetPictureTransform(Pointer display, NativeLong picture, Pointer transform);

        void XRenderSetPictureFilter(Pointer display, NativeLong picture, String filter, Pointer params, int count);

        void XRenderComposite(Pointer display, int op, NativeLong source, NativeLong mask, NativeLong destination,
                int sourceX, int sourceY, int maskX, int maskY, int destinationX, int destinationY, int width,
                int height);
    }

    /** The shape extension: a window that takes no input, so the pointer and clicks go to the console under it. */
    interface Xext extends Library {
        void XShapeCombineRectangles(Pointer display, NativeLong window, int kind, int x, int y, Pointer rectangles,
                int count, int operation, int ordering);
    }

    /** XRender's "replace" and "over" operators, and its standard 32-bit format with alpha. */
    static final int OP_SOURCE = 1;
    static final int OP_OVER = 3;
    private static final int STANDARD_ARGB32 = 0;
    private static final int SHAPE_INPUT = 2;
    private static final int SHAPE_SET = 0;
    private static final long EXPOSURE_MASK = 1L << 15;
    private static final int Z_PIXMAP = 2;
    private static final int IS_VIEWABLE = 2;
    /** Offset of {@code map_state} in Xlib's XWindowAttributes on a 64-bit system; of its width, 8. */
    private static final int MAP_STATE = 92;
    private static final int WIDTH = 8;
    private static final int HEIGHT = 12;
    private static final int DEPTH = 20;
    private static final int VISUAL = 24;
    private static final long XA_CARDINAL = 6;

    final X11 x11;
    final XRender render;
    private final Xext xext;
    final Pointer display;
    private final NativeLong root;
    private final Pointer visual;
    private final int depth;
    private final NativeLong pidAtom;
    /** The visual of each window drawn in, and of the windows made inside them, which take their parent's. */
    private final java.util.Map<Long, Pointer> visuals = new java.util.HashMap<>();

    private XDrawing(X11 x11, Xext xext, XRender render, Pointer display) {
        this.x11 = x11;
        this.xext = xext;
        this.render = render;
        this.display = display;
        int screen = x11.XDefaultScreen(display);
        this.root = x11.XDefaultRootWindow(display);
        this.visual = x11.XDefaultVisual(display, screen);
        this.depth = x11.XDefaultDepth(display, screen);
        this.pidAtom = x11.XInternAtom(display, "_NET_WM_PID", false);
        XErrorRecorder.watch(display);
    }

    /**
     * Opens the display named by {@code DISPLAY}, on a 64-bit X11 desktop with 24-bit colour.
     *
     * @throws IOException with the reason in words when drawing straight to the screen is not possible here
     */
    static XDrawing open() throws IOException {
        String name = XDisplays.name();
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")
                || Native.POINTER_SIZE != 8) {
            throw new IOException("this desktop is not a 64-bit X11 display");
        }
        X11 x11 = XDisplays.load("X11", X11.class);
        Xext xext = XDisplays.load("libXext.so.6", Xext.class);
        XRender render = XDisplays.load("libXrender.so.1", XRender.class);
        Pointer display = XDisplays.open(name, x11::XOpenDisplay);
        XDrawing drawing = new XDrawing(x11, xext, render, display);
        if (drawing.depth != 24) {
            drawing.close();
            throw new IOException("the X display has " + drawing.depth + "-bit colour, not 24");
        }
        return drawing;
    }

    /**
     * The X window of this process that is shown with this size at this place on the screen, in the
     * screen's depth: the console's window a JavaFX stage is drawn in. 0 when none or more than one is.
     */
    long windowAt(int screenX, int screenY, int width, int height) {
        List<Long> found = new ArrayList<>();
        collect(root.longValue(), ProcessHandle.current().pid(), found);
        long match = 0;
        Pointer matchVisual = null;
        for (long window : found) {
            Memory attributes = new Memory(136);
            if (x11.XGetWindowAttributes(display, new NativeLong(window), attributes) == 0
                    || attributes.getInt(MAP_STATE) != IS_VIEWABLE || attributes.getInt(WIDTH) != width
                    || attributes.getInt(HEIGHT) != height || attributes.getInt(DEPTH) != depth) {
                continue;
            }
            IntByReference x = new IntByReference();
            IntByReference y = new IntByReference();
            x11.XTranslateCoordinates(display, new NativeLong(window), root, 0, 0, x, y, new NativeLongByReference());
            if (Math.abs(x.getValue() - screenX) <= 1 && Math.abs(y.getValue() - screenY) <= 1) {
                if (match != 0) {
                    return 0;
                }
                match = window;
                matchVisual = attributes.getPointer(VISUAL);
            }
        }
        takeError();
        if (match != 0) {
            visuals.put(match, matchVisual);
        }
        return match;
    }

    private void collect(long window, long pid, List<Long> found) {
        if (pidOf(window) == pid) {
            found.add(window);
        }
        NativeLongByReference rootOut = new NativeLongByReference();
        NativeLongByReference parent = new NativeLongByReference();
        PointerByReference children = new PointerByReference();
        IntByReference count = new IntByReference();
        if (x11.XQueryTree(display, new NativeLong(window), rootOut, parent, children, count) == 0
                || children.getValue() == null) {
            return;
        }
        long[] each = new long[count.getValue()];
        for (int i = 0; i < each.length; i++) {
            each[i] = children.getValue().getNativeLong((long) i * Native.LONG_SIZE).longValue();
        }
        x11.XFree(children.getValue());
        for (long child : each) {
            collect(child, pid, found);
        }
    }

    private long pidOf(long window) {
        NativeLongByReference type = new NativeLongByReference();
        IntByReference format = new IntByReference();
        NativeLongByReference items = new NativeLongByReference();
        NativeLongByReference after = new NativeLongByReference();
        PointerByReference data = new PointerByReference();
        if (x11.XGetWindowProperty(display, new NativeLong(window), pidAtom, new NativeLong(0), new NativeLong(1),
                false, new NativeLong(XA_CARDINAL), type, format, items, after, data) != 0 || data.getValue() == null) {
            return -1;
        }
        long pid = items.getValue().longValue() > 0 && format.getValue() == 32
                ? data.getValue().getNativeLong(0).longValue() : -1;
        x11.XFree(data.getValue());
        return pid;
    }

    /**
     * A window inside {@code parent}, unmapped, that leaves the pointer and clicks to its parent (an
     * empty input shape) and is told when a part of it must be drawn again (exposure).
     */
    long createChild(long parent) {
        NativeLong window = x11.XCreateSimpleWindow(display, new NativeLong(parent), 0, 0, 1, 1, 0,
                new NativeLong(0), new NativeLong(0x202020));
        x11.XSetWindowBackgroundPixmap(display, window, new NativeLong(0)); // none: nothing flashes before a draw
        xext.XShapeCombineRectangles(display, window, SHAPE_INPUT, 0, 0, null, 0, SHAPE_SET, 0);
        x11.XSelectInput(display, window, new NativeLong(EXPOSURE_MASK));
        visuals.put(window.longValue(), visuals.getOrDefault(parent, visual));
        return window.longValue();
    }

    /** Destroys a window made by {@link #createChild}. */
    void destroyChild(long window) {
        visuals.remove(window);
        x11.XDestroyWindow(display, new NativeLong(window));
    }

    /** A graphics context for drawing into {@code drawable} (a window or a pixmap of its depth). */
    Pointer createGc(long drawable) {
        return x11.XCreateGC(display, new NativeLong(drawable), new NativeLong(0), null);
    }

    /** An image of 32-bit pixels over {@code pixels}, which stay this code's memory; with alpha when {@code alpha}. */
    Pointer createImage(Memory pixels, int width, int height, boolean alpha) {
        return x11.XCreateImage(display, visual, alpha ? 32 : depth, Z_PIXMAP, 0, pixels, width, height, 32,
                width * 4);
    }

    /** A pixmap on the server, of the screen's depth, or of 32 bits with alpha when {@code alpha}. */
    long createPixmap(int width, int height, boolean alpha) {
        return x11.XCreatePixmap(display, root, width, height, alpha ? 32 : depth).longValue();
    }

    void freePixmap(long pixmap) {
        x11.XFreePixmap(display, new NativeLong(pixmap));
    }

    /** A render picture of a window or a pixmap of the screen's depth, or of a 32-bit pixmap with alpha. */
    long createPicture(long drawable, boolean alpha) {
        Pointer format = alpha ? render.XRenderFindStandardFormat(display, STANDARD_ARGB32)
                : render.XRenderFindVisualFormat(display, visuals.getOrDefault(drawable, visual));
        return render.XRenderCreatePicture(display, new NativeLong(drawable), format, new NativeLong(0), null)
                .longValue();
    }

    void freePicture(long picture) {
        render.XRenderFreePicture(display, new NativeLong(picture));
    }

    /**
     * Has {@code picture} sampled at {@code 1 / scale} of the point asked for, smoothed unless at 1:1: drawn
     * as a source, it shows {@code scale} times as large.
     */
    void scale(long picture, double scale) {
        Memory transform = new Memory(9 * 4);
        int unit = 1 << 16;
        int[] matrix = {(int) Math.round(unit / scale), 0, 0, 0, (int) Math.round(unit / scale), 0, 0, 0, unit};
        transform.write(0, matrix, 0, matrix.length);
        render.XRenderSetPictureTransform(display, new NativeLong(picture), transform);
        render.XRenderSetPictureFilter(display, new NativeLong(picture), scale == 1 ? "nearest" : "bilinear", null, 0);
    }

    /** Draws {@code source}'s area at {@code (sx, sy)} into {@code destination} at {@code (dx, dy)}. */
    void composite(int op, long source, long destination, int sx, int sy, int dx, int dy, int width, int height) {
        render.XRenderComposite(display, op, new NativeLong(source), new NativeLong(0), new NativeLong(destination),
                sx, sy, 0, 0, dx, dy, width, height);
    }

    /** Frees an image made by {@link #createImage}, leaving its pixels alone. */
    void freeImage(Pointer image) {
        image.setPointer(16, null); // XImage.data: Xlib must not free memory it did not allocate
        x11.XFree(image);
    }

    int connectionNumber() {
        return x11.XConnectionNumber(display);
    }

    /** The first X error on this connection since the last call, or null. */
    XError takeError() {
        return XErrorRecorder.take(display);
    }

    @Override
    public void close() {
        x11.XCloseDisplay(display);
        XErrorRecorder.forget(display);
    }
}
