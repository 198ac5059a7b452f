package org.tandem.customer.capture;

import org.tandem.desktop.x11.XError;
import org.tandem.desktop.x11.XErrorRecorder;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.message.PointerMessage;

/**
 * The pointer's look on X11, read through the XFixes extension (decision 0016): XFixes tells when
 * the pointer's look changed ({@code XFixesSelectCursorInput}), and only then is its image read
 * ({@code XFixesGetCursorImage}). The position comes from another source (AWT). Uses its own
 * connection to the X server, from the capture thread only; an X error on it is recorded
 * ({@link XErrorRecorder}), never the end of the app.
 */
public final class XFixesPointerSource implements PointerSource {
    private static final Logger LOG = LoggerFactory.getLogger(XFixesPointerSource.class);
    private static final AtomicBoolean FALLBACK_LOGGED = new AtomicBoolean();
    private static final AtomicBoolean ERROR_LOGGED = new AtomicBoolean();
    /** XFixesDisplayCursorNotifyMask, and XFixesCursorNotify's offset from the extension's first event. */
    private static final NativeLong DISPLAY_CURSOR_NOTIFY_MASK = new NativeLong(1);
    private static final int CURSOR_NOTIFY = 1;
    /** An XEvent is a union of 24 longs. */
    private static final int XEVENT_SIZE = 24 * Native.LONG_SIZE;

    /** The few calls of libX11 this needs. */
    interface X11 extends Library {
        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        NativeLong XDefaultRootWindow(Pointer display);

        int XPending(Pointer display);

        int XNextEvent(Pointer display, Pointer event);

        int XFree(Pointer data);
    }

    /** The few calls of libXfixes this needs. */
    interface XFixes extends Library {
        boolean XFixesQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

        boolean XFixesQueryVersion(Pointer display, IntByReference major, IntByReference minor);

        void XFixesSelectCursorInput(Pointer display, NativeLong window, NativeLong eventMask);

        CursorImage XFixesGetCursorImage(Pointer display);
    }

    /** XFixesCursorImage, as libXfixes lays it out. */
    @Structure.FieldOrder({"x", "y", "width", "height", "xhot", "yhot", "cursorSerial", "pixels", "atom", "name"})
    public static final class CursorImage extends Structure {
        public short x;
        public short y;
        public short width;
        public short height;
        public short xhot;
        public short yhot;
        public NativeLong cursorSerial;
        public Pointer pixels;
        public NativeLong atom;
        public Pointer name;

        public CursorImage() {}

        public CursorImage(Pointer at) {
            super(at);
            read();
        }
    }

    private final PointerSource position;
    private final X11 x11;
    private final XFixes xfixes;
    private final Pointer display;
    private final int cursorNotify;
    private final Memory event = new Memory(XEVENT_SIZE);
    private boolean changed = true; // the first reading sends the look the pointer has now
    private long lastSerial = -1;

    private XFixesPointerSource(PointerSource position, X11 x11, XFixes xfixes, Pointer display, int eventBase) {
        this.position = position;
        this.x11 = x11;
        this.xfixes = xfixes;
        this.display = display;
        this.cursorNotify = eventBase + CURSOR_NOTIFY;
        XErrorRecorder.watch(display); // an X error on this connection must not end the app (Xlib's default)
        xfixes.XFixesSelectCursorInput(display, x11.XDefaultRootWindow(display), DISPLAY_CURSOR_NOTIFY_MASK);
    }

    /**
     * The look from XFixes with the position from {@code position}; {@code position} alone (the
     * console then draws a standard arrow) when this is not X11, or the X libraries or the XFixes
     * extension are missing: said once in the log.
     */
    public static PointerSource withPosition(PointerSource position) {
        Objects.requireNonNull(position, "position");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String displayName = System.getenv("DISPLAY");
        if (os.startsWith("windows") || os.startsWith("mac") || displayName == null || displayName.isBlank()) {
            return fallBack(position, "this desktop is not an X11 display");
        }
        try {
            X11 x11 = Native.load("X11", X11.class);
            XFixes xfixes = Native.load("Xfixes", XFixes.class);
            Pointer display = x11.XOpenDisplay(displayName);
            if (display == null) {
                return fallBack(position, "the X display " + displayName + " could not be opened");
            }
            IntByReference eventBase = new IntByReference();
            IntByReference errorBase = new IntByReference();
            IntByReference major = new IntByReference(4); // the version this client speaks
            IntByReference minor = new IntByReference(0);
            if (!xfixes.XFixesQueryExtension(display, eventBase, errorBase)
                    || !xfixes.XFixesQueryVersion(display, major, minor) || major.getValue() < 2) {
                x11.XCloseDisplay(display);
                return fallBack(position, "the X server has no XFixes 2 extension");
            }
            LOG.info("The pointer's look is read through XFixes {}.{}", major.getValue(), minor.getValue());
            return new XFixesPointerSource(position, x11, xfixes, display, eventBase.getValue());
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.debug("XFixes could not be loaded", e);
            return fallBack(position, "the X11 or XFixes library could not be loaded (" + e.getMessage() + ")");
        }
    }

    private static PointerSource fallBack(PointerSource position, String why) {
        if (FALLBACK_LOGGED.compareAndSet(false, true)) {
            LOG.info("The pointer's look cannot be read, so the console draws a standard arrow: {}", why);
        }
        return position;
    }

    @Override
    public PointerMessage.Moved position() {
        return position.position();
    }

    @Override
    public synchronized PointerMessage.Shape shapeIfChanged() {
        while (x11.XPending(display) > 0) {
            x11.XNextEvent(display, event);
            if (event.getInt(0) == cursorNotify) {
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        changed = false;
        return readImage();
    }

    private PointerMessage.Shape readImage() {
        CursorImage image = xfixes.XFixesGetCursorImage(display);
        XError error = XErrorRecorder.take(display);
        if (error != null && ERROR_LOGGED.compareAndSet(false, true)) {
            LOG.info("The X server refused to tell the pointer's look ({}); the last look read stays", error);
        }
        if (image == null || error != null) {
            if (image != null) {
                x11.XFree(image.getPointer());
            }
            return null;
        }
        try {
            long serial = image.cursorSerial.longValue();
            int width = Short.toUnsignedInt(image.width);
            int height = Short.toUnsignedInt(image.height);
            if (serial == lastSerial || width == 0 || height == 0 || image.pixels == null) {
                return null;
            }
            lastSerial = serial;
            int[] pixels = new int[width * height];
            for (int i = 0; i < pixels.length; i++) {
                // One unsigned long per pixel, ARGB in its low 32 bits.
                pixels[i] = (int) (Native.LONG_SIZE == 8 ? image.pixels.getLong((long) i * 8)
                        : image.pixels.getInt((long) i * 4));
            }
            return CursorImages.shape(width, height, Short.toUnsignedInt(image.xhot), Short.toUnsignedInt(image.yhot),
                    pixels);
        } finally {
            x11.XFree(image.getPointer());
        }
    }
}
