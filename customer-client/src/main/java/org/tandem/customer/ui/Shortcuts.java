package org.tandem.customer.ui;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

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
    static final KeyCombination GO_TO_PLAN = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination GO_TO_MESSAGES = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination GO_TO_ACTIVITY = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);

    /** One line of the help sheet: the keys as written, and the bundle key of what they do. */
    record Line(String keys, String what) {
    }

    private Shortcuts() {}

    /** Every line of the help sheet, in the order shown. */
    static List<Line> lines() {
        return List.of(
                new Line(HELP.getDisplayText(), "keys.help"),
                new Line(GO_TO_MESSAGES.getDisplayText(), "keys.messages"),
                new Line(Texts.get("keys.enter"), "keys.send"),
                new Line(Texts.get("keys.shiftEnter"), "keys.newLine"),
                new Line(GO_TO_PLAN.getDisplayText(), "keys.plan"),
                new Line(GO_TO_ACTIVITY.getDisplayText(), "keys.activity"),
                new Line(TOGGLE_SHARING.getDisplayText(), "keys.toggleSharing"),
                new Line(STOP_CONTROL.getDisplayText(), "keys.stopControl"),
                new Line(END_SESSION.getDisplayText(), "keys.end"),
                new Line(Texts.get("keys.tab"), "keys.move"),
                new Line(Texts.get("keys.alt"), "keys.mnemonic"),
                new Line(Texts.get("keys.escape"), "keys.close"));
    }

    /** F1 and the session keys (pause or share, stop control, end) in this window. */
    static void installSessionKeys(Scene scene, CustomerViewModel model) {
        scene.getAccelerators().putAll(Map.of(
                HELP, () -> ShortcutSheet.show(scene.getWindow()),
                TOGGLE_SHARING, model::toggleSharing,
                STOP_CONTROL, model::stopControl,
                END_SESSION, () -> {
                    if (ConnectView.inSession(model.stateProperty().get())) {
                        model.endSession();
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
