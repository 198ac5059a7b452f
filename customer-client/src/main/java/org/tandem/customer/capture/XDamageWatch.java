package org.tandem.customer.capture;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;

/**
 * The X server's damage reports for the whole desktop (the DAMAGE extension, decision 0017). The
 * server sends one event when the desktop goes from clean to drawn on; only then are the drawn
 * rectangles fetched (one round trip) and the damage cleared. A quiet desktop costs a look at the
 * connection's queue, nothing more.
 */
final class XDamageWatch implements ScreenDamage {
    /** XDamageReportNonEmpty: one event each time the damage stops being empty. */
    static final int REPORT_NON_EMPTY = 3;
    private static final int DAMAGE_NOTIFY = 0;
    static final NativeLong NONE = new NativeLong(0);
    /** An XEvent is a union of 24 longs. */
    static final int XEVENT_SIZE = 24 * Native.LONG_SIZE;
    /** XRectangle: short x, y; unsigned short width, height. */
    private static final int XRECTANGLE_SIZE = 8;

    /** The calls of libXdamage. */
    interface XDamage extends Library {
        boolean XDamageQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

        int XDamageQueryVersion(Pointer display, IntByReference major, IntByReference minor);

        NativeLong XDamageCreate(Pointer display, NativeLong drawable, int level);

        void XDamageDestroy(Pointer display, NativeLong damage);

        void XDamageSubtract(Pointer display, NativeLong damage, NativeLong repair, NativeLong parts);
    }

    /** The region calls of libXfixes, which hold what the damage was. */
    interface XFixesRegions extends Library {
        boolean XFixesQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

        int XFixesQueryVersion(Pointer display, IntByReference major, IntByReference minor);

        NativeLong XFixesCreateRegion(Pointer display, Pointer rectangles, int count);

        void XFixesDestroyRegion(Pointer display, NativeLong region);

        Pointer XFixesFetchRegion(Pointer display, NativeLong region, IntByReference count);
    }

    private final XConnection x;
    private final XDamage damage;
    private final XFixesRegions fixes;
    private final NativeLong handle;
    private final NativeLong parts;
    private final int notifyType;
    private final Memory event = new Memory(XEVENT_SIZE);
    private boolean drawn;

    private XDamageWatch(XConnection x, XDamage damage, XFixesRegions fixes, int eventBase) {
        this.x = x;
        this.damage = damage;
        this.fixes = fixes;
        this.notifyType = eventBase + DAMAGE_NOTIFY;
        this.handle = damage.XDamageCreate(x.display, x.root, REPORT_NON_EMPTY);
        this.parts = fixes.XFixesCreateRegion(x.display, null, 0);
        x.x11.XFlush(x.display);
    }

    /**
     * Watches the desktop of {@code x}.
     *
     * @throws IOException with the reason in words when the libraries or the extensions are missing
     */
    static XDamageWatch on(XConnection x) throws IOException {
        Extensions found = Extensions.on(x);
        return new XDamageWatch(x, found.damage(), found.fixes(), found.eventBase());
    }

    /** The two extensions as one connection speaks them, and where DAMAGE's events are numbered. */
    record Extensions(XDamage damage, XFixesRegions fixes, int eventBase) {
        /** @throws IOException with the reason in words when the libraries or the extensions are missing */
        static Extensions on(XConnection x) throws IOException {
            XDamage damage;
            XFixesRegions fixes;
            try {
                damage = Native.load("Xdamage", XDamage.class);
                fixes = Native.load("Xfixes", XFixesRegions.class);
            } catch (UnsatisfiedLinkError e) {
                throw new IOException("the Xdamage or Xfixes library could not be loaded (" + e.getMessage() + ")", e);
            }
            IntByReference eventBase = new IntByReference();
            IntByReference errorBase = new IntByReference();
            // Both extensions refuse requests from a client that has not said which version it speaks.
            if (!fixes.XFixesQueryExtension(x.display, new IntByReference(), new IntByReference())
                    || fixes.XFixesQueryVersion(x.display, new IntByReference(4), new IntByReference(0)) == 0) {
                throw new IOException("the X server has no XFixes extension");
            }
            IntByReference major = new IntByReference(1);
            IntByReference minor = new IntByReference(1);
            if (!damage.XDamageQueryExtension(x.display, eventBase, errorBase)
                    || damage.XDamageQueryVersion(x.display, major, minor) == 0 || major.getValue() < 1) {
                throw new IOException("the X server has no DAMAGE extension");
            }
            return new Extensions(damage, fixes, eventBase.getValue());
        }

        /** The number of a damage report among this connection's events. */
        int notifyType() {
            return eventBase + DAMAGE_NOTIFY;
        }
    }

    @Override
    public void collect(DamageRegion into) {
        while (x.x11.XPending(x.display) > 0) {
            x.x11.XNextEvent(x.display, event);
            if (event.getInt(0) == notifyType) {
                drawn = true;
            }
        }
        if (!drawn) {
            return;
        }
        drawn = false;
        // Takes the damage out into a region and clears it: the next drawing sends a new event.
        damage.XDamageSubtract(x.display, handle, NONE, parts);
        IntByReference count = new IntByReference();
        Pointer rectangles = fixes.XFixesFetchRegion(x.display, parts, count);
        if (rectangles == null || x.takeError() != null) {
            if (rectangles != null) {
                x.x11.XFree(rectangles);
            }
            // Cannot tell where (the screen may have changed size): all of it, rather than miss a change.
            into.addAll(x.rereadScreen());
            return;
        }
        try {
            for (int i = 0; i < count.getValue(); i++) {
                long at = (long) i * XRECTANGLE_SIZE;
                into.add(rectangles.getShort(at), rectangles.getShort(at + 2),
                        Short.toUnsignedInt(rectangles.getShort(at + 4)), Short.toUnsignedInt(rectangles.getShort(at + 6)));
            }
        } finally {
            x.x11.XFree(rectangles);
        }
    }

    @Override
    public void close() {
        fixes.XFixesDestroyRegion(x.display, parts);
        damage.XDamageDestroy(x.display, handle);
        x.x11.XFlush(x.display);
    }
}
