package org.tandem.desktop.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * A notice at the lower right of the primary screen that appears and goes at once, with no fade and
 * no slide. On the customer's side the screen is what the technician sees, so each frame of an
 * animation is a change Tandem sends to the console (the half-second fade of a library notification
 * cost more than typing a few lines); on either side a running animation keeps JavaFX drawing the
 * window for as long as it runs, which without a graphics card is the processor's work. Clicking
 * the notice runs its action and closes it; it closes by itself after {@link #SHOWN_FOR}; a newer
 * notice takes the place of an older one. Runs on the FX thread.
 */
public final class NoticePopup {
    /** How long a notice stays when nobody clicks it. */
    public static final Duration SHOWN_FOR = Duration.ofSeconds(10);
    private static final double WIDTH = 360;
    private static final double MARGIN = 12;
    private static final String BOX_STYLE = "-fx-background-color: white; -fx-border-color: #b0b0b0;"
            + " -fx-padding: 10 14 10 14; -fx-cursor: hand;";

    /** Runs a task on the FX thread after a delay, without an animation (which would keep JavaFX drawing). */
    public interface Scheduler {
        void after(Duration delay, Runnable onFxThread);
    }

    private final Stage window;
    private final Supplier<Window> holderWhileMinimised;
    private final Runnable onClick;
    private final Scheduler scheduler;
    private final Consumer<Scene> styled;
    private Popup shown;
    private Stage stand;

    /**
     * @param window  the app's window the notice belongs to
     * @param onClick what a click on the notice does, besides closing it
     * @param styled  gives the notice's scene the app's stylesheets
     */
    public NoticePopup(Stage window, Runnable onClick, Scheduler scheduler, Consumer<Scene> styled) {
        this(window, () -> null, onClick, scheduler, styled);
    }

    /**
     * @param holderWhileMinimised another window of the app that holds the notice while {@code window}
     *                             is minimised, when it shows (null when there is none): a stand-in
     *                             window is not needed then
     */
    public NoticePopup(Stage window, Supplier<Window> holderWhileMinimised, Runnable onClick, Scheduler scheduler,
            Consumer<Scene> styled) {
        this.window = Objects.requireNonNull(window, "window");
        this.holderWhileMinimised = Objects.requireNonNull(holderWhileMinimised, "holderWhileMinimised");
        this.onClick = Objects.requireNonNull(onClick, "onClick");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.styled = Objects.requireNonNull(styled, "styled");
    }

    public void show(String title, String text) {
        show(title, text, () -> { });
    }

    /** @param andThen what else a click on this notice does, after the click action of all notices */
    public void show(String title, String text, Runnable andThen) {
        Objects.requireNonNull(andThen, "andThen");
        close();
        Label heading = new Label(title);
        heading.setId("noticeTitle");
        heading.getStyleClass().add("notice-title");
        heading.setStyle("-fx-font-weight: bold;");
        // A long title (a technician's name and company, say) wraps and the notice grows, rather than lose its end.
        heading.setWrapText(true);
        Label body = new Label(text);
        body.setId("noticeText");
        body.setWrapText(true);
        VBox box = new VBox(4, heading, body);
        box.setId("notice");
        box.getStyleClass().add("notice");
        box.setStyle(BOX_STYLE);
        box.setPrefWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        Popup popup = new Popup();
        popup.getContent().add(box);
        styled.accept(popup.getScene());
        box.setOnMouseClicked(e -> {
            close();
            onClick.run();
            andThen.run();
        });
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        popup.show(owner(), area.getMaxX() - WIDTH - MARGIN, area.getMaxY() - MARGIN);
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
    public boolean showing() {
        return shown != null && shown.isShowing();
    }

    /** Closes the notice on screen, if any, at once. */
    public void close() {
        Popup current = shown;
        shown = null;
        if (current != null) {
            current.hide();
        }
        if (stand != null && stand.isShowing()) {
            stand.hide();
        }
    }

    /**
     * A minimised window cannot hold a notice: the app's other window holds it then where one shows,
     * else an invisible stand-in, in the corner the notice covers (the customer's input gate counts it
     * among Tandem's windows while it shows). JavaFX takes a window it shows for focused, whether or not
     * the window manager gives it the keyboard (metacity leaves it where it was), and a notice is as
     * focused as the window that holds it: on the customer's side a stand-in held the technician's keys
     * for as long as a notice showed, though they would have reached the customer's program.
     */
    private Window owner() {
        if (!window.isIconified()) {
            return window;
        }
        Window holder = holderWhileMinimised.get();
        if (holder != null && holder.isShowing()) {
            return holder;
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
}
