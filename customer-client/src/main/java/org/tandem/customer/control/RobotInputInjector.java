package org.tandem.customer.control;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Robot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Injects input on the real screen with AWT's Robot: pointer moves, buttons, the wheel and keys.
 * Text of printable ASCII is typed with key presses as on a US layout; other text, and the few keys
 * AWT cannot press on X11, go through {@link XKeyboard} on X11 and are reported as not injected
 * elsewhere. It remembers the keys and buttons it holds down, so {@link #releaseAll()} can let go of
 * them (and give back the spare keys text was typed on), and the positions it moved the pointer to, so
 * the customer's own movements can be told apart from them.
 */
public final class RobotInputInjector implements InputInjector, InjectedPointer {
    private static final Logger LOG = LoggerFactory.getLogger(RobotInputInjector.class);
    /** How many recent pointer positions are remembered as injected. */
    private static final int REMEMBERED_POSITIONS = 32;

    private final Robot robot;
    private final AwtKeyMapper keys;
    private final XKeyboard x11;
    private final InjectionListener listener;
    private final Supplier<Point> origin;
    private final Set<Key> heldKeys = new LinkedHashSet<>();
    private final Set<MouseButton> heldButtons = new LinkedHashSet<>();
    private final int[] recentX = new int[REMEMBERED_POSITIONS];
    private final int[] recentY = new int[REMEMBERED_POSITIONS];
    private int recentCount;
    private int recentNext;

    /**
     * @param robot the robot of the shared screen; its coordinates are the screen's pixels
     * @param keys maps keys to AWT key codes
     * @param x11 types what Robot cannot on an X11 display, or null on other systems
     * @param listener hears about events that could not be injected
     */
    public RobotInputInjector(Robot robot, AwtKeyMapper keys, XKeyboard x11, InjectionListener listener) {
        this(robot, keys, x11, listener, () -> new Point(0, 0));
    }

    /**
     * @param origin where the shared area's top left corner lies on the desktop now: pointer events
     *     are in pixels of the shared area (one monitor, or all), the robot moves on the desktop
     */
    public RobotInputInjector(Robot robot, AwtKeyMapper keys, XKeyboard x11, InjectionListener listener,
            Supplier<Point> origin) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.robot = Objects.requireNonNull(robot, "robot");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.x11 = x11;
        this.listener = Objects.requireNonNull(listener, "listener");
        robot.setAutoDelay(0);
        robot.setAutoWaitForIdle(false);
    }

    /** An injector for the primary screen of this machine, the one {@code RobotFrameSource} captures. */
    public static RobotInputInjector forPrimaryScreen(InjectionListener listener) throws IOException {
        return forSharedArea(listener, () -> new Point(0, 0));
    }

    /** An injector whose pointer events land on the shared area, wherever {@code origin} says it lies. */
    public static RobotInputInjector forSharedArea(InjectionListener listener, Supplier<Point> origin)
            throws IOException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IOException("No display to control: this machine has no screen (headless)");
        }
        try {
            Robot robot = new Robot(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice());
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            boolean x11 = !os.startsWith("windows") && !os.startsWith("mac");
            return new RobotInputInjector(robot, AwtKeyMapper.forThisSystem(), x11 ? new XKeyboard() : null, listener,
                    origin);
        } catch (AWTException | SecurityException e) {
            throw new IOException("The mouse and keyboard cannot be controlled: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void inject(InputEvent event) {
        if (event instanceof PointerMove move) {
            moveTo(move.x(), move.y());
        } else if (event instanceof PointerButton button) {
            moveTo(button.x(), button.y());
            button(button);
        } else if (event instanceof Wheel wheel) {
            moveTo(wheel.x(), wheel.y());
            wheel(wheel);
        } else if (event instanceof KeyStroke stroke) {
            key(stroke);
        } else if (event instanceof TypedText text) {
            type(text);
        }
    }

    @Override
    public synchronized void releaseAll() {
        List<Key> held = new ArrayList<>(heldKeys);
        for (int i = held.size() - 1; i >= 0; i--) {
            key(new KeyStroke(held.get(i), false));
        }
        for (MouseButton button : List.copyOf(heldButtons)) {
            // Desktop positions may lie left of or above the primary monitor; only the button matters here.
            button(new PointerButton(Math.max(0, recentX[lastPosition()]), Math.max(0, recentY[lastPosition()]),
                    button, false));
        }
        if (x11 != null) {
            try {
                x11.giveBackSpareKeys();
            } catch (IOException e) {
                // Harmless: the characters stay on keys the layout had left empty; the next release tries again.
                LOG.warn("The spare keys typed on could not be given back: {}", e.getMessage());
            }
        }
    }

    @Override
    public synchronized boolean injectedRecently(int x, int y) {
        for (int i = 0; i < recentCount; i++) {
            if (Math.abs(recentX[i] - x) <= 1 && Math.abs(recentY[i] - y) <= 1) {
                return true;
            }
        }
        return false;
    }

    private int lastPosition() {
        return (recentNext + REMEMBERED_POSITIONS - 1) % REMEMBERED_POSITIONS;
    }

    private void moveTo(int sharedX, int sharedY) {
        Point corner = origin.get();
        int x = sharedX + corner.x;
        int y = sharedY + corner.y;
        // Remembered first (on the desktop, where the pointer is polled), so that a poll never sees it there unannounced.
        recentX[recentNext] = x;
        recentY[recentNext] = y;
        recentNext = (recentNext + 1) % REMEMBERED_POSITIONS;
        recentCount = Math.min(recentCount + 1, REMEMBERED_POSITIONS);
        robot.mouseMove(x, y);
    }

    private void button(PointerButton event) {
        if (!event.pressed() && !heldButtons.remove(event.button())) {
            return;
        }
        try {
            int mask = buttonMask(event.button()).orElseThrow(IllegalArgumentException::new);
            if (event.pressed()) {
                robot.mousePress(mask);
                heldButtons.add(event.button());
            } else {
                robot.mouseRelease(mask);
            }
        } catch (IllegalArgumentException e) {
            listener.notInjected(event, "This computer's mouse has no "
                    + event.button().name().toLowerCase(Locale.ROOT) + " button");
        }
    }

    private void wheel(Wheel event) {
        if (event.deltaY() != 0) {
            robot.mouseWheel(event.deltaY());
        }
        if (event.deltaX() != 0) {
            // AWT has no sideways wheel; X11 reports it as Java buttons 4 (left) and 5 (right).
            Optional<Integer> mask = x11 == null ? Optional.empty() : javaButtonMask(event.deltaX() < 0 ? 4 : 5);
            if (mask.isEmpty()) {
                listener.notInjected(event, "Scrolling sideways is not supported on this computer");
                return;
            }
            try {
                for (int i = 0; i < Math.abs(event.deltaX()); i++) {
                    robot.mousePress(mask.get());
                    robot.mouseRelease(mask.get());
                }
            } catch (IllegalArgumentException e) {
                listener.notInjected(event, "Scrolling sideways is not supported on this computer");
            }
        }
    }

    private void key(KeyStroke event) {
        Key key = event.key();
        if (!event.pressed() && !heldKeys.contains(key)) {
            return;
        }
        try {
            send(key, event.pressed());
        } catch (IOException | IllegalArgumentException e) {
            listener.notInjected(event, "The " + key + " key could not be pressed here: " + e.getMessage());
            if (event.pressed()) {
                return;
            }
        }
        if (event.pressed()) {
            heldKeys.add(key);
        } else {
            heldKeys.remove(key);
        }
    }

    /** Presses or releases one key: with the robot, or on X11 for the keys the robot has none for. */
    private void send(Key key, boolean pressed) throws IOException {
        Optional<String> keysym = x11 == null ? Optional.empty() : XKeyboard.keysymFor(key);
        if (keysym.isPresent()) {
            x11.key(keysym.get(), pressed);
        } else if (pressed) {
            robot.keyPress(keys.keyCode(key));
        } else {
            robot.keyRelease(keys.keyCode(key));
        }
    }

    /** Types the text with the technician's held modifiers lifted meanwhile, so Shift or Control do not change it. */
    private void type(TypedText event) {
        String text = event.text();
        boolean ascii = text.chars().allMatch(c -> UsKeyboardLayout.strokeFor((char) c).isPresent());
        if (!ascii && x11 == null) {
            listener.notInjected(event, "Typing characters other than ASCII is not supported on this computer yet");
            return;
        }
        List<Key> lifted = heldKeys.stream().filter(Key::isModifier).toList();
        try {
            for (Key key : lifted) {
                send(key, false);
            }
            if (ascii) {
                typeAscii(text);
            } else {
                x11.type(text);
            }
        } catch (IOException | IllegalArgumentException e) {
            listener.notInjected(event, "Text could not be typed: " + e.getMessage());
        } finally {
            for (Key key : lifted) {
                try {
                    send(key, true);
                } catch (IOException | IllegalArgumentException e) {
                    heldKeys.remove(key); // it could not be held again: it is not held
                }
            }
        }
    }

    /** Types ASCII as on a US layout. */
    private void typeAscii(String text) {
        int shift = keys.keyCode(Key.SHIFT);
        for (char c : text.toCharArray()) {
            UsKeyboardLayout.Stroke stroke = UsKeyboardLayout.strokeFor(c).orElseThrow();
            int code = keys.keyCode(stroke.key());
            if (stroke.shift()) {
                robot.keyPress(shift);
            }
            robot.keyPress(code);
            robot.keyRelease(code);
            if (stroke.shift()) {
                robot.keyRelease(shift);
            }
        }
    }

    private Optional<Integer> buttonMask(MouseButton button) {
        return switch (button) {
            case PRIMARY -> javaButtonMask(1);
            case MIDDLE -> javaButtonMask(2);
            case SECONDARY -> javaButtonMask(3);
            // X11 gives Java buttons 4 and 5 to the sideways wheel, so back and forward come after.
            case BACK -> javaButtonMask(x11 != null ? 6 : 4);
            case FORWARD -> javaButtonMask(x11 != null ? 7 : 5);
        };
    }

    private static Optional<Integer> javaButtonMask(int button) {
        try {
            return Optional.of(java.awt.event.InputEvent.getMaskForButton(button));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
