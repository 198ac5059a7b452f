package org.tandem.customer.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.tandem.desktop.ui.NoticePopup;

/** Notices for the customer's window; clicking one brings the window back to the front. */
final class FxNotifier implements BackgroundNotifier.Notifier {
    private final Stage window;
    private final NoticePopup notices;

    FxNotifier(Stage window) {
        this.window = window;
        this.notices = new NoticePopup(window, this::bringToFront, (delay, task) -> CompletableFuture
                .delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(task)),
                CustomerStyles::apply);
    }

    /** Whether the window is showing but another has the focus, or it is minimised. */
    boolean inBackground() {
        return window.isShowing() && (window.isIconified() || !window.isFocused());
    }

    @Override
    public void show(String title, String text) {
        notices.show(title, text);
    }

    @Override
    public void withdraw() {
        notices.close();
    }

    void bringToFront() {
        notices.close();
        window.setIconified(false);
        window.show();
        window.toFront();
        window.requestFocus();
    }
}
