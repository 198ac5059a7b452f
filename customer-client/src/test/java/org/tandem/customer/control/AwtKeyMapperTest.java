package org.tandem.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.shared.input.Key;

class AwtKeyMapperTest {
    /** Keys whose AWT name is not {@code VK_} and the key's own name. */
    private static final Map<Key, String> OTHER_NAMES = Map.of(
            Key.BACKSPACE, "VK_BACK_SPACE",
            Key.PRINT_SCREEN, "VK_PRINTSCREEN",
            Key.NUMPAD_ADD, "VK_ADD",
            Key.NUMPAD_SUBTRACT, "VK_SUBTRACT",
            Key.NUMPAD_MULTIPLY, "VK_MULTIPLY",
            Key.NUMPAD_DIVIDE, "VK_DIVIDE",
            Key.NUMPAD_DECIMAL, "VK_DECIMAL",
            Key.META, "VK_WINDOWS");

    private final AwtKeyMapper mapper = new AwtKeyMapper(false);

    @ParameterizedTest
    @EnumSource(Key.class)
    void everyKeyMapsToTheAwtKeyOfTheSameName(Key key) throws ReflectiveOperationException {
        String name = OTHER_NAMES.getOrDefault(key, "VK_" + key.name().replace("DIGIT_", "").replace("NUMPAD_", "NUMPAD"));
        int expected = KeyEvent.class.getField(name).getInt(null);

        assertEquals(expected, mapper.keyCode(key), key + " should be " + name);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "A, 65", "Z, 90", "DIGIT_0, 48", "DIGIT_9, 57", "F1, 112", "F12, 123", "F13, 61440", "F24, 61451",
        "ENTER, 10", "ESCAPE, 27", "BACKSPACE, 8", "TAB, 9", "SPACE, 32", "SHIFT, 16", "CONTROL, 17", "ALT, 18",
        "ALT_GRAPH, 65406", "META, 524", "CONTEXT_MENU, 525", "NUMPAD_0, 96", "NUMPAD_DECIMAL, 110",
        "BACK_QUOTE, 192", "QUOTE, 222", "LEFT, 37", "UP, 38", "RIGHT, 39", "DOWN, 40"})
    void pinsTheCommonCodes(Key key, int code) {
        assertEquals(code, mapper.keyCode(key));
    }

    @Test
    void theSystemKeyIsCommandOnAMac() {
        assertEquals(KeyEvent.VK_META, new AwtKeyMapper(true).keyCode(Key.META));
        assertEquals(KeyEvent.VK_WINDOWS, new AwtKeyMapper(false).keyCode(Key.META));
    }

    @Test
    void noTwoKeysShareACode() {
        Set<Integer> codes = Arrays.stream(Key.values()).map(mapper::keyCode).collect(Collectors.toSet());
        assertEquals(Key.values().length, codes.size());
    }
}
