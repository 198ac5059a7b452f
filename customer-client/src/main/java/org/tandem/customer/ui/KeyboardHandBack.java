package org.tandem.customer.ui;

import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The session bar never keeps the keyboard: the customer writes in their own window. A window
 * manager gives the keyboard to a window as it appears (metacity does, so the bar took it right after
 * Allow, and each Space of the customer's message pressed Pause sharing), and to a window clicked; the
 * bar hands it straight back to the customer's window. Should a key still reach the bar, every key the
 * customer's window answers to (F1, Ctrl+2 and the rest the shortcut sheet lists) takes the customer
 * to their window and does there what it says.
 */
final class KeyboardHandBack {
    private KeyboardHandBack() {}

    /** The keyboard that {@code bar} is given goes back to {@code main}, and so do {@code main}'s keys pressed on it. */
    static void install(Stage bar, Stage main) {
        bar.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                // After the window system is done giving the bar the focus, not in the middle of it.
                Platform.runLater(() -> {
                    if (bar.isFocused() && main.isShowing() && !main.isIconified()) {
                        main.requestFocus();
                    }
                });
            }
        });
        bar.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Scene scene = main.getScene();
            if (scene == null || barsOwn(bar, event)) {
                return;
            }
            for (Map.Entry<KeyCombination, Runnable> key : Map.copyOf(scene.getAccelerators()).entrySet()) {
                if (key.getKey().match(event)) {
                    event.consume();
                    toFront(main);
                    key.getValue().run();
                    return;
                }
            }
        });
    }

    /**
     * The bar's own keys (pause or share, stop control, end the session) act on the bar, where their buttons
     * are: a customer who put their window away and paused sharing from the bar does not get the window back.
     * F1 is not one of them: the list of keys belongs to the customer's window.
     */
    private static boolean barsOwn(Stage bar, KeyEvent event) {
        Scene scene = bar.getScene();
        return scene != null && scene.getAccelerators().keySet().stream()
                .anyMatch(key -> !key.equals(Shortcuts.HELP) && key.match(event));
    }

    private static void toFront(Stage main) {
        if (!main.isShowing()) {
            return;
        }
        if (main.isIconified()) {
            main.setIconified(false);
        }
        main.toFront();
        main.requestFocus();
    }
}
