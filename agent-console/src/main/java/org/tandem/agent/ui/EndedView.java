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
 * Where the customer's screen was, once the session has ended: it says so, rather than going blank
 * as if the screen were still to come. A code given up before anyone came says nothing here: the
 * status bar tells of it and offers a new one.
 */
final class EndedView {
    private final VBox root;

    EndedView(ConsoleViewModel model) {
        Label title = new Label(Texts.get("ended.title"));
        title.setId("endedTitle");
        title.setStyle("-fx-font-size: 1.3em; -fx-font-weight: bold;");
        title.setWrapText(true);
        title.setTextAlignment(TextAlignment.CENTER);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(Texts.get("ended.hint"));
        hint.setId("endedHint");
        hint.setWrapText(true);
        hint.setTextAlignment(TextAlignment.CENTER);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        root = new VBox(12, title, hint);
        root.setId("endedPane");
        root.setAlignment(Pos.CENTER);
        root.setMaxWidth(560);
        BooleanBinding ended = Bindings.createBooleanBinding(() -> model.stateProperty().get() == AgentState.ENDED
                && !model.newCodeOfferedProperty().get(), model.stateProperty(), model.newCodeOfferedProperty());
        root.visibleProperty().bind(ended);
        root.managedProperty().bind(ended);
    }

    Node root() {
        return root;
    }
}
