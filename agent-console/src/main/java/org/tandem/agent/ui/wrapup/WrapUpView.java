package org.tandem.agent.ui.wrapup;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.tandem.agent.ui.Texts;

/** The Wrap-up tab: ask "Is everything working now?", then the answer, the rating and a follow-up as they come. */
public final class WrapUpView {
    private final VBox root = new VBox(10);

    public WrapUpView(WrapUpViewModel model, Button ask) {
        Label intro = new Label(Texts.get("wrapup.intro"));
        intro.setWrapText(true);
        Label status = new Label();
        status.setId("wrapUpStatus");
        status.setWrapText(true);
        status.setStyle("-fx-font-size: 14px; -fx-font-weight: bold;");
        status.textProperty().bind(model.statusProperty());

        Label stars = new Label();
        stars.setId("ratingLabel");
        stars.setStyle("-fx-font-size: 16px; -fx-text-fill: #e65100;");
        stars.textProperty().bind(Bindings.createStringBinding(() -> model.starsProperty().get() == 0
                ? Texts.get("wrapup.notRated") : WrapUpViewModel.starsInWords(model.starsProperty().get()),
                model.starsProperty()));
        Label comment = new Label();
        comment.setId("ratingComment");
        comment.setWrapText(true);
        comment.setMnemonicParsing(false);
        comment.textProperty().bind(model.commentProperty());
        Label followUp = new Label();
        followUp.setId("followUpLabel");
        followUp.setWrapText(true);
        followUp.setMnemonicParsing(false);
        followUp.textProperty().bind(Bindings.createStringBinding(() -> model.followUpProperty().get().isEmpty()
                ? Texts.get("wrapup.noFollowUp") : model.followUpProperty().get(), model.followUpProperty()));

        GridPane results = new GridPane();
        results.setHgap(12);
        results.setVgap(6);
        results.addRow(0, heading("wrapup.rating"), stars);
        results.addRow(1, heading("wrapup.comment"), comment);
        results.addRow(2, heading("wrapup.followUpHeading"), followUp);

        root.getChildren().addAll(intro, ask, status, results);
        root.setPadding(new Insets(12));
        root.setId("wrapUpPanel");
    }

    /** The Wrap up button, for the toolbar and this tab alike. */
    public static Button askButton(WrapUpViewModel model, String id) {
        Button ask = new Button(Texts.get("wrapup.ask"));
        ask.setId(id);
        ask.setMnemonicParsing(false);
        ask.setTooltip(new Tooltip(Texts.get("wrapup.askTip")));
        ask.setOnAction(e -> model.ask());
        return ask;
    }

    private static Label heading(String key) {
        Label label = new Label(Texts.get(key));
        label.setStyle("-fx-font-weight: bold;");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    public Node root() {
        return root;
    }
}
