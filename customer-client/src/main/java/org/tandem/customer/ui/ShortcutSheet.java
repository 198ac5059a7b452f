package org.tandem.customer.ui;

import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tandem.desktop.ui.OwnerPlacement;

/** The keyboard-shortcut help sheet (F1): every key the customer's windows answer to. */
final class ShortcutSheet {
    private ShortcutSheet() {}

    /** Room left between a window always on top (the session bar) and the title bar of the sheet under it. */
    private static final double GAP = 8;

    static void show(Window owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(Texts.get("keys.title"));
        Label title = new Label(Texts.get("keys.title"));
        title.getStyleClass().add("title");
        GridPane grid = new GridPane();
        grid.setId("shortcutSheet");
        grid.setHgap(18);
        grid.setVgap(8);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, what);
        int row = 0;
        for (Shortcuts.Line line : Shortcuts.lines()) {
            Label key = new Label(line.keys());
            key.getStyleClass().add("key");
            Label text = new Label(Texts.get(line.what()));
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row++, key, text);
        }
        Button close = new Button(Texts.get("recap.close"));
        close.setId("closeShortcutsButton");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        VBox root = new VBox(14, title, grid, buttons);
        root.setPadding(new Insets(20));
        root.setPrefWidth(560);
        Scene scene = new Scene(root);
        CustomerStyles.apply(scene);
        stage.setScene(scene);
        OwnerPlacement.centreOnOwner(stage);
        clearOfWindowsOnTop(stage, owner);
        stage.show();
        close.requestFocus();
    }

    /**
     * A window always on top (the session bar) would cover the sheet's title bar and heading: the sheet
     * goes down below it, its title bar in sight even where its foot then runs off the screen. The
     * title bar is as tall as the owner's (its scene starts that far into its window).
     */
    private static void clearOfWindowsOnTop(Stage stage, Window owner) {
        if (owner == null || Double.isNaN(stage.getY())) {
            return;
        }
        Parent root = stage.getScene().getRoot();
        double width = Math.max(root.minWidth(-1), root.prefWidth(-1));
        double height = Math.max(root.minHeight(width), root.prefHeight(width));
        double titleBar = owner.getScene() == null ? 0 : Math.max(0, owner.getScene().getY());
        for (Window window : Window.getWindows()) {
            if (window == stage || !(window instanceof Stage onTop) || !onTop.isAlwaysOnTop() || !onTop.isShowing()) {
                continue;
            }
            Rectangle2D sheet = new Rectangle2D(stage.getX(), stage.getY() - titleBar, width, height + titleBar);
            Rectangle2D covering = new Rectangle2D(onTop.getX(), onTop.getY(), onTop.getWidth(), onTop.getHeight());
            if (sheet.intersects(covering)) {
                stage.setY(covering.getMaxY() + GAP + titleBar);
            }
        }
    }
}
