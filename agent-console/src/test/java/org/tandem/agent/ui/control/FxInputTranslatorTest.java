package org.tandem.agent.ui.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.event.EventType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.agent.control.ViewMapping;
import org.tandem.shared.input.Key;
import org.tandem.shared.input.MouseButton;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.InputEvent.KeyStroke;
import org.tandem.shared.message.InputEvent.PointerButton;
import org.tandem.shared.message.InputEvent.PointerMove;
import org.tandem.shared.message.InputEvent.TypedText;
import org.tandem.shared.message.InputEvent.Wheel;

class FxInputTranslatorTest {
    /** A 1000x800 screen in a 1000x400 view: half size, with 250-wide bars left and right. */
    private static final ViewMapping VIEW = new ViewMapping(1000, 400, 1000, 800);

    private final FxInputTranslator translator = new FxInputTranslator();

    // ---- keys ----

    @Test
    void aLetterIsSentAsAKeyAndNotAlsoAsText() {
        assertEquals(List.of(), translator.translate(pressed(KeyCode.A)));
        assertEquals(List.of(down(Key.A)), translator.translate(typed("a")));
        assertEquals(List.of(up(Key.A)), translator.translate(released(KeyCode.A)));
    }

    @Test
    void shiftedPunctuationIsSentAsShiftAndTheKey() {
        List<InputEvent> sent = translateAll(
                pressed(KeyCode.SHIFT, true), pressed(KeyCode.DIGIT1, true), typed("!", true),
                released(KeyCode.DIGIT1, true), released(KeyCode.SHIFT));

        assertEquals(List.of(down(Key.SHIFT), down(Key.DIGIT_1), up(Key.DIGIT_1), up(Key.SHIFT)), sent);
    }

    @Test
    void anUpperCaseLetterWithCapsLockIsSentAsTheKey() {
        List<InputEvent> sent = translateAll(pressed(KeyCode.CAPS), released(KeyCode.CAPS),
                pressed(KeyCode.Q), typed("Q"), released(KeyCode.Q));

        assertEquals(List.of(down(Key.CAPS_LOCK), up(Key.CAPS_LOCK), down(Key.Q), up(Key.Q)), sent);
    }

    @Test
    void everyPrintableAsciiCharacterTypedOnAUsLayoutIsSentAsKeysOnly() {
        String all = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
        for (char c : all.toCharArray()) {
            var stroke = org.tandem.shared.input.UsKeyboardLayout.strokeFor(c).orElseThrow();
            KeyCode code = fxCode(stroke.key());
            List<InputEvent> sent = translateAll(pressed(code, stroke.shift()), typed(String.valueOf(c), stroke.shift()),
                    released(code, stroke.shift()));
            assertEquals(List.of(down(stroke.key()), up(stroke.key())), sent, "typing '" + c + "'");
        }
    }

    @Test
    void anAccentedLetterFromItsOwnKeyIsSentAsTextOnly() {
        // French AZERTY: the key left of '(' types 'é' and reports itself as the 2 key.
        List<InputEvent> sent = translateAll(pressed(KeyCode.DIGIT2), typed("é"), released(KeyCode.DIGIT2));

        assertEquals(List.of(new TypedText("é")), sent);
    }

