package org.tandem.customer.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.tandem.customer.control.DesktopKeyboard;
import org.tandem.customer.session.CustomerState;

/**
 * The small always-on-top bar shown while the customer is connected: whether the screen is shared
 * and who controls it, with Pause sharing, Stop control and End session always one click (or one
 * key) away. It stands in the middle of the top of the screen, or where the customer moved it, and
 * never moves its buttons under their pointer ({@link BarPlacement}).
 */
final class SessionBar {
    /**
     * The share of its one-line width that the line about control keeps when the bar must wrap it
     * to keep its buttons still: two lines, not a column of broken words.
     */
    private static final double TWO_LINES = 0.6;
    /** How long the window manager reports no move before the customer's drag counts as over. */
    private static final long DRAG_OVER_MILLIS = 400;
    /** How often a bar left outside the screen tries to come back: for a minute. */
    private static final int SETTLE_TRIES = 150;

    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final HBox root;
    private final Label controlText;
    private final BarPlacement placement = new BarPlacement();
    /** Counts the customer's moves, so that only the last one of a drag settles the bar. */
    private long drags;
    /** Puts the customer's window away while the technician controls the computer; null for a bar on its own. */
    private final StepAsideForControl aside;

    /** A bar on its own, answering to the session keys itself: for tests of the bar alone. */
    SessionBar(CustomerViewModel model) {
        this(model, null, DesktopKeyboard.NONE);
    }

    /** A bar for {@code main} on a desktop where the keyboard cannot be given to another program. */
    SessionBar(CustomerViewModel model, Stage main) {
        this(model, main, DesktopKeyboard.NONE);
    }

