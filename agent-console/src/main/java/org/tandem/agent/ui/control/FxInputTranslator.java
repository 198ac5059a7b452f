package org.tandem.agent.ui.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.tandem.agent.control.ViewMapping;
import org.tandem.shared.input.Key;
import org.tandem.shared.input.MouseButton;
import org.tandem.shared.input.UsKeyboardLayout;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.InputEvent.KeyStroke;
import org.tandem.shared.message.InputEvent.PointerButton;
import org.tandem.shared.message.InputEvent.PointerMove;
import org.tandem.shared.message.InputEvent.TypedText;
import org.tandem.shared.message.InputEvent.Wheel;

/**
 * Turns the technician's JavaFX key, mouse and scroll events on the screen view into input events
 * for the customer's screen. One translator per view, used on the FX thread; it remembers what it
 * has pressed so that every press it sends is released once.
 *
 * <p>Keys are sent as portable key strokes, except when a key types a character that the same key
 * would not type on a US layout ("é" on a French keyboard, anything composed with a dead key, any
 * character from an input method): then only the character is sent, as {@link TypedText}, and the
 * key's press and release are not. To tell the two apart, the press of a key that types a character
 * is held back until its {@code KEY_TYPED} event, which JavaFX delivers right after it.
 *
 * <p>Mouse events are mapped through a {@link ViewMapping} of the view they were delivered to
 * (their {@code x}/{@code y}). Presses and moves in the letterbox bars are not sent; a drag that
 * leaves the picture goes on at its edge, and a button pressed on the picture is always released.
 */
public final class FxInputTranslator {
    /** Pixels JavaFX reports per wheel notch when an event carries no multiplier. */
    private static final double DEFAULT_PIXELS_PER_NOTCH = 40;

    private final FxKeyMapper keyMapper;
    private final Set<Key> pressedKeys = EnumSet.noneOf(Key.class);
    private final Set<Key> keysSentAsText = EnumSet.noneOf(Key.class);
    private final Set<MouseButton> pressedButtons = EnumSet.noneOf(MouseButton.class);
    private Key heldBack;
    private int[] lastPoint;
    private double wheelRestX;
    private double wheelRestY;

    public FxInputTranslator() {
        this(new FxKeyMapper());
    }

    public FxInputTranslator(FxKeyMapper keyMapper) {
        this.keyMapper = Objects.requireNonNull(keyMapper, "keyMapper");
    }

    /** The input events for a key pressed, released or typed on the view. */
    public List<InputEvent> translate(KeyEvent event) {
        List<InputEvent> out = new ArrayList<>(2);
        if (event.getEventType() == KeyEvent.KEY_TYPED) {
            typed(event, out);
            return out;
        }
        Optional<Key> mapped = keyMapper.map(event.getCode());
        if (event.getEventType() == KeyEvent.KEY_PRESSED) {
            sendHeldBack(out);
            mapped.ifPresent(key -> {
                if (UsKeyboardLayout.typesCharacter(key)) {
                    heldBack = key;
                } else {
                    press(key, out);
                }
            });
        } else if (event.getEventType() == KeyEvent.KEY_RELEASED) {
            mapped.ifPresentOrElse(key -> released(key, out), () -> sendHeldBack(out));
        }
        return out;
    }

    /** The input events for a mouse event on the view. */
    public List<InputEvent> translate(MouseEvent event, ViewMapping view) {
        List<InputEvent> out = new ArrayList<>(1);
        var type = event.getEventType();
        if (type == MouseEvent.MOUSE_MOVED || type == MouseEvent.MOUSE_DRAGGED) {
            Optional<int[]> point = pressedButtons.isEmpty()
                    ? view.toRemote(event.getX(), event.getY())
                    : Optional.of(view.toRemoteClamped(event.getX(), event.getY()));
            point.filter(p -> lastPoint == null || p[0] != lastPoint[0] || p[1] != lastPoint[1]).ifPresent(p -> {
                lastPoint = p;
                out.add(new PointerMove(p[0], p[1]));
            });
        } else if (type == MouseEvent.MOUSE_PRESSED) {
            Optional<MouseButton> button = button(event.getButton());
            Optional<int[]> point = view.toRemote(event.getX(), event.getY());
            if (button.isPresent() && point.isPresent()) {
                lastPoint = point.get();
                pressedButtons.add(button.get());
                out.add(new PointerButton(lastPoint[0], lastPoint[1], button.get(), true));
            }
        } else if (type == MouseEvent.MOUSE_RELEASED) {
            button(event.getButton()).filter(pressedButtons::remove).ifPresent(button -> {
                lastPoint = view.toRemoteClamped(event.getX(), event.getY());
                out.add(new PointerButton(lastPoint[0], lastPoint[1], button, false));
            });
        }
        return out;
    }

