package org.tandem.agent.ui;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the console, in one place: the window installs its accelerators from
 * here, tooltips name them from here, and the shortcuts list shows exactly this.
 */
final class KeyboardShortcuts {
    static final KeyCombination NEW_SESSION = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination HISTORY = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SHOW_SHORTCUTS = new KeyCodeCombination(KeyCode.F1);
    static final KeyCombination RELEASE_CONTROL = RemoteInputCapture.RELEASE;
    static final KeyCombination FIT = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ACTUAL_SIZE = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination FULL_SCREEN = new KeyCodeCombination(KeyCode.F11);
    static final KeyCombination WRAP_UP = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** Alt+1 … Alt+7 open the side tabs of the session in front, in their order. */
    static final List<KeyCombination> TABS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7).stream()
            .map(code -> (KeyCombination) new KeyCodeCombination(code, KeyCombination.ALT_DOWN)).toList();
    static final KeyCombination NEXT_SESSION = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PREVIOUS_SESSION = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** While the session in front asks the relay for a code: give the try up (decision 0028). */
    static final KeyCombination CANCEL_CONNECTING = new KeyCodeCombination(KeyCode.ESCAPE);
    /** Names (or renames) the customer of the tab in front, as F2 renames elsewhere (decision 0046). */
    static final KeyCombination NAME_CUSTOMER = new KeyCodeCombination(KeyCode.F2);
    static final KeyCombination CLOSE_SESSION = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+1 … Ctrl+8 bring that customer's tab in front; Ctrl+9 the last one, as in browsers. */
    static final List<KeyCombination> SESSIONS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9).stream()
            .map(code -> (KeyCombination) new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN)).toList();

    /** How JavaFX names the Esc key in a combination: spelled out, where the key says "Esc". */
    private static final String ESCAPE_SHOWN = new KeyCodeCombination(KeyCode.ESCAPE).getDisplayText();

    /** One line of the list: the keys, and what they do. */
    record Shortcut(String keys, String does) {}

    private KeyboardShortcuts() {}

    /** The keys as the technician presses them on this system, e.g. "Ctrl+N"; Enter by its name, not "↵"; Esc as printed on it. */
    static String keys(KeyCombination combination) {
        return combination.getDisplayText().replace("↵", Texts.get("keys.enter")).replace(ESCAPE_SHOWN, Texts.get("keys.esc"));
    }

    /** A tooltip that names its shortcut, e.g. "Past sessions (Ctrl+H)". */
    static String tip(String text, String... keys) {
        return Texts.format("keys.tip", text, String.join(", ", keys));
    }

    /** The keys of a button's mnemonic, e.g. "Alt+N" for "_New session". */
    static String mnemonic(char letter) {
        return Texts.format("keys.mnemonic", Character.toUpperCase(letter));
    }

    static List<Shortcut> all() {
        return List.of(
                new Shortcut(keys(SHOW_SHORTCUTS), Texts.get("keys.showShortcuts")),
                new Shortcut(keys(NEW_SESSION), Texts.get("keys.newSession")),
                new Shortcut(keys(HISTORY), Texts.get("keys.history")),
                new Shortcut(keys(NEXT_SESSION), Texts.get("keys.nextSession")),
                new Shortcut(keys(PREVIOUS_SESSION), Texts.get("keys.previousSession")),
                new Shortcut(Texts.format("keys.range", keys(SESSIONS.get(0)), keys(SESSIONS.get(7))),
                        Texts.get("keys.sessions")),
                new Shortcut(keys(SESSIONS.get(8)), Texts.get("keys.lastSession")),
                new Shortcut(keys(NAME_CUSTOMER), Texts.get("keys.nameCustomer")),
                new Shortcut(keys(CLOSE_SESSION), Texts.get("keys.closeSession")),
                new Shortcut(keys(CANCEL_CONNECTING), Texts.get("keys.cancelConnecting")),
                new Shortcut(keys(RELEASE_CONTROL), Texts.get("keys.releaseControl")),
                new Shortcut(keys(WRAP_UP), Texts.get("keys.wrapUp")),
                new Shortcut(keys(FIT), Texts.get("keys.fit")),
                new Shortcut(keys(ACTUAL_SIZE), Texts.get("keys.actualSize")),
                new Shortcut(keys(ZOOM_IN), Texts.get("keys.zoomIn")),
                new Shortcut(keys(ZOOM_OUT), Texts.get("keys.zoomOut")),
                new Shortcut(keys(FULL_SCREEN), Texts.get("keys.fullScreen")),
                new Shortcut(keys(TABS.get(0)), Texts.get("keys.tab.plan")),
                new Shortcut(keys(TABS.get(1)), Texts.get("keys.tab.chat")),
                new Shortcut(keys(TABS.get(2)), Texts.get("keys.tab.actions")),
                new Shortcut(keys(TABS.get(3)), Texts.get("keys.tab.activity")),
                new Shortcut(keys(TABS.get(4)), Texts.get("keys.tab.customer")),
                new Shortcut(keys(TABS.get(5)), Texts.get("keys.tab.notes")),
                new Shortcut(keys(TABS.get(6)), Texts.get("keys.tab.wrapUp")),
                new Shortcut(keys(FieldKeys.CHAT_SEND), Texts.get("keys.chatSend")),
                new Shortcut(keys(FieldKeys.CHAT_NEW_LINE), Texts.get("keys.chatNewLine")),
                new Shortcut(keys(FieldKeys.KEEP_NOTE), Texts.get("keys.notes")),
                new Shortcut(keys(FieldKeys.COPY_ROWS), Texts.get("keys.copyRows")),
                new Shortcut(keys(FieldKeys.FIND), Texts.get("keys.historySearch")),
                new Shortcut(keys(FieldKeys.CLEAR_SEARCH), Texts.get("keys.historyClear")),
                new Shortcut(mnemonic('T'), Texts.get("keys.alt.customer")),
                new Shortcut(mnemonic('N'), Texts.get("keys.alt.newSession")),
                new Shortcut(mnemonic('E'), Texts.get("keys.alt.end")),
                new Shortcut(mnemonic('H'), Texts.get("keys.alt.history")),
                new Shortcut(mnemonic('R'), Texts.get("keys.alt.request")),
                new Shortcut(mnemonic('B'), Texts.get("keys.alt.release")),
                new Shortcut(mnemonic('W'), Texts.get("keys.alt.withdraw")),
                new Shortcut(mnemonic('S'), Texts.get("keys.alt.specialKeys")),
                new Shortcut(mnemonic('K'), Texts.get("keys.alt.shortcuts")),
                new Shortcut(mnemonic('C'), Texts.get("keys.alt.copyCode")),
                new Shortcut(mnemonic('O'), Texts.get("keys.alt.newCode")),
                new Shortcut(mnemonic('U'), Texts.get("keys.alt.run")),
                new Shortcut(mnemonic('L'), Texts.get("keys.alt.cancel")),
                new Shortcut(Texts.get("keys.moveKeys"), Texts.get("keys.move")),
                new Shortcut(Texts.get("keys.escapeKeys"), Texts.get("keys.escape")),
                new Shortcut(Texts.get("keys.inControlKeys"), Texts.format("keys.inControl", keys(RELEASE_CONTROL))));
    }
}