    @Test
    void aLetterComposedWithADeadKeyIsSentAsTextOnly() {
        List<InputEvent> sent = translateAll(pressed(KeyCode.DEAD_CIRCUMFLEX), released(KeyCode.DEAD_CIRCUMFLEX),
                pressed(KeyCode.E), typed("ê"), released(KeyCode.E));

        assertEquals(List.of(new TypedText("ê")), sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ß", "日本語", "€", "👍", "ü"})
    void textFromAnInputMethodOrAKeyWithNoPortableCodeIsSentAsText(String text) {
        assertEquals(List.of(new TypedText(text)), translator.translate(typed(text)));
    }

    @Test
    void anAsciiCharacterFromAKeyWithNoPortableCodeIsSentAsText() {
        // The extra key of ISO keyboards, next to the left Shift.
        List<InputEvent> sent = translateAll(pressed(KeyCode.LESS), typed("<"), released(KeyCode.LESS));

        assertEquals(List.of(new TypedText("<")), sent);
    }

    @Test
    void anAsciiCharacterThatTheKeyDoesNotTypeOnAUsLayoutIsSentAsText() {
        // French AZERTY: the 1 key types '&' without Shift.
        List<InputEvent> sent = translateAll(pressed(KeyCode.DIGIT1), typed("&"), released(KeyCode.DIGIT1));

        assertEquals(List.of(new TypedText("&")), sent);
    }

    @Test
    void aShortcutWithNoTypedCharacterIsSentWhenTheKeyComesUp() {
        List<InputEvent> sent = translateAll(pressed(KeyCode.CONTROL), control(pressed(KeyCode.C)),
                control(released(KeyCode.C)), released(KeyCode.CONTROL));

        assertEquals(List.of(down(Key.CONTROL), down(Key.C), up(Key.C), up(Key.CONTROL)), sent);
    }

    @Test
    void aShortcutThatTypesAControlCharacterIsSentAsKeys() {
        List<InputEvent> sent = translateAll(pressed(KeyCode.CONTROL), control(pressed(KeyCode.V)),
                control(typed("\u0016")), control(released(KeyCode.V)), released(KeyCode.CONTROL));

        assertEquals(List.of(down(Key.CONTROL), down(Key.V), up(Key.V), up(Key.CONTROL)), sent);
    }

    @Test
    void keysThatTypeNoCharacterAreSentAtOnce() {
        assertEquals(List.of(down(Key.ENTER)), translator.translate(pressed(KeyCode.ENTER)));
        assertEquals(List.of(), translator.translate(typed("\r")));
        assertEquals(List.of(up(Key.ENTER)), translator.translate(released(KeyCode.ENTER)));
        assertEquals(List.of(down(Key.F5)), translator.translate(pressed(KeyCode.F5)));
        assertEquals(List.of(down(Key.LEFT)), translator.translate(pressed(KeyCode.KP_LEFT)));
    }

    @Test
    void aHeldBackKeyIsSentBeforeTheNextKey() {
        List<InputEvent> sent = translateAll(pressed(KeyCode.A), pressed(KeyCode.SHIFT));

        assertEquals(List.of(down(Key.A), down(Key.SHIFT)), sent);
    }

    @Test
    void aKeypadDigitIsSentAsTheKeypadKey() {
        List<InputEvent> sent = translateAll(pressed(KeyCode.NUMPAD7), typed("7"), released(KeyCode.NUMPAD7));

        assertEquals(List.of(down(Key.NUMPAD_7), up(Key.NUMPAD_7)), sent);
    }

    @Test
    void aHeldKeyRepeatsItsPressAndIsReleasedOnce() {
        List<InputEvent> sent = translateAll(pressed(KeyCode.X), typed("x"), pressed(KeyCode.X), typed("x"),
                released(KeyCode.X));

        assertEquals(List.of(down(Key.X), down(Key.X), up(Key.X)), sent);
    }

    @Test
    void aReleaseOfAKeyPressedElsewhereIsNotSent() {
        assertEquals(List.of(), translator.translate(released(KeyCode.SHIFT)));
        assertEquals(List.of(), translator.translate(released(KeyCode.A)));
    }

    @Test
    void controlCharactersAloneAreNeverSentAsText() {
        assertEquals(List.of(), translateAll(typed("\t"), typed("\u001b"), typed("\u007f"), typed(KeyEvent.CHAR_UNDEFINED)));
    }

    @Test
    void overlongCommittedTextIsCutToOneEvent() {
        List<InputEvent> sent = translator.translate(typed("日".repeat(300)));

        assertEquals(List.of(new TypedText("日".repeat(InputEvent.MAX_TEXT_CHARS))), sent);
    }

    // ---- mouse ----

    @Test
    void aMoveOverThePictureMovesThePointer() {
        assertEquals(List.of(new PointerMove(500, 400)), translator.translate(mouse(MouseEvent.MOUSE_MOVED, 500, 200), VIEW));
    }

    @Test
    void aMoveThatStaysOnTheSamePixelIsSentOnce() {
        translator.translate(mouse(MouseEvent.MOUSE_MOVED, 500, 200), VIEW);
        assertEquals(List.of(), translator.translate(mouse(MouseEvent.MOUSE_MOVED, 500.2, 200.3), VIEW));
    }

    @Test
    void aMoveInTheBarsIsNotSent() {
        assertEquals(List.of(), translator.translate(mouse(MouseEvent.MOUSE_MOVED, 100, 200), VIEW));
        assertEquals(List.of(), translator.translate(mouse(MouseEvent.MOUSE_MOVED, 900, 200), VIEW));
    }

    @Test
    void aDragThatLeavesThePictureGoesOnAtItsEdgeAndItsReleaseIsSent() {
        List<InputEvent> sent = new ArrayList<>();
        sent.addAll(translator.translate(mouse(MouseEvent.MOUSE_PRESSED, 300, 100, javafx.scene.input.MouseButton.PRIMARY), VIEW));
        sent.addAll(translator.translate(mouse(MouseEvent.MOUSE_DRAGGED, 100, 150), VIEW));
        sent.addAll(translator.translate(mouse(MouseEvent.MOUSE_RELEASED, 50, 450, javafx.scene.input.MouseButton.PRIMARY), VIEW));

        assertEquals(List.of(
                new PointerButton(100, 200, MouseButton.PRIMARY, true),
                new PointerMove(0, 300),
                new PointerButton(0, 799, MouseButton.PRIMARY, false)), sent);
    }

    @Test
    void aPressInTheBarsIsNotSentAndNeitherIsItsRelease() {
        assertEquals(List.of(), translator.translate(mouse(MouseEvent.MOUSE_PRESSED, 10, 10, javafx.scene.input.MouseButton.PRIMARY), VIEW));
        assertEquals(List.of(), translator.translate(mouse(MouseEvent.MOUSE_DRAGGED, 400, 10), VIEW).stream()
                .filter(e -> !(e instanceof PointerMove)).toList());
        assertEquals(List.of(), translator.translate(mouse(MouseEvent.MOUSE_RELEASED, 400, 10, javafx.scene.input.MouseButton.PRIMARY), VIEW));
    }

    @Test
    void everyButtonIsSent() {
        List<InputEvent> sent = new ArrayList<>();
        for (var button : List.of(javafx.scene.input.MouseButton.PRIMARY, javafx.scene.input.MouseButton.MIDDLE,
                javafx.scene.input.MouseButton.SECONDARY, javafx.scene.input.MouseButton.BACK,
                javafx.scene.input.MouseButton.FORWARD)) {
            sent.addAll(translator.translate(mouse(MouseEvent.MOUSE_PRESSED, 250, 0, button), VIEW));
        }
        assertEquals(List.of(
                new PointerButton(0, 0, MouseButton.PRIMARY, true),
                new PointerButton(0, 0, MouseButton.MIDDLE, true),
                new PointerButton(0, 0, MouseButton.SECONDARY, true),
                new PointerButton(0, 0, MouseButton.BACK, true),
                new PointerButton(0, 0, MouseButton.FORWARD, true)), sent);
    }

    @Test
    void clicksEntriesAndButtonlessPressesAreNotSent() {
        assertEquals(List.of(), translator.translate(mouse(MouseEvent.MOUSE_CLICKED, 500, 200, javafx.scene.input.MouseButton.PRIMARY), VIEW));
        assertEquals(List.of(), translator.translate(mouse(MouseEvent.MOUSE_ENTERED, 500, 200), VIEW));
        assertEquals(List.of(), translator.translate(mouse(MouseEvent.MOUSE_PRESSED, 500, 200, javafx.scene.input.MouseButton.NONE), VIEW));
    }

    // ---- wheel ----

    @Test
    void oneNotchUpIsOneNotchUp() {
        assertEquals(List.of(new Wheel(500, 400, 0, -1)), translator.translate(scroll(500, 200, 0, 40), VIEW));
    }

    @Test
    void twoNotchesDownAndOneLeft() {
        assertEquals(List.of(new Wheel(0, 0, 0, 2)), translator.translate(scroll(250, 0, 0, -80), VIEW));
        assertEquals(List.of(new Wheel(0, 0, -1, 0)), translator.translate(scroll(250, 0, 40, 0), VIEW));
    }

    @Test
    void touchpadFractionsAddUpToNotches() {
        List<InputEvent> sent = translateAll(VIEW, scroll(500, 200, 0, -10), scroll(500, 200, 0, -10),
                scroll(500, 200, 0, -10), scroll(500, 200, 0, -10), scroll(500, 200, 0, -10));

        assertEquals(List.of(new Wheel(500, 400, 0, 1)), sent);
    }

    @Test
    void aHugeTurnIsCutToTheLargestEvent() {
        assertEquals(List.of(new Wheel(500, 400, 0, InputEvent.MAX_WHEEL_NOTCHES)),
                translator.translate(scroll(500, 200, 0, -40_000), VIEW));
        assertEquals(List.of(), translator.translate(scroll(500, 200, 0, -1), VIEW), "the excess is not carried over");
    }

    @Test
    void aScrollOverTheBarsIsNotSent() {
        assertEquals(List.of(), translator.translate(scroll(100, 200, 0, 40), VIEW));
    }

    // ---- letting go ----

    @Test
    void releaseAllLetsGoOfEveryHeldKeyAndButtonOnce() {
        translateAll(pressed(KeyCode.SHIFT, true), pressed(KeyCode.CONTROL, true));
        translator.translate(mouse(MouseEvent.MOUSE_PRESSED, 500, 200, javafx.scene.input.MouseButton.SECONDARY), VIEW);

        List<InputEvent> released = translator.releaseAll();

        assertEquals(3, released.size());
        assertTrue(released.containsAll(List.of(up(Key.SHIFT), up(Key.CONTROL),
                new PointerButton(500, 400, MouseButton.SECONDARY, false))), released.toString());
        assertEquals(List.of(), translator.releaseAll());
        assertEquals(List.of(), translator.translate(released(KeyCode.SHIFT)));
    }

    @Test
    void releaseAllForgetsAHeldBackKey() {
        translator.translate(pressed(KeyCode.A));
        assertEquals(List.of(), translator.releaseAll());
        assertEquals(List.of(), translator.translate(released(KeyCode.A)));
    }

    // ---- helpers ----

    private List<InputEvent> translateAll(KeyEvent... events) {
        List<InputEvent> sent = new ArrayList<>();
        for (KeyEvent event : events) {
            sent.addAll(translator.translate(event));
        }
        return sent;
    }

    private List<InputEvent> translateAll(ViewMapping view, ScrollEvent... events) {
        List<InputEvent> sent = new ArrayList<>();
        for (ScrollEvent event : events) {
            sent.addAll(translator.translate(event, view));
        }
        return sent;
    }

    private static KeyStroke down(Key key) {
        return new KeyStroke(key, true);
    }

    private static KeyStroke up(Key key) {
        return new KeyStroke(key, false);
    }

    private static KeyEvent pressed(KeyCode code) {
        return pressed(code, false);
    }

    private static KeyEvent pressed(KeyCode code, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, code.getName(), code, shift, false, false, false);
    }

    private static KeyEvent released(KeyCode code) {
        return released(code, false);
    }

    private static KeyEvent released(KeyCode code, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, code.getName(), code, shift, false, false, false);
    }

