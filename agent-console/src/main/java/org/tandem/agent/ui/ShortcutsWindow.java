package org.tandem.agent.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The list of the console's keyboard shortcuts (F1), in a small window of its own. */
final class ShortcutsWindow {
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
        VBox root = new VBox(14, title, list, buttons);
        root.setId("shortcutsWindow");
        root.setPadding(new Insets(16));

        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Texts.get("keys.windowTitle"));
        stage.setScene(new Scene(root));
        stage.show();
        close.requestFocus();
        return stage;
    }
}
