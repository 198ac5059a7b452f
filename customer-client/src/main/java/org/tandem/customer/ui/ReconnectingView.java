package org.tandem.customer.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.tandem.desktop.ui.SecondTicker;

/** The banner of {@link ReconnectingViewModel}: its text and a Cancel button, only while reconnecting. */
final class ReconnectingView {
    private final HBox root;

    ReconnectingView(ReconnectingViewModel model) {
        Label text = new Label();
        text.setId("reconnectingText");
        text.textProperty().bind(model.textProperty());
        Button cancel = new Button(Texts.get("reconnecting.cancel"));
        cancel.setId("cancelReconnecting");
        cancel.setOnAction(event -> model.cancel());
        root = new HBox(12, text, cancel);
        root.setId("reconnectingBanner");
        root.getStyleClass().add("reconnecting-banner");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(8, 12, 8, 12));
        root.setMaxHeight(Region.USE_PREF_SIZE);
        root.visibleProperty().bind(model.showingProperty());
        root.managedProperty().bind(model.showingProperty());
        // Ticks only while the banner shows, and not as a JavaFX animation, which would redraw 60 times a second.
        SecondTicker.onFxWhile(model.showingProperty(), model::tick);
    }

    Node root() {
        return root;
    }
}