    private static KeyEvent typed(String character) {
        return typed(character, false);
    }

    private static KeyEvent typed(String character, boolean shift) {
        return new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, shift, false, false, false);
    }

    private static KeyEvent control(KeyEvent event) {
        return new KeyEvent(event.getEventType(), event.getCharacter(), event.getText(), event.getCode(),
                event.isShiftDown(), true, event.isAltDown(), event.isMetaDown());
    }

    private static KeyCode fxCode(Key key) {
        FxKeyMapper mapper = new FxKeyMapper();
        for (KeyCode code : KeyCode.values()) {
            if (mapper.map(code).equals(java.util.Optional.of(key))) {
                return code;
            }
        }
        throw new AssertionError("No JavaFX code for " + key);
    }

    private static MouseEvent mouse(EventType<MouseEvent> type, double x, double y) {
        return mouse(type, x, y, javafx.scene.input.MouseButton.NONE);
    }

    private static MouseEvent mouse(EventType<MouseEvent> type, double x, double y, javafx.scene.input.MouseButton button) {
        return new MouseEvent(type, x, y, x, y, button, 1, false, false, false, false,
                button == javafx.scene.input.MouseButton.PRIMARY, false, false, false, false, false, null);
    }

    private static ScrollEvent scroll(double x, double y, double deltaX, double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, false, false, false, false, false,
                deltaX, deltaY, deltaX, deltaY, 40, 40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }
}
