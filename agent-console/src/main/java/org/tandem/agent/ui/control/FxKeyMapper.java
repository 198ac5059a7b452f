package org.tandem.agent.ui.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.tandem.shared.input.Key;

/**
 * Maps JavaFX key codes to portable {@link Key}s. Codes with no portable key (media keys, dead
 * keys, keys of other layouts) map to nothing; what they type still reaches the customer as text.
 */
public final class FxKeyMapper {
    private static final Map<KeyCode, Key> KEYS = new EnumMap<>(KeyCode.class);

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            KEYS.put(KeyCode.valueOf(String.valueOf(c)), Key.valueOf(String.valueOf(c)));
        }
        for (int i = 0; i <= 9; i++) {
            KEYS.put(KeyCode.valueOf("DIGIT" + i), Key.valueOf("DIGIT_" + i));
            KEYS.put(KeyCode.valueOf("NUMPAD" + i), Key.valueOf("NUMPAD_" + i));
        }
        for (int i = 1; i <= 24; i++) {
            KEYS.put(KeyCode.valueOf("F" + i), Key.valueOf("F" + i));
        }
        put(KeyCode.ENTER, Key.ENTER);
        put(KeyCode.ESCAPE, Key.ESCAPE);
        put(KeyCode.BACK_SPACE, Key.BACKSPACE);
        put(KeyCode.TAB, Key.TAB);
        put(KeyCode.SPACE, Key.SPACE);
        put(KeyCode.INSERT, Key.INSERT);
        put(KeyCode.DELETE, Key.DELETE);
        put(KeyCode.HOME, Key.HOME);
        put(KeyCode.END, Key.END);
        put(KeyCode.PAGE_UP, Key.PAGE_UP);
        put(KeyCode.PAGE_DOWN, Key.PAGE_DOWN);
        put(KeyCode.LEFT, Key.LEFT);
        put(KeyCode.RIGHT, Key.RIGHT);
        put(KeyCode.UP, Key.UP);
        put(KeyCode.DOWN, Key.DOWN);
        put(KeyCode.KP_LEFT, Key.LEFT);
        put(KeyCode.KP_RIGHT, Key.RIGHT);
        put(KeyCode.KP_UP, Key.UP);
        put(KeyCode.KP_DOWN, Key.DOWN);
        put(KeyCode.CAPS, Key.CAPS_LOCK);
        put(KeyCode.NUM_LOCK, Key.NUM_LOCK);
        put(KeyCode.SCROLL_LOCK, Key.SCROLL_LOCK);
        put(KeyCode.PRINTSCREEN, Key.PRINT_SCREEN);
        put(KeyCode.PAUSE, Key.PAUSE);
        put(KeyCode.CONTEXT_MENU, Key.CONTEXT_MENU);
        put(KeyCode.SHIFT, Key.SHIFT);
        put(KeyCode.CONTROL, Key.CONTROL);
        put(KeyCode.ALT, Key.ALT);
        put(KeyCode.ALT_GRAPH, Key.ALT_GRAPH);
        // The system key has a different name on each platform.
        put(KeyCode.META, Key.META);
        put(KeyCode.WINDOWS, Key.META);
        put(KeyCode.COMMAND, Key.META);
        put(KeyCode.ADD, Key.NUMPAD_ADD);
        put(KeyCode.SUBTRACT, Key.NUMPAD_SUBTRACT);
        put(KeyCode.MULTIPLY, Key.NUMPAD_MULTIPLY);
        put(KeyCode.DIVIDE, Key.NUMPAD_DIVIDE);
        put(KeyCode.DECIMAL, Key.NUMPAD_DECIMAL);
        put(KeyCode.MINUS, Key.MINUS);
        put(KeyCode.EQUALS, Key.EQUALS);
        put(KeyCode.OPEN_BRACKET, Key.OPEN_BRACKET);
        put(KeyCode.CLOSE_BRACKET, Key.CLOSE_BRACKET);
        put(KeyCode.BACK_SLASH, Key.BACK_SLASH);
        put(KeyCode.SEMICOLON, Key.SEMICOLON);
        put(KeyCode.QUOTE, Key.QUOTE);
        put(KeyCode.BACK_QUOTE, Key.BACK_QUOTE);
        put(KeyCode.COMMA, Key.COMMA);
        put(KeyCode.PERIOD, Key.PERIOD);
        put(KeyCode.SLASH, Key.SLASH);
    }

    private static void put(KeyCode code, Key key) {
        KEYS.put(code, key);
    }

    /** The portable key for this code, or empty when there is none. */
    public Optional<Key> map(KeyCode code) {
        return code == null ? Optional.empty() : Optional.ofNullable(KEYS.get(code));
    }
}
