package org.tandem.shared.input;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which printable ASCII character each key gives on a US keyboard, with and without Shift, and the
 * other way round. The console uses it to tell whether a typed character came from the key in a
 * portable way; the customer's client uses it to type ASCII text with key presses. Keypad keys give
 * their character (Num Lock on) but are never used to type one.
 */
public final class UsKeyboardLayout {

    /** A key to press for a character, and whether Shift must be held for it. */
    public record Stroke(Key key, boolean shift) {}

    private static final Map<Key, String> PLAIN_AND_SHIFTED = new EnumMap<>(Key.class);
    private static final Map<Key, Character> KEYPAD = new EnumMap<>(Key.class);
    private static final Stroke[] BY_CHAR = new Stroke[0x7F];

    static {
        for (Key key : Key.values()) {
            String name = key.name();
            if (name.length() == 1) {
                char letter = name.charAt(0);
                PLAIN_AND_SHIFTED.put(key, "" + Character.toLowerCase(letter) + letter);
            }
        }
        String shiftedDigits = ")!@#$%^&*(";
        Key[] digits = {Key.DIGIT_0, Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4,
            Key.DIGIT_5, Key.DIGIT_6, Key.DIGIT_7, Key.DIGIT_8, Key.DIGIT_9};
        for (int i = 0; i < digits.length; i++) {
            PLAIN_AND_SHIFTED.put(digits[i], "" + (char) ('0' + i) + shiftedDigits.charAt(i));
        }
        PLAIN_AND_SHIFTED.put(Key.SPACE, "  ");
        PLAIN_AND_SHIFTED.put(Key.MINUS, "-_");
        PLAIN_AND_SHIFTED.put(Key.EQUALS, "=+");
        PLAIN_AND_SHIFTED.put(Key.OPEN_BRACKET, "[{");
        PLAIN_AND_SHIFTED.put(Key.CLOSE_BRACKET, "]}");
        PLAIN_AND_SHIFTED.put(Key.BACK_SLASH, "\\|");
        PLAIN_AND_SHIFTED.put(Key.SEMICOLON, ";:");
        PLAIN_AND_SHIFTED.put(Key.QUOTE, "'\"");
        PLAIN_AND_SHIFTED.put(Key.BACK_QUOTE, "`~");
        PLAIN_AND_SHIFTED.put(Key.COMMA, ",<");
        PLAIN_AND_SHIFTED.put(Key.PERIOD, ".>");
        PLAIN_AND_SHIFTED.put(Key.SLASH, "/?");
        Key[] keypadDigits = {Key.NUMPAD_0, Key.NUMPAD_1, Key.NUMPAD_2, Key.NUMPAD_3, Key.NUMPAD_4,
            Key.NUMPAD_5, Key.NUMPAD_6, Key.NUMPAD_7, Key.NUMPAD_8, Key.NUMPAD_9};
        for (int i = 0; i < keypadDigits.length; i++) {
            KEYPAD.put(keypadDigits[i], (char) ('0' + i));
        }
        KEYPAD.put(Key.NUMPAD_ADD, '+');
        KEYPAD.put(Key.NUMPAD_SUBTRACT, '-');
        KEYPAD.put(Key.NUMPAD_MULTIPLY, '*');
        KEYPAD.put(Key.NUMPAD_DIVIDE, '/');
        KEYPAD.put(Key.NUMPAD_DECIMAL, '.');
        PLAIN_AND_SHIFTED.forEach((key, chars) -> {
            BY_CHAR[chars.charAt(1)] = new Stroke(key, true);
            BY_CHAR[chars.charAt(0)] = new Stroke(key, false);
        });
    }

    private UsKeyboardLayout() {}

    /** The stroke that types this character, or empty when it is not printable ASCII. */
    public static Optional<Stroke> strokeFor(char c) {
        return c < BY_CHAR.length ? Optional.ofNullable(BY_CHAR[c]) : Optional.empty();
    }

    /** The character this key types, or empty for a key that types no character. */
    public static Optional<Character> charFor(Key key, boolean shift) {
        String chars = PLAIN_AND_SHIFTED.get(key);
        if (chars == null) {
            return Optional.ofNullable(KEYPAD.get(key));
        }
        return Optional.of(chars.charAt(shift ? 1 : 0));
    }

    /** Whether this key types a character: letters, digits, punctuation, space and the keypad's. */
    public static boolean typesCharacter(Key key) {
        return PLAIN_AND_SHIFTED.containsKey(key) || KEYPAD.containsKey(key);
    }
}
