package org.tandem.customer.ui;

import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.tandem.desktop.ui.ScreenFit;
import org.tandem.shared.config.WindowBoundsStore;

/**
 * The customer's main window: the code form until the session is connected, then the session
 * companion (plan, chat, activity, the way out) until it ends. F1 shows the keyboard shortcuts.
 */
final class CustomerWindow {
    /** The code form's own size, which the window opens with unless it remembers the customer's. */
    static final double CODE_FORM_WIDTH = 560;
    static final double CODE_FORM_HEIGHT = 600;
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
        scene = new Scene(root, CODE_FORM_WIDTH, CODE_FORM_HEIGHT);
        CustomerStyles.apply(scene);
        Shortcuts.installSessionKeys(scene, model);
        companion.installFocusKeys(scene);
        // Only a window that still has the code form's own size is grown: any other size and place are
        // the customer's, given now or remembered from last time, and stay as they are.
        model.inSessionProperty().addListener((obs, was, now) -> {
            if (now && hasCodeFormSize(scene)) {
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

    private static boolean hasCodeFormSize(Scene scene) {
        return Math.abs(scene.getWidth() - CODE_FORM_WIDTH) < 1 && Math.abs(scene.getHeight() - CODE_FORM_HEIGHT) < 1;
    }

    /** The companion needs more room than the code form: grow the window, wholly on a screen. */
    private static void roomForCompanion(Stage stage) {
        WindowBoundsStore.Bounds grown = ScreenFit.onAScreen(new WindowBoundsStore.Bounds(stage.getX(), stage.getY(),
                Math.max(stage.getWidth(), COMPANION_WIDTH), Math.max(stage.getHeight(), COMPANION_HEIGHT)));
        stage.setWidth(grown.width());
        stage.setHeight(grown.height());
        stage.setX(grown.x());
        stage.setY(grown.y());
    }
}
