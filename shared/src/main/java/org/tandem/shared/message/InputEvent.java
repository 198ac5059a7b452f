package org.tandem.shared.message;

import java.util.Objects;
import org.tandem.shared.input.Key;
import org.tandem.shared.input.MouseButton;

/**
 * Mouse and keyboard input from the technician, sent only while the customer allows control. The
 * customer's client decides in one place whether an event reaches its screen. Coordinates are pixels
 * of the customer's screen, {@code 0..}{@value #MAX_COORDINATE}; keys are portable {@link Key}s, never
 * an operating system's key codes. Carried as compact binary by {@link SessionMessageCodec}.
 */
public sealed interface InputEvent extends SessionMessage {
    /** Largest coordinate on either axis: the largest screen side minus one. */
    int MAX_COORDINATE = ScreenUpdate.MAX_SCREEN_SIDE - 1;
    /** Largest wheel turn in one event, in notches, either way. */
    int MAX_WHEEL_NOTCHES = 100;
    /** Longest text in one {@link TypedText}, in UTF-16 chars. */
    int MAX_TEXT_CHARS = 256;

    /** The pointer moves to this point. */
    record PointerMove(int x, int y) implements InputEvent {
        public PointerMove {
            requirePoint(x, y);
        }
    }

    /** A mouse button goes down or up with the pointer at this point. */
    record PointerButton(int x, int y, MouseButton button, boolean pressed) implements InputEvent {
        public PointerButton {
            requirePoint(x, y);
            Objects.requireNonNull(button, "button");
        }
    }

    /**
     * The wheel turns with the pointer at this point, in notches: a positive {@code deltaY} scrolls
     * down (the wheel turns towards the user), a positive {@code deltaX} scrolls right.
     */
    record Wheel(int x, int y, int deltaX, int deltaY) implements InputEvent {
        public Wheel {
            requirePoint(x, y);
            if (Math.abs(deltaX) > MAX_WHEEL_NOTCHES || Math.abs(deltaY) > MAX_WHEEL_NOTCHES) {
                throw new IllegalArgumentException("Wheel turn " + deltaX + "," + deltaY + " is out of range");
            }
            if (deltaX == 0 && deltaY == 0) {
                throw new IllegalArgumentException("Wheel event that does not turn");
            }
        }
    }

    /** A key goes down or up. */
    record KeyStroke(Key key, boolean pressed) implements InputEvent {
        public KeyStroke {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * Text typed as characters rather than keys: what no portable key gives, such as "é" or "日".
     * Never empty, never a control character, at most {@value #MAX_TEXT_CHARS} chars.
     */
    record TypedText(String text) implements InputEvent {
        public TypedText {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty() || text.length() > MAX_TEXT_CHARS) {
                throw new IllegalArgumentException("Typed text must have 1 to " + MAX_TEXT_CHARS + " characters");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c)) {
                    throw new IllegalArgumentException("Typed text holds the control character U+"
                            + String.format("%04X", (int) c));
                }
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new IllegalArgumentException("Typed text holds half a surrogate pair");
                }
            }
        }
    }

    private static void requirePoint(int x, int y) {
        if (x < 0 || y < 0 || x > MAX_COORDINATE || y > MAX_COORDINATE) {
            throw new IllegalArgumentException("Point " + x + "," + y + " is out of range");
        }
    }
}
