package org.tandem.customer.ui;

import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The customer's main window: the code form until the session is connected, then the session
 * companion (plan, chat, activity, the way out) until it ends. F1 shows the keyboard shortcuts.
 */
final class CustomerWindow {
    static final double COMPANION_WIDTH = 1040;
    static final double COMPANION_HEIGHT = 720;

    private final Scene scene;

    CustomerWindow(Stage stage, CustomerViewModel model, Consumer<String> openLink) {
        this(stage, model, openLink, nothing());
    }

    /** @param banner shown at the top while a lost connection is being resumed */
    CustomerWindow(Stage stage, CustomerViewModel model, Consumer<String> openLink, javafx.scene.Node banner) {
        ConnectView connect = new ConnectView(model);
        CompanionView companion = new CompanionView(model, openLink);
        StackPane root = new StackPane(connect.root(), companion.root(), banner);
        StackPane.setAlignment(banner, javafx.geometry.Pos.TOP_CENTER);
        connect.root().visibleProperty().bind(model.inSessionProperty().not());
        companion.root().visibleProperty().bind(model.inSessionProperty());
        scene = new Scene(root, 560, 600);
        CustomerStyles.apply(scene);
        Shortcuts.installSessionKeys(scene, model);
        companion.installFocusKeys(scene);
        model.inSessionProperty().addListener((obs, was, now) -> {
            if (now) {
                roomForCompanion(stage);
            }
        });
    }

    /** A banner that never shows, for windows without one. */
    private static javafx.scene.Node nothing() {
        javafx.scene.layout.Region none = new javafx.scene.layout.Region();
        none.setVisible(false);
        none.setManaged(false);
        none.setMouseTransparent(true);
        return none;
    }

    Scene scene() {
        return scene;
    }

    /** The companion needs more room than the code form: grow the window, within the screen. */
    private static void roomForCompanion(Stage stage) {
        Rectangle2D screen = Screen.getScreensForRectangle(stage.getX(), stage.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        double width = Math.min(screen.getWidth(), Math.max(stage.getWidth(), COMPANION_WIDTH));
        double height = Math.min(screen.getHeight(), Math.max(stage.getHeight(), COMPANION_HEIGHT));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(Math.max(screen.getMinX(), Math.min(stage.getX(), screen.getMaxX() - width)));
        stage.setY(Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - height)));
    }
}
