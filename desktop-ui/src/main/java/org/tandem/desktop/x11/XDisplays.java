package org.tandem.desktop.x11;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

/**
 * Opening a connection of Tandem's own to the X display the app runs on, the same way for the
 * customer's capture and the console's drawing: which display, its libraries, the connection, each
 * refused with the reason in words.
 */
public final class XDisplays {
    private XDisplays() {}

    /**
     * The display {@code DISPLAY} names.
     *
     * @throws IOException on Windows and macOS, or when no display is named
     */
    public static String name() throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String name = System.getenv("DISPLAY");
        if (os.startsWith("windows") || os.startsWith("mac") || name == null || name.isBlank()) {
            throw new IOException("this desktop is not an X11 display");
        }
        return name;
    }

    /**
     * One of the X libraries, through JNA.
     *
     * @throws IOException when it is not on this computer
     */
    public static <T extends Library> T load(String library, Class<T> calls) throws IOException {
        try {
            return Native.load(library, calls);
        } catch (UnsatisfiedLinkError e) {
            throw new IOException("the X11 library " + library + " could not be loaded (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A connection to the display {@code name}, opened by libX11's {@code XOpenDisplay}.
     *
     * @throws IOException when the display cannot be opened
     */
    public static Pointer open(String name, Function<String, Pointer> openDisplay) throws IOException {
        Pointer display = openDisplay.apply(name);
        if (display == null) {
            throw new IOException("the X display " + name + " could not be opened");
        }
        return display;
    }
}
