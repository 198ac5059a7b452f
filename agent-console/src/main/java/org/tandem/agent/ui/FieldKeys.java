package org.tandem.agent.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Keys that one part of the console answers to while it has the focus (Enter in the chat, Ctrl+C
 * in a result table), as opposed to the window's own shortcuts. Each is installed through
 * {@link #onPress} and so known to the node, which lets a test check the shortcuts list against
 * what is really installed.
 */
public final class FieldKeys {
    public static final KeyCombination CHAT_SEND = new KeyCodeCombination(KeyCode.ENTER);
    public static final KeyCombination CHAT_NEW_LINE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination KEEP_NOTE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination COPY_ROWS = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    /** In History: to the search field, wherever the focus is in the window. */
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** In History's search field: empty it; with nothing in it, Esc closes History. */
    public static final KeyCombination CLEAR_SEARCH = new KeyCodeCombination(KeyCode.ESCAPE);

    private static final String INSTALLED = FieldKeys.class.getName();

    private FieldKeys() {}

    /** Runs {@code action} when {@code keys} are pressed while {@code node} has the focus; the key goes no further. */
    public static void onPress(Node node, KeyCombination keys, Runnable action) {
        onPress(node, keys, () -> true, action);
    }

    /**
     * Runs {@code action} when {@code keys} are pressed while {@code node} has the focus and {@code applies}
     * holds; the key then goes no further. Otherwise the window may answer it.
     */
    public static void onPress(Node node, KeyCombination keys, java.util.function.BooleanSupplier applies, Runnable action) {
        node.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (keys.match(event) && applies.getAsBoolean()) {
                event.consume();
                action.run();
            }
        });
        installed(node).add(keys);
    }

    /** The keys installed on {@code node} through {@link #onPress}. */
    public static List<KeyCombination> on(Node node) {
        Object keys = node.getProperties().get(INSTALLED);
        return keys == null ? List.of() : List.copyOf(installed(node));
    }

    @SuppressWarnings("unchecked")
    private static List<KeyCombination> installed(Node node) {
        return (List<KeyCombination>) node.getProperties().computeIfAbsent(INSTALLED, k -> new ArrayList<KeyCombination>());
    }
}
