package org.tandem.customer.ui;

import java.util.Map;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.tandem.customer.control.DesktopKeyboard;

/**
 * The session bar never keeps the keyboard: the customer writes in their own window. A window
 * manager gives the keyboard to a window as it appears (metacity does, so the bar took it right after
 * Allow, and each Space of the customer's message pressed Pause sharing), and to a window clicked; the
 * bar hands it straight back to the customer's window. Should a key still reach the bar, every key the
 * customer's window answers to (F1, Ctrl+2 and the rest the shortcut sheet lists) takes the customer
 * to their window and does there what it says.
 *
 * <p>While the technician controls the computer and the customer's window is minimised (Tandem puts it
 * away for control, {@link StepAsideForControl}), the bar hands the keyboard to the customer's own
 * program instead: a window manager that gives it to the window next in line gives it to the bar
 * (metacity does, as the bar is Tandem's too), where every key of the technician's would be held
 * (decision 0041).
 */
final class KeyboardHandBack {
    private KeyboardHandBack() {}

    /**
     * The keyboard that {@code bar} is given goes back to {@code main}, and so do {@code main}'s keys
     * pressed on it; with {@code main} minimised while {@code inControl}, the keyboard goes to the
     * customer's own program. Call once the bar has its scene.
     */
    static void install(Stage bar, Stage main, ObservableBooleanValue inControl, DesktopKeyboard desktop) {
        Node barContent = bar.getScene().getRoot();
        // Not while the customer's pointer is on the bar: they clicked it (Open Tandem, Stop control), and
        // the keyboard given away after their click would take the window they asked for back behind
        // another. It goes once the pointer leaves.
        Runnable toCustomersProgram = () -> {
            if (bar.isFocused() && main.isShowing() && main.isIconified() && inControl.get() && !barContent.isHover()) {
                desktop.giveToCustomersProgram();
            }
        };
        bar.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                // After the window system is done giving the bar the focus, not in the middle of it.
                Platform.runLater(() -> {
                    if (bar.isFocused() && main.isShowing() && !main.isIconified()) {
                        main.requestFocus();
                    } else {
                        toCustomersProgram.run();
                    }
                });
            }
        });
        barContent.hoverProperty().addListener((obs, was, now) -> {
            if (!now) {
                toCustomersProgram.run();
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
                    bringBack(main);
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

    /** The customer's window, minimised or behind others, in front with the keyboard. */
    static void bringBack(Stage main) {
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
