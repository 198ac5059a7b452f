package org.tandem.customer.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/** Notices for the customer's window; clicking one brings the window back to the front. */
final class FxNotifier implements BackgroundNotifier.Notifier {
    private final Stage window;
    private final NoticePopup notices;
    private Stage stand;

    FxNotifier(Stage window) {
        this.window = window;
        this.notices = new NoticePopup(this::owner, this::bringToFront, (delay, task) -> CompletableFuture
                .delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(() -> {
                    task.run();
                    putStandAway();
                })));
    }

    /** Whether the window is showing but another has the focus, or it is minimised. */
    boolean inBackground() {
        return window.isShowing() && (window.isIconified() || !window.isFocused());
    }

    @Override
    public void show(String title, String text) {
        notices.show(title, text);
    }

    void bringToFront() {
        putStandAway();
        window.setIconified(false);
        window.show();
        window.toFront();
        window.requestFocus();
    }

    /**
     * A minimised window cannot hold a notice: an invisible stand-in holds it then, in the corner the
     * notice covers, since the input gate counts it among Tandem's windows while it shows.
     */
    private Window owner() {
        if (!window.isIconified()) {
            return window;
        }
        if (stand == null) {
            stand = new Stage(StageStyle.UTILITY);
            stand.setOpacity(0);
            stand.setWidth(1);
            stand.setHeight(1);
        }
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        stand.setX(area.getMaxX() - 2);
        stand.setY(area.getMaxY() - 2);
        if (!stand.isShowing()) {
            stand.show();
        }
        return stand;
    }

    private void putStandAway() {
        if (stand != null && stand.isShowing() && !notices.showing()) {
            stand.hide();
        }
    }
}
