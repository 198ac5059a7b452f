package org.tandem.customer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys of the customer's windows, in one place: what {@link ShortcutSheet} lists is what the
 * windows answer to. Keys pressed by the technician never reach these windows (remote input is held
 * while a Tandem window has the focus), so only the customer can use them.
 */
final class Shortcuts {
    static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    static final KeyCombination TOGGLE_SHARING = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination STOP_CONTROL = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination END_SESSION = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    /** Stops what runs on the customer's computer (decision 0043): Shift too, so a habit's Ctrl+S saves nothing away. */
    static final KeyCombination STOP_ACTIONS = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination GO_TO_PLAN = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination GO_TO_MESSAGES = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination GO_TO_ACTIVITY = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);
    /** Keys of one field, installed through {@link #onPress}: the message box and the stars. */
    static final KeyCombination SEND = new KeyCodeCombination(KeyCode.ENTER);
    static final KeyCombination NEW_LINE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHIFT_DOWN);
    static final List<KeyCombination> STARS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5).stream().map(code -> (KeyCombination) new KeyCodeCombination(code)).toList();
    static final List<KeyCombination> MORE_STARS = List.of(new KeyCodeCombination(KeyCode.RIGHT),
            new KeyCodeCombination(KeyCode.UP));
    static final List<KeyCombination> FEWER_STARS = List.of(new KeyCodeCombination(KeyCode.LEFT),
            new KeyCodeCombination(KeyCode.DOWN));
    private static final String INSTALLED = Shortcuts.class.getName();

    /** One line of the help sheet: the keys as written, and the bundle key of what they do. */
    record Line(String keys, String what) {
    }

    private Shortcuts() {}

    /** Every line of the help sheet, in the order shown. */
    static List<Line> lines() {
        return List.of(
                new Line(shown(HELP), "keys.help"),
                new Line(shown(GO_TO_MESSAGES), "keys.messages"),
                new Line(shown(SEND), "keys.send"),
                new Line(shown(NEW_LINE), "keys.newLine"),
                new Line(shown(GO_TO_PLAN), "keys.plan"),
                new Line(shown(GO_TO_ACTIVITY), "keys.activity"),
                new Line(shown(TOGGLE_SHARING), "keys.toggleSharing"),
                new Line(shown(STOP_CONTROL), "keys.stopControl"),
                new Line(shown(STOP_ACTIONS), "keys.stopActions"),
                new Line(shown(END_SESSION), "keys.end"),
                new Line(Texts.get("keys.range", shown(STARS.get(0)), shown(STARS.get(STARS.size() - 1))),
                        "keys.stars"),
                new Line(shownAll(MORE_STARS), "keys.moreStars"),
                new Line(shownAll(FEWER_STARS), "keys.fewerStars"),
                new Line(Texts.get("keys.tab"), "keys.move"),
                new Line(Texts.get("keys.alt"), "keys.mnemonic"),
                new Line(Texts.get("keys.escape"), "keys.close"));
    }

    private static String shownAll(List<KeyCombination> keys) {
        return String.join(", ", keys.stream().map(Shortcuts::shown).toList());
    }

    /** The keys as the customer presses them on this system, e.g. "Ctrl+P"; Enter by its name, not "↵". */
    static String shown(KeyCombination keys) {
        return keys.getDisplayText().replace("↵", Texts.get("keys.enter"));
    }

    /** Runs {@code action} when {@code keys} are pressed while {@code node} has the focus; the key goes no further. */
    static void onPress(Node node, KeyCombination keys, Runnable action) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (keys.match(event)) {
                event.consume();
                action.run();
            }
        });
        installed(node).add(keys);
    }

    /**
     * Tab and Shift+Tab move the focus out of {@code area}, as in every other field, rather than write a
     * tab into it: a message has no use for one. The text area moves the focus on Ctrl+Tab itself, so
     * the key goes on to it as that.
     */
    static void tabMovesOn(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()) {
                event.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, event.getCharacter(), event.getText(), KeyCode.TAB,
                        event.isShiftDown(), true, false, false));
            }
        });
    }

    /** The keys installed on {@code node} through {@link #onPress}, for the check that the help sheet lists them. */
    static List<KeyCombination> on(Node node) {
        return node.getProperties().containsKey(INSTALLED) ? List.copyOf(installed(node)) : List.of();
    }

    @SuppressWarnings("unchecked")
    private static List<KeyCombination> installed(Node node) {
        return (List<KeyCombination>) node.getProperties().computeIfAbsent(INSTALLED, k -> new ArrayList<KeyCombination>());
    }

    /** F1 and the session keys (pause or share, stop control, stop what runs, end) in this window. */
    static void installSessionKeys(Scene scene, CustomerViewModel model) {
        scene.getAccelerators().putAll(Map.of(
                HELP, () -> ShortcutSheet.show(scene.getWindow()),
                TOGGLE_SHARING, model::toggleSharing,
                STOP_CONTROL, model::stopControl,
                STOP_ACTIONS, model::stopRunningActions,
                END_SESSION, () -> {
                    if (ConnectView.inSession(model.stateProperty().get())) {
                        EndSessionQuestion.askThenEnd(scene.getWindow(), model);
                    }
                }));
    }

    /** Keys that move the focus to a part of the customer's window. */
    static void installFocusKeys(Scene scene, Node plan, Node messages, Node activity) {
        scene.getAccelerators().put(GO_TO_PLAN, plan::requestFocus);
        scene.getAccelerators().put(GO_TO_MESSAGES, messages::requestFocus);
        scene.getAccelerators().put(GO_TO_ACTIVITY, activity::requestFocus);
    }
}
