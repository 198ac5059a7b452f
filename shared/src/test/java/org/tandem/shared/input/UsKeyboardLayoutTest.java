package org.tandem.shared.input;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.shared.input.UsKeyboardLayout.Stroke;

class UsKeyboardLayoutTest {

    @Test
    void everyPrintableAsciiCharacterHasAStrokeThatTypesIt() {
        assertAll(IntStream.rangeClosed(0x20, 0x7E).mapToObj(c -> () -> {
            Stroke stroke = UsKeyboardLayout.strokeFor((char) c).orElseThrow(() -> new AssertionError("no stroke for " + c));
            assertEquals(Optional.of((char) c), UsKeyboardLayout.charFor(stroke.key(), stroke.shift()), "char " + c);
        }));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a|A|false", "Z|Z|true", "0|DIGIT_0|false", ")|DIGIT_0|true", "@|DIGIT_2|true", "_|MINUS|true",
        "+|EQUALS|true", "{|OPEN_BRACKET|true", "\\|BACK_SLASH|false", "\"|QUOTE|true", "~|BACK_QUOTE|true",
        "<|COMMA|true", ">|PERIOD|true", "?|SLASH|true", ";|SEMICOLON|false"})
    void strokesFollowTheUsLayout(char c, Key key, boolean shift) {
        assertEquals(Optional.of(new Stroke(key, shift)), UsKeyboardLayout.strokeFor(c));
    }

    @Test
    void spaceIsTypedWithoutShift() {
        assertEquals(Optional.of(new Stroke(Key.SPACE, false)), UsKeyboardLayout.strokeFor(' '));
    }

    @ParameterizedTest
    @ValueSource(chars = {'\0', '\t', '\n', '\r', 0x1B, 0x7F, 'é', 'ß', '€', '日', '\uFFFF'})
    void charactersOutsidePrintableAsciiHaveNoStroke(char c) {
        assertEquals(Optional.empty(), UsKeyboardLayout.strokeFor(c));
    }

    @ParameterizedTest
    @CsvSource({"NUMPAD_0, 0", "NUMPAD_7, 7", "NUMPAD_ADD, +", "NUMPAD_SUBTRACT, -", "NUMPAD_MULTIPLY, *",
        "NUMPAD_DIVIDE, /", "NUMPAD_DECIMAL, ."})
    void keypadKeysGiveTheirCharacterButAreNotUsedToTypeIt(Key key, char c) {
        assertEquals(Optional.of(c), UsKeyboardLayout.charFor(key, false));
        assertTrue(UsKeyboardLayout.typesCharacter(key));
        assertTrue(UsKeyboardLayout.strokeFor(c).orElseThrow().key() != key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENTER", "TAB", "F1", "SHIFT", "NUM_LOCK", "LEFT", "ESCAPE", "BACKSPACE", "DELETE"})
    void keysThatTypeNoCharacterGiveNone(Key key) {
        assertEquals(Optional.empty(), UsKeyboardLayout.charFor(key, false));
        assertTrue(!UsKeyboardLayout.typesCharacter(key));
    }
}
