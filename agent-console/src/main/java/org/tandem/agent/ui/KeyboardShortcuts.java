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
                new Shortcut(keys(RELEASE_CONTROL), "Give control back to the customer (works while you are in control)"),
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
