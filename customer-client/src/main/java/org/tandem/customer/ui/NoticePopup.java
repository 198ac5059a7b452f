package org.tandem.customer.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * A notice at the lower right of the primary screen that appears and goes at once, with no fade and
 * no slide: the customer's screen is what the technician sees, so each frame of an animation is a
 * change Tandem sends to the console (the half-second fade of a library notification cost more than
 * typing a few lines). Clicking the notice runs its action and closes it; it closes by itself after
 * {@link #SHOWN_FOR}; a newer notice takes the place of an older one. Runs on the FX thread.
 */
final class NoticePopup implements BackgroundNotifier.Notifier {
    /** How long a notice stays when nobody clicks it. */
    static final Duration SHOWN_FOR = Duration.ofSeconds(10);
    private static final double WIDTH = 360;
    private static final double MARGIN = 12;

    /** Runs a task on the FX thread after a delay, without an animation (which would keep JavaFX drawing). */
    interface Scheduler {
        void after(Duration delay, Runnable onFxThread);
    }

    private final Supplier<Window> owner;
    private final Runnable onClick;
    private final Scheduler scheduler;
    private Popup shown;

    /**
     * @param owner the window the notice belongs to (one that is on screen)
     * @param onClick what a click on the notice does, besides closing it
     */
    NoticePopup(Supplier<Window> owner, Runnable onClick, Scheduler scheduler) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.onClick = Objects.requireNonNull(onClick, "onClick");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public void show(String title, String text) {
        close();
        Label heading = new Label(title);
        heading.setId("noticeTitle");
        heading.getStyleClass().add("notice-title");
        Label body = new Label(text);
        body.setId("noticeText");
        body.setWrapText(true);
        VBox box = new VBox(4, heading, body);
        box.setId("notice");
        box.getStyleClass().add("notice");
        box.setPrefWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        Popup popup = new Popup();
        popup.getContent().add(box);
        CustomerStyles.apply(popup.getScene());
        box.setOnMouseClicked(e -> {
            close();
            onClick.run();
        });
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        popup.show(owner.get(), area.getMaxX() - WIDTH - MARGIN, area.getMaxY() - MARGIN);
        // Placed by its real size before the first frame is drawn, so it does not jump.
        popup.setX(area.getMaxX() - popup.getWidth() - MARGIN);
        popup.setY(area.getMaxY() - popup.getHeight() - MARGIN);
        shown = popup;
        scheduler.after(SHOWN_FOR, () -> {
            if (shown == popup) {
                close();
            }
        });
    }

    /** Whether a notice is on screen. */
    boolean showing() {
        return shown != null && shown.isShowing();
    }

    /** Closes the notice on screen, if any, at once. */
    void close() {
        Popup current = shown;
        shown = null;
        if (current != null) {
            current.hide();
        }
    }
}
