package org.tandem.customer.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.tandem.customer.session.CustomerState;

/**
 * The small always-on-top bar shown while the customer is connected: whether the screen is shared
 * and who controls it, with Pause sharing, Stop control and End session always one click (or one
 * key) away.
 */
final class SessionBar {
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final HBox root;
    /** Whether the bar has been centred since it last appeared; from then on it keeps its right edge. */
    private boolean placed;
    /** The widest the bar's content has been since it last appeared. */
    private double widest;
    /** The width the bar's window was last given, its frame included. */
    private double width;
    /** Where the bar's right edge stays: where it was placed, or where the customer moved it. */
    private double rightEdge;

    SessionBar(CustomerViewModel model) {
        Label text = new Label();
        text.setId("sessionBarText");
        text.getStyleClass().add("bar-text");
        text.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(CustomerState.SHARING))
                .then(Texts.get("bar.shared")).otherwise(Texts.get("bar.notShared")));
        Label controlText = ControlStatement.of(model, "bar-control-text");
        controlText.setId("controlBarText");
        // Two statements side by side, set apart by a line rather than a dash that could be left hanging.
        Separator apart = new Separator(Orientation.VERTICAL);
        apart.visibleProperty().bind(controlText.visibleProperty());
        apart.managedProperty().bind(apart.visibleProperty());

        SessionControls controls = new SessionControls(model, "bar", controlText);
        controls.share().setId("toggleShareButton");
        controls.stopControl().setId("stopControlButton");
        controls.end().setId("sessionBarEndButton");
        // The buttons keep to the right edge, the texts to the left: what the texts gain or lose is taken
        // up in between, so no button moves when a text or Stop control comes or goes.
        Region between = new Region();
        HBox.setHgrow(between, javafx.scene.layout.Priority.ALWAYS);
        root = new HBox(12, controlText, apart, text, between, controls.root());
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(8, 12, 8, 12));
        root.getStyleClass().add("session-bar");
        text.setMinWidth(Region.USE_PREF_SIZE);
        // Who controls the computer is never cut: with a long name on a narrow screen it takes two lines.
        controlText.setMinWidth(Region.USE_COMPUTED_SIZE);
        Scene scene = new Scene(root);
        CustomerStyles.apply(scene);
        Shortcuts.installSessionKeys(scene, model);
        stage.setScene(scene);
        stage.setTitle(Texts.get("bar.title"));
        stage.setAlwaysOnTop(true);
        stage.setResizable(false);
        // The bar is the customer's way out, so closing it never just hides it, nor ends the session
        // unasked: it asks whether to end the session, and stays while the session goes on.
        stage.setOnCloseRequest(e -> {
            e.consume();
            EndSessionQuestion.askThenEnd(stage, model);
        });

        // The customer may move the bar; its right edge goes with it. (A window manager reports a new
        // width only later, so the edge is the bar's own account, not its window's width at the time.)
        stage.xProperty().addListener((obs, was, now) -> rightEdge = now.doubleValue() + width);
        model.controlGrantedProperty().addListener((obs, was, now) -> refit());
        model.controlDetailProperty().addListener((obs, was, now) -> refit());
        model.stateProperty().addListener((obs, was, now) -> {
            if (now == CustomerState.SHARING || now == CustomerState.NOT_SHARING) {
                showAtTop();
                refit();
            } else if (now == CustomerState.ENDED || now == CustomerState.IDLE) {
                stage.hide();
                placed = false;
                widest = 0;
                width = 0;
            }
        });
    }

    /** The bar's window; for tests. */
    Stage window() {
        return stage;
    }

    /**
     * The bar's texts change length (who controls, shared or not). The first time it shows, the bar is
     * centred on its real width. After that its right edge stays where it is, so the buttons never move
     * under the customer's pointer: it grows to the left when a text needs more room, and never shrinks
     * while the session lasts (after Stop control, the pointer would otherwise land on End session).
     */
    private void refit() {
        // After the texts have changed and been laid out.
        javafx.application.Platform.runLater(() -> {
            if (!stage.isShowing()) {
                return;
            }
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            double frame = Math.max(0, stage.getWidth() - stage.getScene().getWidth());
            root.setPrefWidth(Region.USE_COMPUTED_SIZE);
            // No wider than the screen: what does not fit on one line wraps rather than going off the edge.
            widest = Math.min(Math.max(widest, Math.ceil(root.prefWidth(-1))), screen.getWidth() - frame);
            root.setPrefWidth(widest);
            stage.sizeToScene();
            // The width it is about to have: the window manager may report it only after the move below.
            width = widest + frame;
            double x = placed ? rightEdge - width : screen.getMinX() + (screen.getWidth() - width) / 2;
            x = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width));
            placed = true;
            rightEdge = x + width;
            stage.setX(x);
        });
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
        stage.setX(screen.getMinX() + (screen.getWidth() - root.prefWidth(-1)) / 2);
        stage.setY(screen.getMinY() + 4);
        stage.show();
    }
}
