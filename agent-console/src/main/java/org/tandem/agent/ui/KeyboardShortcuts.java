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
    static final KeyCombination CLOSE_SESSION = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+1 … Ctrl+8 bring that customer's tab in front; Ctrl+9 the last one, as in browsers. */
    static final List<KeyCombination> SESSIONS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9).stream()
            .map(code -> (KeyCombination) new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN)).toList();

    /** One line of the list: the keys, and what they do. */
    record Shortcut(String keys, String does) {}

    private KeyboardShortcuts() {}

    /** The keys as the technician presses them on this system, e.g. "Ctrl+N". */
    static String keys(KeyCombination combination) {
        return combination.getDisplayText();
    }

    /** A tooltip that names its shortcut, e.g. "Past sessions (Ctrl+H)". */
    static String tip(String text, String... keys) {
        return text + " (" + String.join(", ", keys) + ")";
    }

    /** The keys of a button's mnemonic, e.g. "Alt+N" for "_New session". */
    static String mnemonic(char letter) {
        return "Alt+" + Character.toUpperCase(letter);
    }

    static List<Shortcut> all() {
        return List.of(
                new Shortcut(keys(SHOW_SHORTCUTS), "Show this list of keyboard shortcuts"),
                new Shortcut(keys(NEW_SESSION), "New session: get a code to read to your customer"),
                new Shortcut(keys(HISTORY), "History: past sessions, their logs and recaps"),
                new Shortcut(keys(NEXT_SESSION), "Next customer's tab"),
                new Shortcut(keys(PREVIOUS_SESSION), "Previous customer's tab"),
                new Shortcut(keys(SESSIONS.get(0)) + " … " + keys(SESSIONS.get(7)),
                        "The first to the eighth customer's tab"),
                new Shortcut(keys(SESSIONS.get(8)), "The last customer's tab"),
                new Shortcut(keys(CLOSE_SESSION), "Close the customer's tab; ends its session (asks first while they are connected)"),
                new Shortcut(keys(RELEASE_CONTROL), "Give control back to the customer (works while you are in control)"),
                new Shortcut(keys(WRAP_UP), "Wrap up: ask the customer “Is everything working now?”"),
                new Shortcut(keys(FIT), "Fit the customer's screen to the window"),
                new Shortcut(keys(ACTUAL_SIZE), "Show the customer's screen pixel for pixel (1:1)"),
                new Shortcut(keys(ZOOM_IN), "Zoom in"),
                new Shortcut(keys(ZOOM_OUT), "Zoom out"),
                new Shortcut(keys(FULL_SCREEN), "Full screen on and off"),
                new Shortcut(keys(TABS.get(0)), "Plan tab"),
                new Shortcut(keys(TABS.get(1)), "Chat tab"),
                new Shortcut(keys(TABS.get(2)), "Actions tab"),
                new Shortcut(keys(TABS.get(3)), "Activity tab: the session so far"),
                new Shortcut(keys(TABS.get(4)), "Customer tab: who they are, their system"),
                new Shortcut(keys(TABS.get(5)), "Notes tab: private notes, never shown to the customer"),
                new Shortcut(keys(TABS.get(6)), "Wrap-up tab: the answer, the rating, a follow-up"),
                new Shortcut("Enter, Shift+Enter", "In the chat: send the message; start a new line"),
                new Shortcut("Ctrl+Enter", "In the notes: keep the note"),
                new Shortcut(mnemonic('T'), "Type the customer's name or ticket for the next session"),
                new Shortcut(mnemonic('N'), "New session"),
                new Shortcut(mnemonic('E'), "End session (asks first while a customer is connected)"),
                new Shortcut(mnemonic('H'), "History"),
                new Shortcut(mnemonic('R'), "Request control of the customer's mouse and keyboard"),
                new Shortcut(mnemonic('B'), "Give control back"),
                new Shortcut(mnemonic('S'), "Special keys to send: Ctrl+Alt+Del, Alt+Tab, Alt+F4…"),
                new Shortcut(mnemonic('K'), "Keyboard shortcuts (this list)"),
                new Shortcut(mnemonic('C'), "Copy the session code"),
                new Shortcut(mnemonic('O'), "New code, after the customer typed a wrong one"),
                new Shortcut(mnemonic('U'), "Run the chosen action on the customer's computer"),
                new Shortcut(mnemonic('L'), "Cancel the selected action"),
                new Shortcut("Tab, Shift+Tab", "Move between fields; toolbar buttons are reached with Alt+letter"),
                new Shortcut("Esc", "Close a question or this list; in a question, Esc answers No"),
                new Shortcut("While in control", "Every key except " + keys(RELEASE_CONTROL)
                        + " goes to the customer's computer, Alt+letters and F1 included"));
    }
}
