package org.tandem.customer.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.desktop.ui.EndSessionAlert;

/**
 * "End the session?", asked before End session (button, Ctrl+E) or closing a Tandem window ends the
 * session, as the technician's console asks. Ending cannot be undone (a new code is needed), so No
 * is the default: Enter, Esc and closing the question keep the session. Taking control back and
 * pausing sharing never ask: they stay one click or one key, so the customer can always stop the
 * technician at once.
 */
final class EndSessionQuestion {
    static final ButtonType YES = new ButtonType(Texts.get("end.yes"), ButtonData.YES);
    static final ButtonType NO = new ButtonType(Texts.get("end.no"), ButtonData.NO);
    /** Between the session bar and the question asked from it. */
    private static final double GAP = 12;

    private EndSessionQuestion() {}

    /** Asks, and ends the session on an explicit Yes. On the FX thread. */
    static void askThenEnd(Window owner, CustomerViewModel model) {
        if (confirm(owner, model)) {
            model.endSession();
        }
    }

    /**
     * Blocks in a nested event loop until answered; true only for an explicit Yes while the session is
     * still on. A session that ends meanwhile takes the question away. On the FX thread.
     */
    static boolean confirm(Window owner, CustomerViewModel model) {
        if (!model.inSessionProperty().get()) {
            return false;
        }
        Alert alert = EndSessionAlert.of(owner, Texts.get("end.windowTitle"), Texts.get("end.question"),
                EndSessionWords.consequences(model.stateProperty().get(), model.control().grantedProperty().get(),
                        model.running().rows()), NO, YES);
        ChangeListener<Boolean> over = (obs, was, now) -> {
            if (!now) {
                alert.close();
            }
        };
        model.inSessionProperty().addListener(over);
        // Asked from the always-on-top session bar, the question goes just under it, never behind it.
        // Both X and Y are given before it shows: the dialog then keeps them, and a window manager
        // may not take a move made after a window appeared.
        if (owner instanceof Stage bar && bar.isAlwaysOnTop()) {
            alert.getDialogPane().applyCss();
            double width = alert.getDialogPane().prefWidth(-1);
            alert.setX(bar.getX() + (bar.getWidth() - width) / 2);
            alert.setY(bar.getY() + bar.getHeight() + GAP);
        }
        try {
            return alert.showAndWait().filter(YES::equals).isPresent() && model.inSessionProperty().get();
        } finally {
            model.inSessionProperty().removeListener(over);
        }
    }
}
