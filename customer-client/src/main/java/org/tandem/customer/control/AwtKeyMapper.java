package org.tandem.customer.control;

import java.awt.event.KeyEvent;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.tandem.shared.input.Key;

/** Maps portable {@link Key}s to the AWT key codes ({@code KeyEvent.VK_*}) that AWT's Robot presses. */
public final class AwtKeyMapper {
    private final Map<Key, Integer> codes = new EnumMap<>(Key.class);

    /** @param macOs whether the system key is the Command key ({@code VK_META}) rather than the Windows key */
    public AwtKeyMapper(boolean macOs) {
        for (char c = 'A'; c <= 'Z'; c++) {
            codes.put(Key.valueOf(String.valueOf(c)), KeyEvent.VK_A + (c - 'A'));
        }
        for (int i = 0; i <= 9; i++) {
            codes.put(Key.valueOf("DIGIT_" + i), KeyEvent.VK_0 + i);
            codes.put(Key.valueOf("NUMPAD_" + i), KeyEvent.VK_NUMPAD0 + i);
        }
        for (int i = 1; i <= 12; i++) {
            codes.put(Key.valueOf("F" + i), KeyEvent.VK_F1 + i - 1);
        }
        for (int i = 13; i <= 24; i++) {
            codes.put(Key.valueOf("F" + i), KeyEvent.VK_F13 + i - 13);
        }
        codes.put(Key.ENTER, KeyEvent.VK_ENTER);
        codes.put(Key.ESCAPE, KeyEvent.VK_ESCAPE);
        codes.put(Key.BACKSPACE, KeyEvent.VK_BACK_SPACE);
        codes.put(Key.TAB, KeyEvent.VK_TAB);
        codes.put(Key.SPACE, KeyEvent.VK_SPACE);
        codes.put(Key.MINUS, KeyEvent.VK_MINUS);
        codes.put(Key.EQUALS, KeyEvent.VK_EQUALS);
        codes.put(Key.OPEN_BRACKET, KeyEvent.VK_OPEN_BRACKET);
        codes.put(Key.CLOSE_BRACKET, KeyEvent.VK_CLOSE_BRACKET);
        codes.put(Key.BACK_SLASH, KeyEvent.VK_BACK_SLASH);
        codes.put(Key.SEMICOLON, KeyEvent.VK_SEMICOLON);
        codes.put(Key.QUOTE, KeyEvent.VK_QUOTE);
        codes.put(Key.BACK_QUOTE, KeyEvent.VK_BACK_QUOTE);
        codes.put(Key.COMMA, KeyEvent.VK_COMMA);
        codes.put(Key.PERIOD, KeyEvent.VK_PERIOD);
        codes.put(Key.SLASH, KeyEvent.VK_SLASH);
        codes.put(Key.CAPS_LOCK, KeyEvent.VK_CAPS_LOCK);
        codes.put(Key.PRINT_SCREEN, KeyEvent.VK_PRINTSCREEN);
        codes.put(Key.SCROLL_LOCK, KeyEvent.VK_SCROLL_LOCK);
        codes.put(Key.PAUSE, KeyEvent.VK_PAUSE);
        codes.put(Key.INSERT, KeyEvent.VK_INSERT);
        codes.put(Key.HOME, KeyEvent.VK_HOME);
        codes.put(Key.PAGE_UP, KeyEvent.VK_PAGE_UP);
        codes.put(Key.DELETE, KeyEvent.VK_DELETE);
        codes.put(Key.END, KeyEvent.VK_END);
        codes.put(Key.PAGE_DOWN, KeyEvent.VK_PAGE_DOWN);
        codes.put(Key.RIGHT, KeyEvent.VK_RIGHT);
        codes.put(Key.LEFT, KeyEvent.VK_LEFT);
        codes.put(Key.DOWN, KeyEvent.VK_DOWN);
        codes.put(Key.UP, KeyEvent.VK_UP);
        codes.put(Key.NUM_LOCK, KeyEvent.VK_NUM_LOCK);
        codes.put(Key.NUMPAD_DIVIDE, KeyEvent.VK_DIVIDE);
        codes.put(Key.NUMPAD_MULTIPLY, KeyEvent.VK_MULTIPLY);
        codes.put(Key.NUMPAD_SUBTRACT, KeyEvent.VK_SUBTRACT);
        codes.put(Key.NUMPAD_ADD, KeyEvent.VK_ADD);
        codes.put(Key.NUMPAD_DECIMAL, KeyEvent.VK_DECIMAL);
        codes.put(Key.CONTEXT_MENU, KeyEvent.VK_CONTEXT_MENU);
        codes.put(Key.CONTROL, KeyEvent.VK_CONTROL);
        codes.put(Key.SHIFT, KeyEvent.VK_SHIFT);
        codes.put(Key.ALT, KeyEvent.VK_ALT);
        codes.put(Key.META, macOs ? KeyEvent.VK_META : KeyEvent.VK_WINDOWS);
        codes.put(Key.ALT_GRAPH, KeyEvent.VK_ALT_GRAPH);
    }

    /** A mapper for the operating system this runs on. */
    public static AwtKeyMapper forThisSystem() {
        return new AwtKeyMapper(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac"));
    }

    /** The AWT key code that presses this key. */
    public int keyCode(Key key) {
        Integer code = codes.get(key);
        if (code == null) {
            throw new IllegalArgumentException("No AWT key code for " + key);
        }
        return code;
    }
}
