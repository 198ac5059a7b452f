package org.tandem.agent.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
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

        // One line, never wrapped: where the room ends the explanation gives way to an ellipsis (the
        // tooltip has it whole), while the code itself comes first and stays in sight.
        Label check = new Label();
        check.setId("checkStringLabel");
        check.setWrapText(false);
        check.setTextOverrun(OverrunStyle.ELLIPSIS);
        check.setMinWidth(0);
        check.textProperty().bind(Bindings.createStringBinding(() -> model.checkStringProperty().get().isEmpty() ? ""
                : Texts.format("status.checkCode", model.checkStringProperty().get()),
                model.checkStringProperty()));
        check.minWidthProperty().bind(Bindings.createDoubleBinding(() -> model.checkStringProperty().get().isEmpty() ? 0
                : textWidth(Texts.format("status.checkCodeOnly", model.checkStringProperty().get())
                        + check.getEllipsisString(), check.getFont()) + 4,
                model.checkStringProperty(), check.fontProperty(), check.ellipsisStringProperty()));
        Tooltip checkWhole = new Tooltip();
        checkWhole.textProperty().bind(check.textProperty());
        check.setTooltip(checkWhole);

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

        // The check code and the figures share what room the words leave; where it is short they take
        // more lines, each item whole, rather than run off the window.
        FlowPane figures = new FlowPane(12, 2, check, connection, fps);
        figures.setId("statusFigures");
        figures.setAlignment(Pos.CENTER_RIGHT);
        figures.minWidthProperty().bind(Bindings.max(check.minWidthProperty(),
                Bindings.max(connection.minWidthProperty(), fps.minWidthProperty())));
        // It would like all its items on one line (its preferred width is its wrap length), and wraps
        // only where it is given less.
        figures.prefWrapLengthProperty().bind(Bindings.createDoubleBinding(() -> textWidth(check.getText(), check.getFont())
                + 2 * check.getLabelPadding().getLeft() + 8 + connection.getPrefWidth() + fps.getPrefWidth() + 2 * 12,
                check.textProperty(), check.fontProperty(), connection.prefWidthProperty(), fps.prefWidthProperty()));

        HBox line = new HBox(12, status, newCode, figures);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(line, Priority.ALWAYS);
        line.setMaxWidth(Double.MAX_VALUE);
        // ControlsFX's status bar, with the words in our own labels so that they wrap instead of being cut off.
        root = new org.controlsfx.control.StatusBar();
        root.setText("");
        root.getLeftItems().add(line);
        root.setPadding(new Insets(2, 8, 2, 8));
        root.setId("statusBar");
        line.prefWidthProperty().bind(root.widthProperty().subtract(24));
        // No wider than what the words leave of the bar at least, so that where a line is too long for
        // that it ends in an ellipsis instead of running off. (The bar's width, not the flow's: the flow's
        // own width follows what its items ask for.)
        check.maxWidthProperty().bind(line.prefWidthProperty().subtract(status.minWidthProperty()).subtract(12));
    }

    private static double textWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text sample = new javafx.scene.text.Text(text);
        sample.setFont(font);
        return Math.ceil(sample.getLayoutBounds().getWidth());
    }

    /** As wide as the widest text it will show, whatever it shows now. */
    private static void fixWidth(Label label, String widest) {
        double width = textWidth(widest, label.getFont()) + 8;
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
