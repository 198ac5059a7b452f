package org.tandem.agent.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.tandem.desktop.ui.SecondTicker;

/**
 * The banner of {@link ReconnectingViewModel} above the customer's screen: its countdown and a
 * Cancel button, only while reconnecting. The countdown ticks only while the banner shows.
 */
final class ReconnectingView {
    private final HBox root;

    ReconnectingView(ReconnectingViewModel model) {
        Label text = new Label();
        text.setId("reconnectingText");
        text.textProperty().bind(model.textProperty());
        text.setWrapText(true);
        Button cancel = new Button(Texts.get("reconnecting.cancel"));
        cancel.setId("cancelReconnectingButton");
        cancel.setTooltip(new Tooltip(Texts.get("reconnecting.cancelTip")));
        cancel.setOnAction(event -> model.cancel());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        root = new HBox(12, text, cancel);
        root.setId("reconnectingBanner");
        root.getStyleClass().add("reconnecting-banner");
        root.setStyle("-fx-background-color: #fff4ce; -fx-border-color: #c19c00; -fx-border-width: 0 0 1 0;");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(8, 12, 8, 12));
        root.visibleProperty().bind(model.showingProperty());
        root.managedProperty().bind(model.showingProperty());
        // Ticks only while the banner shows, and not as a JavaFX animation, which would redraw 60 times a second.
        SecondTicker.onFxWhile(model.showingProperty(), model::tick);
    }

    Node root() {
        return root;
    }
}