    /**
     * @param main the customer's window: the keyboard is theirs to write in, so the bar hands it back
     *             there, and the window's keys pressed on the bar take the customer there; while the
     *             technician controls the computer the window steps aside, and the bar brings it back
     * @param desktop gives the keyboard to the customer's own program while Tandem's window is away
     */
    SessionBar(CustomerViewModel model, Stage main, DesktopKeyboard desktop) {
        Label text = new Label();
        text.setId("sessionBarText");
        text.getStyleClass().add("bar-text");
        text.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(CustomerState.SHARING))
                .then(Texts.get("bar.shared")).otherwise(Texts.get("bar.notShared")));
        controlText = ControlStatement.of(model, "bar-control-text");
        controlText.setId("controlBarText");
        // Two statements side by side, set apart by a line rather than a dash that could be left hanging.
        Separator apart = new Separator(Orientation.VERTICAL);
        apart.visibleProperty().bind(controlText.visibleProperty());
        apart.managedProperty().bind(apart.visibleProperty());

        SessionControls controls = new SessionControls(model, "bar", controlText);
        controls.share().setId("toggleShareButton");
        controls.stopControl().setId("stopControlButton");
        controls.end().setId("sessionBarEndButton");
        // The bar is for the pointer and the shortcuts: none of its buttons ever holds the keyboard, so
        // a Space or Enter meant for a message can never pause sharing (End session never could).
        controls.share().setFocusTraversable(false);
        controls.stopControl().setFocusTraversable(false);
        // The buttons keep to the right edge, the texts to the left: what the texts gain or lose is taken
        // up in between, so no button moves when a text or Stop control comes or goes.
        Region between = new Region();
        HBox.setHgrow(between, javafx.scene.layout.Priority.ALWAYS);
        root = new HBox(12, controlText, apart, text, between, controls.root());
        if (main != null) {
            // Left of the other buttons, which keep their places as it comes and goes.
            root.getChildren().add(root.getChildren().indexOf(controls.root()), openButton(main));
        }
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(8, 12, 8, 12));
        root.getStyleClass().add("session-bar");
        text.setMinWidth(Region.USE_PREF_SIZE);
        // Who controls the computer is never cut: with a long name on a narrow screen it takes two lines.
        controlText.setMinWidth(Region.USE_COMPUTED_SIZE);
        Scene scene = new Scene(root);
        CustomerStyles.apply(scene);
        // The bar's own keys act here; with the customer's window known, every other key of that window
        // pressed here (F1 included) takes the customer there.
        Shortcuts.installSessionKeys(scene, model);
        stage.setScene(scene);
        if (main != null) {
            KeyboardHandBack.install(stage, main, model.control().grantedProperty(), desktop);
            aside = StepAsideForControl.install(main, model.control().grantedProperty(), desktop);
            main.iconifiedProperty().addListener((obs, was, now) -> refit());
        } else {
            aside = null;
        }
        stage.setTitle(Texts.get("bar.title"));
        stage.setAlwaysOnTop(true);
        stage.setResizable(false);
        // The bar is the customer's way out, so closing it never just hides it, nor ends the session
        // unasked: it asks whether to end the session, and stays while the session goes on.
        stage.setOnCloseRequest(e -> {
            e.consume();
            EndSessionQuestion.askThenEnd(stage, model);
        });

        // The customer may move the bar; from then on it stays where they put it. (A window manager
        // reports a move of the bar's own too, sometimes late, so the placement tells them apart.)
        stage.xProperty().addListener((obs, was, now) -> reported());
        // Once the pointer leaves, the bar may fit its texts and go back to the middle.
        root.hoverProperty().addListener((obs, was, now) -> {
            if (!now) {
                refit();
            }
        });
        model.control().grantedProperty().addListener((obs, was, now) -> refit());
        model.control().backProperty().addListener((obs, was, now) -> refit());
        model.control().detailProperty().addListener((obs, was, now) -> refit());
        model.stateProperty().addListener((obs, was, now) -> {
            if (now == CustomerState.SHARING || now == CustomerState.NOT_SHARING) {
                showAtTop();
                refit();
            } else if (now == CustomerState.ENDED || now == CustomerState.IDLE) {
                stage.hide();
            }
        });
    }

    /** The bar's window: it holds the notices while the customer's window is minimised. */
    Stage window() {
        return stage;
    }

    /** Whether Tandem put the customer's window away for control, and it is still away. */
    boolean windowPutAway() {
        return aside != null && aside.putAway();
    }

    /**
     * Open Tandem, while the customer's window is minimised (by Tandem for control, or by the customer):
     * the way back to it where the desktop has no task bar, and one click away where it has.
     */
    private static Button openButton(Stage main) {
        Button open = new Button(Texts.get("bar.open"));
        open.setId("openTandemButton");
        open.setMnemonicParsing(true);
        open.setFocusTraversable(false);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setTooltip(new Tooltip(Texts.get("bar.open.tip")));
        open.visibleProperty().bind(main.iconifiedProperty());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> KeyboardHandBack.bringBack(main));
        return open;
    }

    /**
     * The bar's texts change length (who controls, shared or not), and Stop control comes and goes.
     * The bar fits them as {@link BarPlacement} says: nothing moves under the customer's pointer, and
     * with the pointer away the bar is in the middle of the screen, unless the customer moved it.
     */
    private void refit() {
        // After the texts have changed and been laid out.
        Platform.runLater(() -> {
            if (!stage.isShowing()) {
                return;
            }
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double frame = Math.max(0, stage.getWidth() - stage.getScene().getWidth());
            root.setPrefWidth(Region.USE_COMPUTED_SIZE);
            double needed = root.prefWidth(-1);
            double least = controlText.isVisible()
                    ? needed - Math.floor(controlText.prefWidth(-1) * (1 - TWO_LINES)) : needed;
            BarPlacement.Spot spot = placement.fit(needed, least, frame, screen.getMinX(), screen.getMaxX(),
                    root.isHover());
            root.setPrefWidth(spot.contentWidth());
            stage.sizeToScene();
            stage.setX(spot.x());
        });
    }

    /**
     * The window is somewhere else. The customer's drag may leave the bar partly off the screen (a
     * window manager lets it), so once the drag is over the bar comes back inside, keeping to where
     * the customer put it as far as it can.
     */
    private void reported() {
        if (placement.reportedAt(stage.getX())) {
            settleAfterDrag(++drags, SETTLE_TRIES);
        }
    }

    /**
     * Once the drag has been quiet for a moment, brings the bar back inside the screen. A window
     * manager ignores the move while the customer still holds the bar (they may pause mid-drag), and
     * tells nothing when they let go there; so while the bar is still outside, it tries again.
     */
    private void settleAfterDrag(long drag, int tries) {
        CompletableFuture.delayedExecutor(DRAG_OVER_MILLIS, TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(() -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            boolean outside = stage.getX() < screen.getMinX() || stage.getX() + stage.getWidth() > screen.getMaxX();
            if (drag != drags || !stage.isShowing() || !outside) {
                return;
            }
            refit();
            if (tries > 1) {
                settleAfterDrag(drag, tries - 1);
            }
        }));
    }

    /**
     * Placed before it appears: a window manager may put a new window where it likes and take a move
     * that comes just after as already done (metacity left the bar in the middle of the screen). The
     * width is the bar's own until it is shown; {@link #refit} centres it on its real width after.
     */
    private void showAtTop() {
        if (stage.isShowing()) {
            return;
        }
        root.applyCss();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double x = Math.floor(screen.getMinX() + (screen.getWidth() - root.prefWidth(-1)) / 2);
        double y = screen.getMinY() + 4;
        placement.appearing(x);
        stage.setX(x);
        stage.setY(y);
        stage.show();
    }
}
