package org.tandem.agent.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.tandem.agent.session.AgentState;

/**
 * Where the customer's screen will be, while the customer is connected but shares nothing: before they
 * start the session, or while they have paused sharing. It says why in the middle of the window, where
 * the technician is looking, in the status line's words, rather than leaving a blank space that looks
 * like a picture still loading or a fault.
 */
final class NotSharedView {
    private final VBox root;

    NotSharedView(ConsoleViewModel model) {
        Label why = new Label();
        why.setId("notSharedText");
        why.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        why.setWrapText(true);
        why.setMnemonicParsing(false);
        why.setTextAlignment(TextAlignment.CENTER);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.textProperty().bind(model.statusProperty());
        Label hint = new Label(Texts.get("notShared.hint"));
        hint.setId("notSharedHint");
        hint.setWrapText(true);
        hint.setTextAlignment(TextAlignment.CENTER);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        root = new VBox(12, why, hint);
        root.setId("notSharedPane");
        root.setAlignment(Pos.CENTER);
        root.setMaxWidth(560);
        BooleanBinding connectedOnly = Bindings.createBooleanBinding(
                () -> model.stateProperty().get() == AgentState.CONNECTED, model.stateProperty());
        root.visibleProperty().bind(connectedOnly);
        root.managedProperty().bind(connectedOnly);
    }

    Node root() {
        return root;
    }
}
