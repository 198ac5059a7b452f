package org.tandem.customer.control;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tandem.desktop.x11.XError;
import org.tandem.desktop.x11.XErrorRecorder;
import org.tandem.shared.input.Key;

/**
 * Types on an X11 display what AWT's Robot cannot: characters that have no key in the current layout,
 * and keys that AWT has no X11 key for (the system key, the menu key, F13 to F24). It talks to the X
 * server on a connection of its own, through the XTEST extension that AWT's Robot uses too.
 *
 * <p>A character is typed on a spare key mapped to it, whatever the layout, the layout group and the
 * modifiers (every level of the key holds it). The mapping is kept after typing ({@link SpareKeys}):
 * an application reads a key press when it gets to it, and looks the key up then; undoing the mapping
 * at once loses the character whenever the application is slower than the typist, as it is on a busy
 * computer. {@link #giveBackSpareKeys} leaves the keys without a symbol again when control ends.
 *
 * <p>The connection is opened on first use; thread-safe.
 */
public final class XKeyboard {
    /** The calls of libX11 this needs. */
    interface X11 extends Library {
        Pointer XOpenDisplay(String name);

        int XCloseDisplay(Pointer display);

        int XDisplayKeycodes(Pointer display, IntByReference min, IntByReference max);

        Pointer XGetKeyboardMapping(Pointer display, byte first, int count, IntByReference keysymsPerKeycode);

        int XChangeKeyboardMapping(Pointer display, int first, int keysymsPerKeycode, NativeLong[] keysyms, int count);

        byte XKeysymToKeycode(Pointer display, NativeLong keysym);

        NativeLong XStringToKeysym(String name);

        int XSync(Pointer display, int discard);

        int XFree(Pointer data);
    }

    /** The calls of libXtst this needs. */
    interface XTest extends Library {
        int XTestQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase,
                IntByReference major, IntByReference minor);

