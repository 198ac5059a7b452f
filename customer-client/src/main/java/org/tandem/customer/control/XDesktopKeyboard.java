package org.tandem.customer.control;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.desktop.x11.XError;
import org.tandem.desktop.x11.XErrorRecorder;

/**
 * {@link DesktopKeyboard} on X11: reads the window manager's list of windows in stacking order
 * (EWMH {@code _NET_CLIENT_LIST_STACKING}) and asks it, as a pager does ({@code _NET_ACTIVE_WINDOW}),
 * to activate the topmost window of the customer's own programs. Tandem's windows (this process's,
 * and any Tandem app's, by its window class) are never chosen, nor a minimised one, a panel, or one
 * on another workspace. Talks to the X server on a connection of its own, on a thread of its own.
 */
public final class XDesktopKeyboard implements DesktopKeyboard {
    private static final Logger LOG = LoggerFactory.getLogger(XDesktopKeyboard.class);

    /** The calls of libX11 this needs. */
    interface X11 extends Library {
        Pointer XOpenDisplay(String name);

        NativeLong XDefaultRootWindow(Pointer display);

        NativeLong XInternAtom(Pointer display, String name, int onlyIfExists);

        int XGetWindowProperty(Pointer display, NativeLong window, NativeLong property, NativeLong offset,
                NativeLong length, int delete, NativeLong type, NativeLongByReference actualType,
                IntByReference actualFormat, NativeLongByReference items, NativeLongByReference bytesAfter,
                PointerByReference data);

        int XSendEvent(Pointer display, NativeLong window, int propagate, NativeLong eventMask, ClientMessage event);

        int XSync(Pointer display, int discard);

        int XFree(Pointer data);
    }

    /** Xlib's XClientMessageEvent, padded to the size of an XEvent (24 longs). */
    @Structure.FieldOrder({"type", "serial", "sendEvent", "display", "window", "messageType", "format", "data", "pad"})
    public static final class ClientMessage extends Structure {
        public int type;
        public NativeLong serial = new NativeLong(0);
        public int sendEvent;
        public Pointer display;
        public NativeLong window = new NativeLong(0);
        public NativeLong messageType = new NativeLong(0);
        public int format;
        public NativeLong[] data = longs(5);
        public NativeLong[] pad = longs(12);

        private static NativeLong[] longs(int count) {
            NativeLong[] zeros = new NativeLong[count];
            java.util.Arrays.fill(zeros, new NativeLong(0));
            return zeros;
        }
    }

    /**
     * A window as the window manager lists it.
     *
     * @param pid the process that made it ({@code _NET_WM_PID}), or -1 when it does not say
     * @param program its window class ({@code WM_CLASS}), or empty
     * @param types its window types by EWMH name ({@code _NET_WM_WINDOW_TYPE_NORMAL}, …)
     * @param states its states by EWMH name ({@code _NET_WM_STATE_HIDDEN}, …)
     * @param desktop its workspace, {@link #ALL_DESKTOPS} on all of them, or -1 when it does not say
     */
    record ClientWindow(long id, long pid, String program, List<String> types, List<String> states, long desktop) {
    }

