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
        ConnectView connect = new ConnectView(model);
        CompanionView companion = new CompanionView(model, openLink);
        StackPane root = new StackPane(connect.root(), companion.root());
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
