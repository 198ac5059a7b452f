package org.tandem.customer.capture;

import org.tandem.desktop.x11.XError;
import org.tandem.desktop.x11.XDisplays;
import org.tandem.desktop.x11.XErrorRecorder;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import java.awt.Rectangle;
import java.io.IOException;

/**
 * A connection of its own to the X server, for the capture thread: damage reports and pixels go
 * through it, apart from AWT's. An X error on it is recorded for its users ({@link #takeError}) instead
 * of ending the process ({@link XErrorRecorder}). Not thread-safe: its users hold one lock around every call.
 */
final class XConnection implements AutoCloseable {
    /** The few calls of libX11 capture needs. */
    interface X11 extends Library {
        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        NativeLong XDefaultRootWindow(Pointer display);

        int XDefaultScreen(Pointer display);

        int XDisplayWidth(Pointer display, int screen);

        int XDisplayHeight(Pointer display, int screen);

        int XPending(Pointer display);

        int XNextEvent(Pointer display, Pointer event);

        int XConnectionNumber(Pointer display);

        int XFlush(Pointer display);

        int XFree(Pointer data);

        Pointer XGetImage(Pointer display, NativeLong drawable, int x, int y, int width, int height,
                NativeLong planeMask, int format);

        int XGetGeometry(Pointer display, NativeLong drawable, NativeLongByReference root, IntByReference x,
                IntByReference y, IntByReference width, IntByReference height, IntByReference border,
                IntByReference depth);
    }

    final X11 x11;
    final Pointer display;
    final NativeLong root;
    /** The root window's area as last read: an image of anything outside it is refused (BadMatch). */
    private Rectangle screen;

    private XConnection(X11 x11, Pointer display) {
        this.x11 = x11;
        this.display = display;
        this.root = x11.XDefaultRootWindow(display);
        int number = x11.XDefaultScreen(display);
        this.screen = new Rectangle(0, 0, x11.XDisplayWidth(display, number), x11.XDisplayHeight(display, number));
        XErrorRecorder.watch(display);
    }

    /** The root window's area, as last read. */
    Rectangle screen() {
        return new Rectangle(screen);
    }

    /**
     * Reads the root window's size from the server again (one round trip): the screen may have been
     * made smaller or larger (xrandr) since. Xlib's own figure is the one at opening.
     *
     * @return the area now
     */
    Rectangle rereadScreen() {
        IntByReference width = new IntByReference();
        IntByReference height = new IntByReference();
        int ok = x11.XGetGeometry(display, root, new NativeLongByReference(), new IntByReference(), new IntByReference(),
                width, height, new IntByReference(), new IntByReference());
        if (ok != 0 && takeError() == null && width.getValue() > 0 && height.getValue() > 0) {
            screen = new Rectangle(0, 0, width.getValue(), height.getValue());
        }
        return screen();
    }

    /** The first X error the server sent for a request on this connection since the last call, or null. */
    XError takeError() {
        return XErrorRecorder.take(display);
    }

    /**
     * Opens the display named by {@code DISPLAY}.
     *
     * @throws IOException with the reason in words when this is not X11 or libX11 is missing
     */
    static XConnection open() throws IOException {
        String name = XDisplays.name();
        X11 x11 = XDisplays.load("X11", X11.class);
        return new XConnection(x11, XDisplays.open(name, x11::XOpenDisplay));
    }

    @Override
    public void close() {
        x11.XCloseDisplay(display);
        XErrorRecorder.forget(display);
    }
}
