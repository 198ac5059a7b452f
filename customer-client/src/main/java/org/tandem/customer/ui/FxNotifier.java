package org.tandem.customer.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.desktop.ui.NoticePopup;

/** Notices for the customer's window; clicking one brings the window back to the front. */
final class FxNotifier implements BackgroundNotifier.Notifier {
    private final Stage window;
    private final NoticePopup notices;

    FxNotifier(Stage window) {
        this(window, () -> null);
    }

    /**
     * @param bar the session bar, which holds a notice while the window is minimised (as it is while the
     *            technician controls the computer, decision 0041) instead of a stand-in window that would
     *            count as Tandem's window with the keyboard, and hold every key of the technician's
     */
    FxNotifier(Stage window, Supplier<Window> bar) {
        this.window = window;
        this.notices = new NoticePopup(window, bar, this::bringToFront, (delay, task) -> CompletableFuture
                .delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(task)),
                CustomerStyles::apply);
        // The window back (Open Tandem, the task bar) shows what the notice told, and a notice that says the
        // window is minimised would be wrong.
        window.iconifiedProperty().addListener((obs, was, now) -> {
            if (!now) {
                notices.close();
            }
        });
    }

    /** Whether a notice is on screen; for tests. */
    boolean showing() {
        return notices.showing();
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
