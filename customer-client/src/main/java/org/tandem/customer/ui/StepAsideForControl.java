package org.tandem.customer.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.stage.Stage;
import org.tandem.customer.control.DesktopKeyboard;

/**
 * Once the customer allows control, Tandem's window steps out of the technician's way (decision 0041).
 * Remote input never operates Tandem (the input gate holds a key while a Tandem window has the focus,
 * and a click on one), and right after Allow the customer's window had the keyboard and stood in the
 * middle of the screen: the technician's first key paused control. So the window is minimised and the
 * keyboard goes to the customer's own program; the session bar stays on top with Stop control, and with
 * Open Tandem, which brings the window back. A window the customer brings back stays: it is theirs, and
 * the gate holds what would reach it. When control ends, a window Tandem put away and nobody brought
 * back comes back by itself.
 */
final class StepAsideForControl {
    private final Stage main;
    private final DesktopKeyboard desktop;
    /** Tandem minimised the customer's window for control, and it is still minimised. */
    private boolean putAway;

    private StepAsideForControl(Stage main, DesktopKeyboard desktop) {
        this.main = main;
        this.desktop = desktop;
    }

    /** The customer's window {@code main} steps aside while {@code inControl}. On the FX thread. */
    static StepAsideForControl install(Stage main, ObservableBooleanValue inControl, DesktopKeyboard desktop) {
        StepAsideForControl aside = new StepAsideForControl(main, desktop);
        inControl.addListener((obs, was, now) -> {
            if (now) {
                aside.stepAside();
            } else {
                aside.comeBack();
            }
        });
        // Brought back by the customer (Open Tandem, the task bar, a notice): it is theirs from now on.
        main.iconifiedProperty().addListener((obs, was, now) -> {
            if (!now) {
                aside.putAway = false;
            }
        });
        return aside;
    }

    /** Whether Tandem minimised the customer's window for control and it is still minimised. */
    boolean putAway() {
        return putAway;
    }

    private void stepAside() {
        if (main.isShowing() && !main.isIconified()) {
            main.setIconified(true);
            putAway = true;
        }
        // The customer has just answered in a Tandem window, which has the keyboard or gives it to another
        // of Tandem's as it goes (the bar hands it on from there too, KeyboardHandBack).
        desktop.giveToCustomersProgram();
    }

    private void comeBack() {
        if (putAway && main.isShowing() && main.isIconified()) {
            KeyboardHandBack.bringBack(main);
        }
        putAway = false;
    }
}