    /**
     * The wheel event for a scroll on the view, in whole notches; the fractions a touchpad gives are
     * added up until they make a notch.
     */
    public List<InputEvent> translate(ScrollEvent event, ViewMapping view) {
        if (event.getEventType() != ScrollEvent.SCROLL) {
            return List.of();
        }
        Optional<int[]> point = view.toRemote(event.getX(), event.getY());
        if (point.isEmpty()) {
            return List.of();
        }
        // JavaFX counts up for scrolling up or left; the wire counts up for down and right.
        wheelRestX -= event.getDeltaX() / pixelsPerNotch(event.getMultiplierX());
        wheelRestY -= event.getDeltaY() / pixelsPerNotch(event.getMultiplierY());
        int notchesX = wholeNotches(wheelRestX);
        int notchesY = wholeNotches(wheelRestY);
        wheelRestX = rest(wheelRestX, notchesX);
        wheelRestY = rest(wheelRestY, notchesY);
        if (notchesX == 0 && notchesY == 0) {
            return List.of();
        }
        int[] p = point.get();
        return List.of(new Wheel(p[0], p[1], notchesX, notchesY));
    }

    /**
     * Releases for every key and button this translator pressed and has not released: to send when
     * the view loses focus or control ends, so nothing stays held on the customer's machine.
     */
    public List<InputEvent> releaseAll() {
        List<InputEvent> out = new ArrayList<>();
        heldBack = null;
        keysSentAsText.clear();
        for (Key key : pressedKeys) {
            out.add(new KeyStroke(key, false));
        }
        pressedKeys.clear();
        int[] at = lastPoint == null ? new int[] {0, 0} : lastPoint;
        for (MouseButton button : pressedButtons) {
            out.add(new PointerButton(at[0], at[1], button, false));
        }
        pressedButtons.clear();
        wheelRestX = 0;
        wheelRestY = 0;
        return out;
    }

    private void typed(KeyEvent event, List<InputEvent> out) {
        String text = printable(event.getCharacter());
        Key key = heldBack;
        heldBack = null;
        if (key != null && (text.isEmpty() || typedPortably(key, text, event.isShiftDown()))) {
            press(key, out);
            return;
        }
        if (key != null) {
            keysSentAsText.add(key);
        }
        if (!text.isEmpty()) {
            out.add(new TypedText(text));
        }
    }

    private void released(Key key, List<InputEvent> out) {
        if (key == heldBack) {
            // No character came: a shortcut such as Ctrl+C, on a platform that types nothing for it.
            heldBack = null;
            press(key, out);
        } else {
            sendHeldBack(out);
        }
        if (keysSentAsText.remove(key)) {
            return;
        }
        if (pressedKeys.remove(key)) {
            out.add(new KeyStroke(key, false));
        }
    }

    private void sendHeldBack(List<InputEvent> out) {
        if (heldBack != null) {
            press(heldBack, out);
            heldBack = null;
        }
    }

    private void press(Key key, List<InputEvent> out) {
        keysSentAsText.remove(key);
        pressedKeys.add(key);
        out.add(new KeyStroke(key, true));
    }

    /** Whether the key gives this character on a US layout too; letters in either case, for Caps Lock. */
    private static boolean typedPortably(Key key, String text, boolean shift) {
        if (text.length() != 1) {
            return false;
        }
        char typed = text.charAt(0);
        return UsKeyboardLayout.charFor(key, shift)
                .map(c -> c == typed || (Character.isLetter(c) && Character.toLowerCase(c) == Character.toLowerCase(typed)))
                .orElse(false);
    }

    /**
     * The typed text without control characters, which come from keys already sent as strokes, and
     * without broken surrogates; cut to what one event carries.
     */
    private static String printable(String character) {
        if (character == null || character.equals(KeyEvent.CHAR_UNDEFINED)) {
            return "";
        }
        StringBuilder text = new StringBuilder(Math.min(character.length(), InputEvent.MAX_TEXT_CHARS));
        character.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.SURROGATE)
                .takeWhile(c -> text.length() + Character.charCount(c) <= InputEvent.MAX_TEXT_CHARS)
                .forEach(text::appendCodePoint);
        return text.toString();
    }

    private static Optional<MouseButton> button(javafx.scene.input.MouseButton button) {
        if (button == null) {
            return Optional.empty();
        }
        return switch (button) {
            case PRIMARY -> Optional.of(MouseButton.PRIMARY);
            case MIDDLE -> Optional.of(MouseButton.MIDDLE);
            case SECONDARY -> Optional.of(MouseButton.SECONDARY);
            case BACK -> Optional.of(MouseButton.BACK);
            case FORWARD -> Optional.of(MouseButton.FORWARD);
            default -> Optional.empty();
        };
    }

    private static double pixelsPerNotch(double multiplier) {
        return multiplier > 0 && Double.isFinite(multiplier) ? multiplier : DEFAULT_PIXELS_PER_NOTCH;
    }

    /** What is left after sending whole notches; a turn too large for one event is not carried over. */
    private static double rest(double notches, int sent) {
        double rest = notches - sent;
        return Double.isFinite(rest) && Math.abs(rest) < 1 ? rest : 0;
    }

    private static int wholeNotches(double notches) {
        if (!Double.isFinite(notches)) {
            return 0;
        }
        double whole = notches < 0 ? Math.ceil(notches) : Math.floor(notches);
        return (int) Math.max(-InputEvent.MAX_WHEEL_NOTCHES, Math.min(InputEvent.MAX_WHEEL_NOTCHES, whole));
    }
}
