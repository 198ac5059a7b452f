package org.tandem.customer.capture;

import org.tandem.desktop.x11.XError;
import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.io.IOException;
import org.tandem.shared.screen.Frame;

/**
 * Run in a process of its own by {@link XErrorsIT}, on an X server of its own: an X error that
 * Xlib's default handler would answer with exit() ends only this process, never the test runner.
 * Prints what it saw, one fact a line; exits 0 when it got to the end.
 */
public final class XErrorsProbe {
    /** The X calls the probe makes itself, to change the screen and to cause errors. */
    interface Xlib extends Library {
        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        NativeLong XDefaultRootWindow(Pointer display);

        int XSync(Pointer display, boolean discard);

        Pointer XSetErrorHandler(ErrorHandler handler);

        Pointer XGetImage(Pointer display, NativeLong drawable, int x, int y, int width, int height,
                NativeLong planeMask, int format);
    }

    interface Xrandr extends Library {
        ScreenResources XRRGetScreenResources(Pointer display, NativeLong window);

        void XRRFreeScreenResources(Pointer resources);

        int XRRSetCrtcConfig(Pointer display, ScreenResources resources, NativeLong crtc, NativeLong timestamp, int x,
                int y, NativeLong mode, short rotation, Pointer outputs, int outputCount);

        void XRRSetScreenSize(Pointer display, NativeLong window, int width, int height, int mmWidth, int mmHeight);
    }

    /** The head of XRRScreenResources, up to its CRTCs. */
    @Structure.FieldOrder({"timestamp", "configTimestamp", "crtcCount", "crtcs"})
    public static final class ScreenResources extends Structure {
        public NativeLong timestamp;
        public NativeLong configTimestamp;
        public int crtcCount;
        public Pointer crtcs;
    }

    interface ErrorHandler extends Callback {
        int invoke(Pointer display, Pointer event);
    }

    /** A window that does not exist: asking for its image is an X error (BadDrawable). */
    private static final NativeLong NO_SUCH_WINDOW = new NativeLong(0x1F00_0001L);
    private static final int WAIT_SECONDS = 20;

    private XErrorsProbe() {}

    public static void main(String[] args) throws Exception {
        if (!"bare-shrink".equals(args[0])) {
            // AWT first, as in the app: its error handler is in place before the capture's.
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            Toolkit.getDefaultToolkit().sync();
        }
        switch (args[0]) {
            // Bare: no AWT, so Xlib's own handler (print and exit) is the one before the capture's.
            case "shrink", "bare-shrink" -> shrink(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            case "chain" -> chain();
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("survived");
        System.exit(0); // AWT's threads would keep the process alive
    }

    /** Captures with damage, makes the screen smaller, and captures until the frame has the new size. */
    private static void shrink(int width, int height, int smallWidth, int smallHeight) throws Exception {
        Xlib x11 = Native.load("X11", Xlib.class);
        Xrandr randr = Native.load("Xrandr", Xrandr.class);
        // The pointer's look is read through a connection of its own while the screen changes.
        PointerSource pointer = XFixesPointerSource.withPosition(PointerSource.NONE);
        try (DamageFrameSource source = ScreenCaptures.damageTracking(SharedArea.single(width, height))) {
            Frame first = source.capture();
            System.out.println("before " + first.width() + "x" + first.height());
            Pointer display = x11.XOpenDisplay(System.getenv("DISPLAY"));
            NativeLong root = x11.XDefaultRootWindow(display);
            // Xvfb's one CRTC shows the whole first size, and a screen cannot be smaller than what it shows:
            // switch it off first, as a monitor unplugged.
            ScreenResources resources = randr.XRRGetScreenResources(display, root);
            for (int i = 0; i < resources.crtcCount; i++) {
                NativeLong crtc = new NativeLong(resources.crtcs.getNativeLong((long) i * Native.LONG_SIZE).longValue());
                randr.XRRSetCrtcConfig(display, resources, crtc, new NativeLong(0), 0, 0, new NativeLong(0), (short) 1,
                        null, 0);
            }
            randr.XRRFreeScreenResources(resources.getPointer());
            randr.XRRSetScreenSize(display, root, smallWidth, smallHeight, smallWidth / 4, smallHeight / 4);
            x11.XSync(display, false);
            x11.XCloseDisplay(display);
            System.out.println("shrunk");
            long deadline = System.nanoTime() + WAIT_SECONDS * 1_000_000_000L;
            Frame frame = source.capture();
            // The capture notices at its next whole grab (at once on an error, at the latest after its recheck).
            while (frame.width() != smallWidth) {
                if (System.nanoTime() - deadline >= 0) {
                    System.out.println("gave up: " + frame.width() + " wide after " + WAIT_SECONDS + " s");
                    break;
                }
                pointer.shapeIfChanged();
                Thread.sleep(20); // polled with a deadline: only capturing again shows whether the capture noticed
                frame = source.capture();
            }
            pointer.shapeIfChanged();
            System.out.println("after " + frame.width() + "x" + frame.height());
        }
    }

    /** Errors on the capture's connection are recorded; errors on any other go on to the handler before. */
    private static void chain() throws IOException {
        Xlib x11 = Native.load("X11", Xlib.class);
        int[] before = new int[1];
        ErrorHandler earlier = (display, event) -> {
            before[0]++;
            return 0;
        };
        x11.XSetErrorHandler(earlier); // stands for AWT's or GDK's handler
        try (XConnection ours = XConnection.open()) {
            Pointer image = ours.x11.XGetImage(ours.display, NO_SUCH_WINDOW, 0, 0, 1, 1, new NativeLong(-1), 2);
            XError recorded = ours.takeError();
            System.out.println("ours image " + (image == null ? "none" : "some") + " recorded "
                    + (recorded == null ? "nothing" : recorded.code()) + " earlier handler " + before[0]);
            Pointer other = x11.XOpenDisplay(System.getenv("DISPLAY"));
            x11.XGetImage(other, NO_SUCH_WINDOW, 0, 0, 1, 1, new NativeLong(-1), 2);
            x11.XSync(other, false);
            XError leaked = ours.takeError();
            System.out.println("other recorded " + (leaked == null ? "nothing" : leaked.code()) + " earlier handler "
                    + before[0]);
            x11.XCloseDisplay(other);
        }
        System.out.println("kept " + earlier.hashCode()); // the earlier handler must outlive its last call
    }
}
