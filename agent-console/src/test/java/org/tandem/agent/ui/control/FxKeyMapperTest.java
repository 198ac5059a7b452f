package org.tandem.agent.ui.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.shared.input.Key;

class FxKeyMapperTest {
    private final FxKeyMapper mapper = new FxKeyMapper();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // letters
        "A, A", "M, M", "Z, Z",
        // digits, top row and keypad
        "DIGIT0, DIGIT_0", "DIGIT1, DIGIT_1", "DIGIT9, DIGIT_9",
        "NUMPAD0, NUMPAD_0", "NUMPAD5, NUMPAD_5", "NUMPAD9, NUMPAD_9",
        "ADD, NUMPAD_ADD", "SUBTRACT, NUMPAD_SUBTRACT", "MULTIPLY, NUMPAD_MULTIPLY", "DIVIDE, NUMPAD_DIVIDE",
        "DECIMAL, NUMPAD_DECIMAL",
        // punctuation of a US layout
        "MINUS, MINUS", "EQUALS, EQUALS", "OPEN_BRACKET, OPEN_BRACKET", "CLOSE_BRACKET, CLOSE_BRACKET",
        "BACK_SLASH, BACK_SLASH", "SEMICOLON, SEMICOLON", "QUOTE, QUOTE", "BACK_QUOTE, BACK_QUOTE",
        "COMMA, COMMA", "PERIOD, PERIOD", "SLASH, SLASH",
        // function keys
        "F1, F1", "F12, F12", "F13, F13", "F24, F24",
        // editing and moving
        "ENTER, ENTER", "ESCAPE, ESCAPE", "BACK_SPACE, BACKSPACE", "TAB, TAB", "SPACE, SPACE",
        "INSERT, INSERT", "DELETE, DELETE", "HOME, HOME", "END, END", "PAGE_UP, PAGE_UP", "PAGE_DOWN, PAGE_DOWN",
        "LEFT, LEFT", "RIGHT, RIGHT", "UP, UP", "DOWN, DOWN",
        "KP_LEFT, LEFT", "KP_RIGHT, RIGHT", "KP_UP, UP", "KP_DOWN, DOWN",
        // locks and system keys
        "CAPS, CAPS_LOCK", "NUM_LOCK, NUM_LOCK", "SCROLL_LOCK, SCROLL_LOCK", "PRINTSCREEN, PRINT_SCREEN",
        "PAUSE, PAUSE", "CONTEXT_MENU, CONTEXT_MENU",
        // modifiers
        "SHIFT, SHIFT", "CONTROL, CONTROL", "ALT, ALT", "ALT_GRAPH, ALT_GRAPH",
        "META, META", "WINDOWS, META", "COMMAND, META"})
    void mapsKeyCodes(KeyCode code, Key key) {
        assertEquals(Optional.of(key), mapper.map(code));
    }

    @ParameterizedTest
    @EnumSource(value = KeyCode.class, names = {"UNDEFINED", "DEAD_ACUTE", "DEAD_CIRCUMFLEX", "LESS", "PLUS",
        "PLAY", "VOLUME_UP", "EURO_SIGN", "KANJI", "SHORTCUT", "SOFTKEY_0", "POWER"})
    void codesWithNoPortableKeyMapToNothing(KeyCode code) {
        assertEquals(Optional.empty(), mapper.map(code));
    }

    @Test
    void nullMapsToNothing() {
        assertEquals(Optional.empty(), mapper.map(null));
    }

    @Test
    void everyPortableKeyCanBeReachedFromJavaFx() {
        Set<Key> reached = Arrays.stream(KeyCode.values()).map(mapper::map).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Key.class)));
        assertEquals(EnumSet.allOf(Key.class), reached);
    }
}
