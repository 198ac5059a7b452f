package org.tandem.agent.ui;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.tandem.agent.control.ViewMapping;
import org.tandem.agent.session.ControlState;
import org.tandem.agent.ui.control.FxInputTranslator;
import org.tandem.shared.message.InputEvent;
import org.tandem.shared.message.InputEvent.KeyStroke;
import org.tandem.shared.input.Key;

/**
 * Takes the technician's mouse and keyboard over the customer's screen while in control and sends
 * them on, mapped to the customer's screen. Ctrl+Shift+F12 always stays local: it gives control back.
 * Only the session in front captures anything.
 *
 * <p>While a Tandem window on the customer's screen is in the way, the mouse still goes on (not keys or
 * the wheel): the customer's side moves the pointer, never lets a click land on Tandem, and lets the
 * technician's click outside it land, which resumes control (decision 0035). While the customer uses
 * their own mouse, nothing goes: that pause ends by itself.
 */
final class RemoteInputCapture {
    /** The local shortcut that releases control; never sent to the customer. */
    static final KeyCombination RELEASE = new KeyCodeCombination(KeyCode.F12, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final ConsoleViewModel model;
    private final ScreenView screen;
    private final FxInputTranslator translator = new FxInputTranslator();

    private RemoteInputCapture(ConsoleViewModel model, ScreenView screen) {
        this.model = model;
        this.screen = screen;
    }

    static void attach(ConsoleViewModel model, ScreenView screen) {
        new RemoteInputCapture(model, screen).wire();
    }

    private void wire() {
        screen.setFocusTraversable(true);
        screen.addEventFilter(KeyEvent.ANY, this::onKey);
        screen.addEventHandler(MouseEvent.ANY, this::onMouse);
        screen.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        screen.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                send(translator.releaseAll());
            }
        });
        model.controlProperty().addListener((obs, was, now) -> {
            // In control the technician's own pointer, wearing the customer's look, is the customer's pointer.
            screen.pointerFollowsLocalMouse(now == ControlState.IN_CONTROL
                    || now == ControlState.PAUSED_AT_TANDEM_WINDOW);
            if (now != ControlState.IN_CONTROL) {
                // The customer's side releases whatever is still held when control ends; start afresh.
                translator.releaseAll();
            } else if (model.frontProperty().get()) {
                screen.requestFocus();
            }
        });
        model.frontProperty().addListener((obs, was, front) -> {
            if (!front) {
                // Another customer's tab comes in front: let go of what is held while this session still
                // takes input, and capture nothing more until it is in front again.
                send(translator.releaseAll());
            }
        });
    }

    private void onKey(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_PRESSED && RELEASE.match(event)) {
            event.consume();
            send(translator.releaseAll());
            model.releaseControl();
            return;
        }
        if (!inControl()) {
            if (model.controlProperty().get().held()) {
                event.consume(); // meant for the customer's computer, held back there: never for the console
            }
            return;
        }
        event.consume(); // keys in control belong to the customer's computer, not to the console
        send(translator.translate(event));
    }

    private void onMouse(MouseEvent event) {
        if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
            screen.requestFocus();
            // The scroll pane around the screen takes the focus on a press that reaches it, and the
            // technician's next keys would stay in the console: the press ends here.
            event.consume();
        }
        if (!takesPointer() || !screen.hasPicture()) {
            return;
        }
        ViewMapping mapping = mapping();
        if (event.getEventType() == MouseEvent.MOUSE_MOVED || event.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            mapping.toRemote(event.getX(), event.getY()).ifPresent(p -> model.pointer().movedLocally(p[0], p[1]));
        }
        send(translator.translate(event, mapping));
    }

    private void onScroll(ScrollEvent event) {
        if (!inControl() || !screen.hasPicture()) {
            return;
        }
        send(translator.translate(event, mapping()));
    }

    private ViewMapping mapping() {
        return new ViewMapping(screen.getWidth(), screen.getHeight(), screen.pictureWidth(), screen.pictureHeight());
    }

    private boolean inControl() {
        return model.controlProperty().get() == ControlState.IN_CONTROL && model.frontProperty().get();
    }

    /** In control, or at a Tandem window in the way, where the technician's click outside it goes on. */
    private boolean takesPointer() {
        ControlState now = model.controlProperty().get();
        return (now == ControlState.IN_CONTROL || now == ControlState.PAUSED_AT_TANDEM_WINDOW)
                && model.frontProperty().get();
    }

    private void send(List<InputEvent> events) {
        if (!events.isEmpty()) {
            model.sendInput(events);
        }
    }

    /** Key chords the console's own keyboard cannot send without the local system taking them. */
    enum SpecialKeys {
        CTRL_ALT_DEL(Key.CONTROL, Key.ALT, Key.DELETE),
        SUPER(Key.META),
        ALT_TAB(Key.ALT, Key.TAB),
        ALT_F4(Key.ALT, Key.F4),
        PRINT_SCREEN(Key.PRINT_SCREEN);

        private final Key[] chord;

        SpecialKeys(Key... chord) {
            this.chord = chord;
        }

        /** The chord's name in the menu: "Ctrl+Alt+Del", "Super (Windows key)". */
        String label() {
            return Texts.get("special." + name());
        }

        /** Presses in order, releases in reverse. */
        List<InputEvent> strokes() {
            java.util.ArrayList<InputEvent> out = new java.util.ArrayList<>();
            for (Key key : chord) {
                out.add(new KeyStroke(key, true));
            }
            for (int i = chord.length - 1; i >= 0; i--) {
                out.add(new KeyStroke(chord[i], false));
            }
            return out;
        }
    }
}
