package org.tandem.agent.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The line under the screen: what is happening, in full (long messages wrap, and the tooltip holds
 * them too), the check code once paired, and New code when the last code was given up.
 */
final class StatusBar {
    private final org.controlsfx.control.StatusBar root;
    private final Button newCode;

    StatusBar(ConsoleViewModel model, ConnectionQualityViewModel quality) {
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        // Its least height is measured at its least width: keep that wide enough for a few words a line,
        // or the bar would claim the window's whole height for one word a line.
        status.setMinWidth(240);
        Tooltip full = new Tooltip();
        full.textProperty().bind(model.statusProperty());
        full.setWrapText(true);
        full.setMaxWidth(600);
        status.setTooltip(full);
        HBox.setHgrow(status, Priority.ALWAYS);

        newCode = new Button(Texts.get("status.newCode"));
        newCode.setId("newCodeButton");
        newCode.setTooltip(new Tooltip(KeyboardShortcuts.tip(Texts.get("status.newCodeTip"),
                KeyboardShortcuts.mnemonic('O'))));
        newCode.visibleProperty().bind(model.newCodeOfferedProperty());
        newCode.managedProperty().bind(newCode.visibleProperty());
        newCode.setMinWidth(Region.USE_PREF_SIZE);
        newCode.setOnAction(e -> model.newCode());

        Label check = new Label();
        check.setId("checkStringLabel");
        check.setWrapText(true);
        check.setMinHeight(Region.USE_PREF_SIZE);
        check.setMaxWidth(420);
        check.setMinWidth(220);
        check.textProperty().bind(Bindings.createStringBinding(() -> model.checkStringProperty().get().isEmpty() ? ""
                : Texts.format("status.checkCode", model.checkStringProperty().get()),
                model.checkStringProperty()));

        // The figures change every second while the screen moves: a set width keeps such a change from
        // reflowing the whole line, which repaints the whole bar.
        Label fps = new Label();
        fps.setId("framesPerSecondLabel");
        fixWidth(fps, Texts.format("status.fps", 999.9));
        fps.textProperty().bind(quality.framesPerSecondProperty());
        fps.setTooltip(new Tooltip(Texts.get("status.fpsTip")));

        Label connection = new Label();
        connection.setId("connectionQualityLabel");
        fixWidth(connection, Texts.format("status.roundTrip", 9999) + " · " + Texts.format("status.bandwidth", 99999));
        connection.textProperty().bind(quality.connectionProperty());
        connection.setTooltip(new Tooltip(Texts.get("status.connectionTip")));

        HBox line = new HBox(12, status, newCode, check, connection, fps);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(line, Priority.ALWAYS);
        line.setMaxWidth(Double.MAX_VALUE);
        // ControlsFX's status bar, with the words in our own label so that they wrap instead of being cut off.
        root = new org.controlsfx.control.StatusBar();
        root.setText("");
        root.getLeftItems().add(line);
        root.setPadding(new Insets(2, 8, 2, 8));
        root.setId("statusBar");
        line.prefWidthProperty().bind(root.widthProperty().subtract(24));
    }

    /** As wide as the widest text it will show, whatever it shows now. */
    private static void fixWidth(Label label, String widest) {
        javafx.scene.text.Text sample = new javafx.scene.text.Text(widest);
        sample.setFont(label.getFont());
        double width = Math.ceil(sample.getLayoutBounds().getWidth()) + 8;
        label.setMinWidth(width);
        label.setPrefWidth(width);
        label.setMaxWidth(width);
        label.setAlignment(Pos.CENTER_RIGHT);
    }

    Node root() {
        return root;
    }

    Button newCodeButton() {
        return newCode;
    }
}
