package org.tandem.shared.input;

import java.util.Optional;

/**
 * A key of a keyboard, named after its place on a US layout, independent of any operating system's
 * key codes. The technician's console maps its toolkit's codes to these keys; the customer's client
 * maps them to what its own robot can press.
 *
 * <p>Each key has a wire id that never changes once assigned: the USB HID usage id of the key on the
 * Keyboard/Keypad page (0x07). Left and right modifiers are not told apart; each modifier carries the
 * id of its left key, and {@link #ALT_GRAPH} that of the right Alt key. New keys may be added with
 * new ids; an id is never reused or renumbered.
 */
public enum Key {
    A(0x04), B(0x05), C(0x06), D(0x07), E(0x08), F(0x09), G(0x0A), H(0x0B), I(0x0C), J(0x0D),
    K(0x0E), L(0x0F), M(0x10), N(0x11), O(0x12), P(0x13), Q(0x14), R(0x15), S(0x16), T(0x17),
    U(0x18), V(0x19), W(0x1A), X(0x1B), Y(0x1C), Z(0x1D),

    DIGIT_1(0x1E), DIGIT_2(0x1F), DIGIT_3(0x20), DIGIT_4(0x21), DIGIT_5(0x22),
    DIGIT_6(0x23), DIGIT_7(0x24), DIGIT_8(0x25), DIGIT_9(0x26), DIGIT_0(0x27),

    ENTER(0x28), ESCAPE(0x29), BACKSPACE(0x2A), TAB(0x2B), SPACE(0x2C),

    /** {@code -} and {@code _} */
    MINUS(0x2D),
    /** {@code =} and {@code +} */
    EQUALS(0x2E),
    /** {@code [} and <code>{</code> */
    OPEN_BRACKET(0x2F),
    /** {@code ]} and <code>}</code> */
    CLOSE_BRACKET(0x30),
    /** {@code \} and {@code |} */
    BACK_SLASH(0x31),
    /** {@code ;} and {@code :} */
    SEMICOLON(0x33),
    /** {@code '} and {@code "} */
    QUOTE(0x34),
    /** {@code `} and {@code ~} */
    BACK_QUOTE(0x35),
    /** {@code ,} and {@code <} */
    COMMA(0x36),
    /** {@code .} and {@code >} */
    PERIOD(0x37),
    /** {@code /} and {@code ?} */
    SLASH(0x38),

    CAPS_LOCK(0x39),

    F1(0x3A), F2(0x3B), F3(0x3C), F4(0x3D), F5(0x3E), F6(0x3F),
    F7(0x40), F8(0x41), F9(0x42), F10(0x43), F11(0x44), F12(0x45),

    PRINT_SCREEN(0x46), SCROLL_LOCK(0x47), PAUSE(0x48),
    INSERT(0x49), HOME(0x4A), PAGE_UP(0x4B), DELETE(0x4C), END(0x4D), PAGE_DOWN(0x4E),
    RIGHT(0x4F), LEFT(0x50), DOWN(0x51), UP(0x52),

    NUM_LOCK(0x53),
    NUMPAD_DIVIDE(0x54), NUMPAD_MULTIPLY(0x55), NUMPAD_SUBTRACT(0x56), NUMPAD_ADD(0x57),
    NUMPAD_1(0x59), NUMPAD_2(0x5A), NUMPAD_3(0x5B), NUMPAD_4(0x5C), NUMPAD_5(0x5D),
    NUMPAD_6(0x5E), NUMPAD_7(0x5F), NUMPAD_8(0x60), NUMPAD_9(0x61), NUMPAD_0(0x62),
    NUMPAD_DECIMAL(0x63),

    /** The menu key, usually between the right Alt and Control keys. */
    CONTEXT_MENU(0x65),

    F13(0x68), F14(0x69), F15(0x6A), F16(0x6B), F17(0x6C), F18(0x6D),
    F19(0x6E), F20(0x6F), F21(0x70), F22(0x71), F23(0x72), F24(0x73),

    CONTROL(0xE0), SHIFT(0xE1), ALT(0xE2),
    /** The Windows key, the Command key on a Mac, Super on Linux. */
    META(0xE3),
    /** The right Alt key of layouts that use it to reach a third character on a key. */
    ALT_GRAPH(0xE6);

    private static final Key[] BY_ID = new Key[0x100];

    static {
        for (Key key : values()) {
            if (BY_ID[key.id] != null) {
                throw new IllegalStateException("Key id " + key.id + " is used twice");
            }
            BY_ID[key.id] = key;
        }
    }

    private final int id;

    Key(int id) {
        this.id = id;
    }

    /** The key's wire id (u16); it never changes. */
    public int id() {
        return id;
    }

    /** The key with this wire id, or empty for an id no key has. */
    public static Optional<Key> ofId(int id) {
        return id >= 0 && id < BY_ID.length ? Optional.ofNullable(BY_ID[id]) : Optional.empty();
    }

    /** Whether this key only changes what other keys do. */
    public boolean isModifier() {
        return this == CONTROL || this == SHIFT || this == ALT || this == META || this == ALT_GRAPH;
    }
}