        int XTestFakeKeyEvent(Pointer display, int keycode, int isPress, NativeLong delay);
    }

    private static final Map<Key, String> KEYSYMS = keysyms();
    private static final long NO_SYMBOL = 0;
    private static final long RETURN = 0xff0d;
    private static final long TAB = 0xff09;

    private X11 x11;
    private XTest xtest;
    private Pointer display;
    private SpareKeys spare;
    /** The spare keys held down here, by the symbol they were pressed for. */
    private final Map<Long, Integer> heldSpare = new HashMap<>();

    /** The X keysym to press for a key AWT's Robot cannot press on X11, or empty for the others. */
    static Optional<String> keysymFor(Key key) {
        return Optional.ofNullable(KEYSYMS.get(key));
    }

    /**
     * The X keysym that types this character: Latin-1 characters are their own keysym, the others
     * X's Unicode keysym; a new line is the Return key and a tab the Tab key.
     *
     * @throws IllegalArgumentException for a control character, which no key types
     */
    static long keysymOf(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r') {
            return RETURN;
        }
        if (codePoint == '\t') {
            return TAB;
        }
        if (Character.isISOControl(codePoint) || !Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "U+%04X is a control character", codePoint));
        }
        return codePoint <= 0xff ? codePoint : 0x0100_0000L | codePoint;
    }

    /**
     * Types this text as characters, whatever the keyboard layout. Held modifiers are the caller's to
     * lift. Nothing is typed when the text holds a character no key types.
     */
    public synchronized void type(String text) throws IOException {
        long[] symbols;
        try {
            symbols = text.codePoints().mapToLong(XKeyboard::keysymOf).toArray();
        } catch (IllegalArgumentException e) {
            throw new IOException("the text holds a character no key types (" + e.getMessage() + ")", e);
        }
        open();
        Mapping mapping = readMapping();
        for (long symbol : symbols) {
            int code = spareKeyFor(symbol, mapping);
            xtest.XTestFakeKeyEvent(display, code, 1, new NativeLong(0));
            xtest.XTestFakeKeyEvent(display, code, 0, new NativeLong(0));
        }
        sync("typing");
    }

    /** Presses or releases the key with this X keysym name: the layout's own key for it, else a spare one. */
    public synchronized void key(String keysymName, boolean pressed) throws IOException {
        open();
        long symbol = x11.XStringToKeysym(keysymName).longValue();
        if (symbol == NO_SYMBOL) {
            throw new IOException("X knows no key named " + keysymName);
        }
        Mapping mapping = readMapping();
        Integer held = heldSpare.get(symbol);
        int code = held != null ? held : mapping.layoutKeyFor(symbol, spare);
        boolean onSpare = held != null;
        if (code == 0) {
            if (!pressed) {
                return; // neither on the layout nor held here: nothing to release
            }
            code = spareKeyFor(symbol, mapping);
            onSpare = true;
        }
        xtest.XTestFakeKeyEvent(display, code, pressed ? 1 : 0, new NativeLong(0));
        if (onSpare && pressed) {
            heldSpare.put(symbol, code);
            spare.hold(code);
        } else if (onSpare) {
            heldSpare.remove(symbol);
            spare.release(code);
        }
        sync("pressing " + keysymName);
    }

    /** Leaves the spare keys mapped here without a symbol again, as the layout had them; keys held stay. */
    public synchronized void giveBackSpareKeys() throws IOException {
        if (display == null) {
            return;
        }
        Mapping mapping = readMapping();
        for (int code : spare.giveBack()) {
            x11.XChangeKeyboardMapping(display, code, mapping.perKeycode, filled(mapping.perKeycode, NO_SYMBOL), 1);
        }
        sync("giving the spare keys back");
    }

    /** The spare key to type {@code symbol} on, mapped to it. */
    private int spareKeyFor(long symbol, Mapping mapping) throws IOException {
        SpareKeys.Choice choice = spare.choose(symbol)
                .orElseThrow(() -> new IOException("this keyboard has no spare key left to type on"));
        if (choice.mustMap()) {
            x11.XChangeKeyboardMapping(display, choice.keyCode(), mapping.perKeycode, filled(mapping.perKeycode, symbol), 1);
        }
        return choice.keyCode();
    }

    /** The server's key mapping now; spare keys another program has mapped since are dropped. */
    private Mapping readMapping() throws IOException {
        IntByReference max = new IntByReference();
        IntByReference min = new IntByReference();
        x11.XDisplayKeycodes(display, min, max);
        int minKeycode = min.getValue();
        int count = max.getValue() - minKeycode + 1;
        IntByReference perKeycode = new IntByReference();
        Pointer symbols = x11.XGetKeyboardMapping(display, (byte) minKeycode, count, perKeycode);
        if (symbols == null) {
            throw new IOException("the X server did not give its key mapping" + errorSuffix());
        }
        try {
            int per = perKeycode.getValue();
            long[] all = new long[count * per];
            for (int i = 0; i < all.length; i++) {
                all[i] = symbols.getNativeLong((long) i * NativeLong.SIZE).longValue();
            }
            Mapping mapping = new Mapping(minKeycode, per, all);
            if (spare == null) {
                List<Integer> free = new ArrayList<>();
                for (int code = minKeycode; code < minKeycode + count; code++) {
                    if (mapping.isEmpty(code)) {
                        free.add(code);
                    }
                }
                spare = new SpareKeys(free);
            } else {
                spare.keepOnly((code, symbol) -> symbol == null ? mapping.isEmpty(code) : mapping.typesOnly(code, symbol));
            }
            return mapping;
        } finally {
            x11.XFree(symbols);
        }
    }

    /** The key mapping as the server gave it: {@code perKeycode} symbols for each key from the first. */
    private record Mapping(int first, int perKeycode, long[] symbols) {
        /** The first key of the layout whose unshifted symbol this is, not counting spare keys; 0 for none. */
        int layoutKeyFor(long symbol, SpareKeys spare) {
            for (int i = 0; i < symbols.length; i += perKeycode) {
                int code = first + i / perKeycode;
                if (symbols[i] == symbol && !spare.contains(code)) {
                    return code;
                }
            }
            return 0;
        }

        boolean isEmpty(int code) {
            int at = start(code);
            for (int i = 0; at >= 0 && i < perKeycode; i++) {
                if (symbols[at + i] != NO_SYMBOL) {
                    return false;
                }
            }
            return at >= 0;
        }

        /**
         * Whether the key types this symbol and no other. The server need not give back every level it
         * was given: with XKB, a key mapped to one symbol at seven levels reads back with it at four.
         */
        boolean typesOnly(int code, long symbol) {
            int at = start(code);
            if (at < 0 || symbols[at] != symbol) {
                return false;
            }
            for (int i = 1; i < perKeycode; i++) {
                if (symbols[at + i] != symbol && symbols[at + i] != NO_SYMBOL) {
                    return false;
                }
            }
            return true;
        }

        /** Where the key's symbols begin, or -1 for a key outside the mapping. */
        private int start(int code) {
            int at = (code - first) * perKeycode;
            return at < 0 || at + perKeycode > symbols.length ? -1 : at;
        }
    }

    private static NativeLong[] filled(int count, long symbol) {
        NativeLong[] symbols = new NativeLong[count];
        for (int i = 0; i < count; i++) {
            symbols[i] = new NativeLong(symbol);
        }
        return symbols;
    }

    private void open() throws IOException {
        if (display != null) {
            return;
        }
        String name = System.getenv("DISPLAY");
        if (name == null || name.isBlank()) {
            throw new IOException("this desktop is not an X11 display");
        }
        X11 x;
        XTest t;
        try {
            x = Native.load("X11", X11.class);
            t = Native.load("Xtst", XTest.class);
        } catch (UnsatisfiedLinkError e) {
            throw new IOException("the X11 input libraries could not be loaded (" + e.getMessage() + ")", e);
        }
        Pointer opened = x.XOpenDisplay(name);
        if (opened == null) {
            throw new IOException("the X display " + name + " could not be opened");
        }
        IntByReference ignored = new IntByReference();
        if (t.XTestQueryExtension(opened, ignored, ignored, ignored, ignored) == 0) {
            x.XCloseDisplay(opened);
            throw new IOException("the X server does not accept input from programs (no XTEST extension)");
        }
        XErrorRecorder.watch(opened);
        x11 = x;
        xtest = t;
        display = opened;
    }

    /** Waits for the server to have done the requests so far, and reports one it refused. */
    private void sync(String what) throws IOException {
        x11.XSync(display, 0);
        XError error = XErrorRecorder.take(display);
        if (error != null) {
            throw new IOException("the X server refused " + what + " (" + error + ")");
        }
    }

    private String errorSuffix() {
        XError error = XErrorRecorder.take(display);
        return error == null ? "" : " (" + error + ")";
    }

    private static Map<Key, String> keysyms() {
        Map<Key, String> keysyms = new EnumMap<>(Key.class);
        keysyms.put(Key.META, "Super_L");
        keysyms.put(Key.CONTEXT_MENU, "Menu");
        for (int i = 13; i <= 24; i++) {
            keysyms.put(Key.valueOf("F" + i), "F" + i);
        }
        return keysyms;
    }
}
