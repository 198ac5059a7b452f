package org.tandem.customer.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.tandem.desktop.ui.ScreenFit;
import org.tandem.shared.config.WindowBoundsStore;
import org.tandem.shared.log.RecapGenerator;

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
    /**
     * The smallest the companion gets with every heading and button whole (walked under a window
     * manager: at 560 pixels "What the technician did" is cut); the console's minimum too.
     */
    static final double COMPANION_MIN_WIDTH = 640;
    static final double COMPANION_MIN_HEIGHT = 480;
    /** The smallest the code form gets with a whole code in its field and the Connect button in sight. */
    static final double CODE_FORM_MIN_WIDTH = 440;
    static final double CODE_FORM_MIN_HEIGHT = 400;

    private final Scene scene;

    CustomerWindow(Stage stage, CustomerViewModel model, Consumer<String> openLink) {
        this(stage, model, openLink, nothing());
    }

    /** @param banner shown at the top while a lost connection is being resumed */
    CustomerWindow(Stage stage, CustomerViewModel model, Consumer<String> openLink, javafx.scene.Node banner) {
        this(stage, model, openLink, banner, () -> new RecapViewModel(javafx.application.Platform::runLater,
                model.worker(), new RecapGenerator(), new DesktopMail(), new DesktopFolders()));
    }

    /**
     * @param recaps makes the view model of a recap window: the recap opens once the session's log is closed,
     *     and again from the code form (Show the recap)
     */
    CustomerWindow(Stage stage, CustomerViewModel model, Consumer<String> openLink, javafx.scene.Node banner,
            Supplier<RecapViewModel> recaps) {
        RecapOffer recap = new RecapOffer(stage, model.recordedLogProperty(), recaps);
        ConnectView connect = new ConnectView(model, recap::show);
        CompanionView companion = new CompanionView(model, openLink);
        StackPane root = new StackPane(connect.root(), companion.root(), banner);
        StackPane.setAlignment(banner, javafx.geometry.Pos.TOP_CENTER);
        connect.root().visibleProperty().bind(model.inSessionProperty().not());
        companion.root().visibleProperty().bind(model.inSessionProperty());
        scene = new Scene(root, CODE_FORM_WIDTH, CODE_FORM_HEIGHT);
        CustomerStyles.apply(scene);
        Shortcuts.installSessionKeys(scene, model);
        companion.installFocusKeys(scene);
        smallest(stage, model.inSessionProperty().get());
        // Only a window that still has the code form's own size is grown: any other size and place are
        // the customer's, given now or remembered from last time, and stay as they are, but never
        // smaller than the view now shown needs.
        model.inSessionProperty().addListener((obs, was, now) -> {
            boolean codeFormSize = hasCodeFormSize(scene);
            smallest(stage, now);
            if (now && codeFormSize) {
                roomForCompanion(stage);
            }
            // The code form's field or button had the keyboard; hidden, it would pass it on to the first
            // button of the companion, Pause sharing, for a Space to press. The message box takes it.
            if (now) {
                companion.focusMessageBox();
            }
        });
    }

    /** The smallest the window may get with the code form, or the companion, shown whole. */
    private static void smallest(Stage stage, boolean companion) {
        double width = companion ? COMPANION_MIN_WIDTH : CODE_FORM_MIN_WIDTH;
        double height = companion ? COMPANION_MIN_HEIGHT : CODE_FORM_MIN_HEIGHT;
        stage.setMinWidth(width);
        stage.setMinHeight(height);
        if (stage.isShowing() && (stage.getWidth() < width || stage.getHeight() < height)) {
            WindowBoundsStore.Bounds grown = ScreenFit.onAScreen(new WindowBoundsStore.Bounds(stage.getX(), stage.getY(),
                    Math.max(stage.getWidth(), width), Math.max(stage.getHeight(), height)));
            place(stage, grown);
        }
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
        place(stage, grown);
    }

    private static void place(Stage stage, WindowBoundsStore.Bounds bounds) {
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setX(bounds.x());
        stage.setY(bounds.y());
    }
}
