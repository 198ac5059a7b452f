package org.tandem.agent.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.tandem.desktop.ui.SecondTicker;

/**
 * Where the session code will show, while the console asks the relay for it: what is happening, how
 * long it has waited, and Cancel ({@link ConnectingViewModel}). The clock ticks only while it shows.
 */
final class ConnectingView {
    /** Three lines of the hint, at the console's type. */
    private static final double HINT_ROOM = 60;
    private final VBox root;

    ConnectingView(ConnectingViewModel model) {
        Label text = new Label();
        text.setId("connectingText");
        text.textProperty().bind(model.textProperty());
        text.setWrapText(true);
        text.setTextAlignment(TextAlignment.CENTER);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button cancel = new Button(Texts.get("connecting.cancel"));
        cancel.setId("cancelConnectButton");
        cancel.setTooltip(new Tooltip(Texts.get("connecting.cancelTip")));
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(event -> model.cancel());
        // Under Cancel, in room kept for it from the start: the button does not move as the hint comes.
        Label hint = new Label();
        hint.setId("connectingHint");
        hint.textProperty().bind(model.hintProperty());
        hint.setWrapText(true);
        hint.setTextAlignment(TextAlignment.CENTER);
        hint.setAlignment(Pos.TOP_CENTER);
        hint.setMinHeight(HINT_ROOM);
        hint.setPrefHeight(HINT_ROOM);
        root = new VBox(12, text, cancel, hint);
        root.setId("connectingPane");
        root.setAlignment(Pos.CENTER);
        root.setMaxWidth(560);
        root.visibleProperty().bind(model.showingProperty());
        root.managedProperty().bind(model.showingProperty());
        SecondTicker ticks = SecondTicker.onFxWhile(model.showingProperty(), model::tick);
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (scene == null) {
                ticks.stop(); // the tab was closed
            }
        });
    }

    Node root() {
        return root;
    }
}
