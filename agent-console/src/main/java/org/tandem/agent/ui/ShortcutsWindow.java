package org.tandem.agent.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.desktop.ui.OwnerPlacement;

/** The list of the console's keyboard shortcuts (F1), in a small window of its own. */
final class ShortcutsWindow {
    /**
     * The most of the screen's height the window takes: the window manager's title bar and frame come on
     * top of it, and a list as high as the screen ran off its bottom.
     */
    static final double SCREEN_SHARE = 0.85;

    private ShortcutsWindow() {}

    /** Shows the list, or brings it to the front when it is already open. Call on the FX thread. */
    static Stage show(Window owner) {
        for (Window window : Window.getWindows()) {
            if (window instanceof Stage open && "shortcutsWindow".equals(open.getScene().getRoot().getId())) {
                open.toFront();
                return open;
            }
        }
        GridPane list = new GridPane();
        list.setId("shortcutsList");
        list.setHgap(18);
        list.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(130);
        ColumnConstraints does = new ColumnConstraints();
        does.setPrefWidth(380);
        list.getColumnConstraints().addAll(keys, does);
        int row = 0;
        for (KeyboardShortcuts.Shortcut shortcut : KeyboardShortcuts.all()) {
            Label key = new Label(shortcut.keys());
            key.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
            key.setMnemonicParsing(false);
            Label what = new Label(shortcut.does());
            what.setWrapText(true);
            what.setMnemonicParsing(false);
            // A long line takes a second line rather than being cut off with an ellipsis.
            what.setMinHeight(Region.USE_PREF_SIZE);
            list.addRow(row++, key, what);
        }

        Stage stage = new Stage();
        Button close = new Button(Texts.get("keys.close"));
        close.setId("closeShortcutsButton");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label title = new Label(Texts.get("keys.title"));
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        // The list is longer than a small or scaled-up screen is high: it scrolls, the Close button stays.
        ScrollPane scroll = new ScrollPane(list);
        scroll.setId("shortcutsScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setStyle("-fx-background-color: transparent; -fx-background-insets: 0; -fx-padding: 0;");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(14, title, scroll, buttons);
        root.setId("shortcutsWindow");
        root.setPadding(new Insets(16));

        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Texts.get("keys.windowTitle"));
        Rectangle2D screen = screenOf(owner).getVisualBounds();
        stage.setMaxHeight(screen.getHeight() * SCREEN_SHARE);
        stage.setMaxWidth(screen.getWidth());
        // A region's preferred height stays within its maximum, so the window asks for no more than this.
        scroll.setMaxHeight(screen.getHeight() * SCREEN_SHARE - 140);
        stage.setScene(new Scene(root));
        OwnerPlacement.centreOnOwner(stage);
        stage.show();
        close.requestFocus();
        return stage;
    }

    private static Screen screenOf(Window owner) {
        if (owner == null) {
            return Screen.getPrimary();
        }
        return Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary());
    }
}