    static final long ALL_DESKTOPS = 0xFFFF_FFFFL;
    /** Every Tandem app's windows have a window class of its main class, in this package tree. */
    static final String TANDEM_PROGRAM = "org.tandem.";
    /** Window types the customer works in: a program's window, its dialog, the desktop itself. None said is a normal one. */
    private static final Set<String> WORK_TYPES = Set.of("_NET_WM_WINDOW_TYPE_NORMAL", "_NET_WM_WINDOW_TYPE_DIALOG",
            "_NET_WM_WINDOW_TYPE_DESKTOP");
    private static final List<String> NAMES = List.of("_NET_WM_WINDOW_TYPE_NORMAL", "_NET_WM_WINDOW_TYPE_DIALOG",
            "_NET_WM_WINDOW_TYPE_DESKTOP", "_NET_WM_WINDOW_TYPE_DOCK", "_NET_WM_STATE_HIDDEN");
    private static final int CLIENT_MESSAGE = 33;
    private static final long SUBSTRUCTURE_NOTIFY_AND_REDIRECT = (1L << 19) | (1L << 20);
    /** The request comes from a pager: a window manager honours it without asking whose the keyboard was last. */
    private static final long SOURCE_PAGER = 2;
    private static final NativeLong ANY_TYPE = new NativeLong(0);
    private static final NativeLong WM_CLASS = new NativeLong(67);
    private static final long MAX_ITEMS = 4096;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread named = new Thread(r, "tandem-desktop-keyboard");
        named.setDaemon(true);
        return named;
    });
    private final long ownPid = ProcessHandle.current().pid();
    private X11 x11;
    private Pointer display;
    private boolean unavailable;
    private final Map<String, NativeLong> atoms = new HashMap<>();

    private XDesktopKeyboard() {}

    /** On an X11 desktop (DISPLAY set), a keyboard to give; elsewhere {@link DesktopKeyboard#NONE}. */
    public static DesktopKeyboard forThisDesktop() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String name = System.getenv("DISPLAY");
        if (os.startsWith("windows") || os.startsWith("mac") || name == null || name.isBlank()) {
            return NONE;
        }
        return new XDesktopKeyboard();
    }

    @Override
    public void giveToCustomersProgram() {
        thread.execute(() -> {
            try {
                give();
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                LOG.warn("Could not give the keyboard to the customer's own program: {}", e.toString());
            }
        });
    }

    /**
     * The topmost window of the customer's own programs on the current workspace: not Tandem's (this
     * process's, or a Tandem app's by its window class), not minimised, a window one works in.
     *
     * @param bottomToTop the window manager's windows in stacking order, the bottom one first
     */
    static Optional<ClientWindow> topmostOfCustomersPrograms(List<ClientWindow> bottomToTop, long ownPid,
            long currentDesktop) {
        for (int i = bottomToTop.size() - 1; i >= 0; i--) {
            ClientWindow window = bottomToTop.get(i);
            boolean tandems = window.pid() == ownPid || window.program().startsWith(TANDEM_PROGRAM);
            boolean hidden = window.states().contains("_NET_WM_STATE_HIDDEN");
            boolean workedIn = window.types().isEmpty() || window.types().stream().anyMatch(WORK_TYPES::contains);
            boolean here = window.desktop() < 0 || window.desktop() == ALL_DESKTOPS || currentDesktop < 0
                    || window.desktop() == currentDesktop;
            if (!tandems && !hidden && workedIn && here) {
                return Optional.of(window);
            }
        }
        return Optional.empty();
    }

    private synchronized void give() {
        if (!open()) {
            return;
        }
        NativeLong root = x11.XDefaultRootWindow(display);
        long[] current = longs(root, atom("_NET_CURRENT_DESKTOP"));
        List<ClientWindow> windows = new ArrayList<>();
        for (long id : longs(root, atom("_NET_CLIENT_LIST_STACKING"))) {
            windows.add(read(new NativeLong(id)));
        }
        XErrorRecorder.take(display); // a window gone meanwhile is simply not there
        Optional<ClientWindow> chosen = topmostOfCustomersPrograms(windows, ownPid, current.length > 0 ? current[0] : -1);
        if (chosen.isEmpty()) {
            LOG.info("No window of the customer's own programs to give the keyboard to");
            return;
        }
        LOG.info("Giving the keyboard to the customer's own window 0x{} ({})", Long.toHexString(chosen.get().id()),
                chosen.get().program());
        ClientMessage activate = new ClientMessage();
        activate.type = CLIENT_MESSAGE;
        activate.sendEvent = 1;
        activate.display = display;
        activate.window = new NativeLong(chosen.get().id());
        activate.messageType = atom("_NET_ACTIVE_WINDOW");
        activate.format = 32;
        activate.data[0] = new NativeLong(SOURCE_PAGER);
        x11.XSendEvent(display, root, 0, new NativeLong(SUBSTRUCTURE_NOTIFY_AND_REDIRECT), activate);
        x11.XSync(display, 0);
        XError refused = XErrorRecorder.take(display);
        if (refused != null) {
            LOG.warn("The X server refused to give the keyboard to window 0x{}: {}", Long.toHexString(chosen.get().id()),
                    refused);
        }
    }

    private ClientWindow read(NativeLong window) {
        long[] pid = longs(window, atom("_NET_WM_PID"));
        long[] desktop = longs(window, atom("_NET_WM_DESKTOP"));
        return new ClientWindow(window.longValue(), pid.length > 0 ? pid[0] : -1, program(window),
                names(longs(window, atom("_NET_WM_WINDOW_TYPE"))), names(longs(window, atom("_NET_WM_STATE"))),
                desktop.length > 0 ? desktop[0] : -1);
    }

    /** These atoms by the EWMH names this knows; any other is "other". */
    private List<String> names(long[] values) {
        List<String> named = new ArrayList<>();
        for (long value : values) {
            named.add(NAMES.stream().filter(name -> atom(name).longValue() == value).findFirst().orElse("other"));
        }
        return named;
    }

    /** The window's class: the second of WM_CLASS's two strings, or the first when there is one. */
    private String program(NativeLong window) {
        Property property = property(window, WM_CLASS);
        if (property == null || property.format() != 8) {
            return "";
        }
        String[] parts = new String(property.bytes(), StandardCharsets.ISO_8859_1).split("\0");
        return parts.length == 0 ? "" : parts[parts.length > 1 ? 1 : 0];
    }

    /** A property of 32-bit items (cardinals, atoms, windows), or none when it is not one. */
    private long[] longs(NativeLong window, NativeLong name) {
        Property property = property(window, name);
        return property == null || property.format() != 32 ? new long[0] : property.items();
    }

    private record Property(int format, long[] items, byte[] bytes) {
    }

    private Property property(NativeLong window, NativeLong name) {
        NativeLongByReference type = new NativeLongByReference();
        IntByReference format = new IntByReference();
        NativeLongByReference count = new NativeLongByReference();
        NativeLongByReference after = new NativeLongByReference();
        PointerByReference data = new PointerByReference();
        int status = x11.XGetWindowProperty(display, window, name, new NativeLong(0), new NativeLong(MAX_ITEMS), 0,
                ANY_TYPE, type, format, count, after, data);
        Pointer values = data.getValue();
        try {
            if (status != 0 || values == null) {
                return null;
            }
            int n = (int) Math.min(count.getValue().longValue(), MAX_ITEMS);
            if (format.getValue() == 8) {
                return new Property(8, new long[0], values.getByteArray(0, n));
            }
            long[] items = new long[n];
            for (int i = 0; i < n; i++) {
                // Xlib hands 32-bit items as C longs.
                items[i] = values.getNativeLong((long) i * NativeLong.SIZE).longValue() & 0xFFFF_FFFFL;
            }
            return new Property(format.getValue(), items, new byte[0]);
        } finally {
            if (values != null) {
                x11.XFree(values);
            }
        }
    }

    private NativeLong atom(String name) {
        return atoms.computeIfAbsent(name, n -> x11.XInternAtom(display, n, 0));
    }

    private boolean open() {
        if (display != null || unavailable) {
            return display != null;
        }
        try {
            X11 library = Native.load("X11", X11.class);
            Pointer opened = library.XOpenDisplay(System.getenv("DISPLAY"));
            if (opened == null) {
                throw new IllegalStateException("the X display could not be opened");
            }
            XErrorRecorder.watch(opened);
            x11 = library;
            display = opened;
            return true;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            unavailable = true;
            LOG.warn("Tandem cannot give the keyboard to the customer's own programs on this desktop: {}", e.toString());
            return false;
        }
    }
}
