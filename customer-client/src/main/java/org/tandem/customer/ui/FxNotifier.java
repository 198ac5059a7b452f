package org.tandem.customer.ui;

import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** ControlsFX notifications for the customer's window; clicking one brings the window back to the front. */
final class FxNotifier implements BackgroundNotifier.Notifier {
    private final Stage window;

    FxNotifier(Stage window) {
        this.window = window;
    }

    /** Whether the window is showing but another has the focus, or it is minimised. */
    boolean inBackground() {
        return window.isShowing() && (window.isIconified() || !window.isFocused());
    }

    @Override
    public void show(String title, String text) {
        // A minimised window has no place on screen to show a notification next to.
        Object owner = window.isIconified() ? Screen.getPrimary() : window;
        Notifications.create().owner(owner).title(title).text(text).hideAfter(Duration.seconds(10))
                .onAction(e -> bringToFront()).showInformation();
    }

    void bringToFront() {
        window.setIconified(false);
        window.show();
        window.toFront();
        window.requestFocus();
    }
}
