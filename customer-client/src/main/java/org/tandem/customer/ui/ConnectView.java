package org.tandem.customer.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.tandem.customer.session.CustomerState;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.desktop.ui.SecondTicker;

/** The customer's main window: type the code, connect, and see where the session stands. */
final class ConnectView {
    private final VBox form = new VBox(14);
    private final ScrollPane root = new ScrollPane(form);

    /** A form without the way back to the last recap: for tests of the form alone. */
    ConnectView(CustomerViewModel model) {
        this(model, () -> { });
    }

    /** @param showRecap shows the recap of the session that ended last again */
    ConnectView(CustomerViewModel model, Runnable showRecap) {
        Label title = new Label(Texts.get("connect.title"));
        title.setId("titleLabel");
        title.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");

        Label prompt = new Label(Texts.get("connect.prompt"));
        TextField codeField = new TextField();
        codeField.setId("codeField");
        codeField.setPromptText(Texts.get("connect.example", SessionCode.example().display()));
        codeField.setStyle("-fx-font-size: 22px; -fx-font-family: monospace;");
        codeField.textProperty().bindBidirectional(model.codeProperty());
        prompt.setLabelFor(codeField);

        Label codeHint = new Label();
        codeHint.setId("codeHintLabel");
        codeHint.setWrapText(true);
        codeHint.textProperty().bind(model.codeHintProperty());
        codeHint.styleProperty().bind(Bindings.when(model.entry().mistakenProperty())
                .then("-fx-text-fill: #b71c1c;").otherwise("-fx-text-fill: #555;"));
        markMistakes(codeField, model.entry());

        Button connect = new Button(Texts.get("connect.connect"));
        connect.setId("connectButton");
        connect.setDefaultButton(true);
        connect.disableProperty().bind(model.canConnectProperty().not());
        connect.setOnAction(e -> model.connect());

        // While connecting: Cancel, and Escape anywhere in the form, give the try up at once.
        Button cancel = new Button(Texts.get("connect.cancel"));
        cancel.setId("cancelConnectButton");
        cancel.setCancelButton(true);
        cancel.setTooltip(new javafx.scene.control.Tooltip(Texts.get("connect.cancelTip")));
        cancel.visibleProperty().bind(model.connecting().showingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancelConnecting());
        SecondTicker.onFxWhile(model.connecting().showingProperty(), model.connecting()::tick);

        Button end = new Button(Texts.get("controls.end"));
        end.setId("endSessionButton");
        end.visibleProperty().bind(Bindings.createBooleanBinding(() -> inSession(model.stateProperty().get()),
                model.stateProperty()));
        end.managedProperty().bind(end.visibleProperty());
        end.setOnAction(e -> EndSessionQuestion.askThenEnd(end.getScene().getWindow(), model));
        end.setFocusTraversable(false); // one Space must not end the session; Alt+E reaches it

        codeField.disableProperty().bind(end.visibleProperty());
        // The session is over and the field empty again: it is where the next code goes.
        model.inSessionProperty().addListener((obs, was, now) -> {
            if (!now) {
                codeField.requestFocus();
            }
        });
        // A code that can no longer be used: the next thing typed replaces it, the way to the new code.
        model.stateProperty().addListener((obs, was, now) -> {
            if (was == CustomerState.CONNECTING && now == CustomerState.ENDED && model.entry().spentProperty().get()) {
                codeField.requestFocus();
                codeField.selectAll();
            }
        });
        codeHint.visibleProperty().bind(end.visibleProperty().not());
        codeHint.managedProperty().bind(codeHint.visibleProperty());

        Label status = new Label();
        status.setId("statusLabel");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.when(model.connecting().showingProperty())
                .then(model.connecting().textProperty()).otherwise(model.statusProperty()));
        // A code that failed for good is said once, under the field, where the next code goes.
        status.visibleProperty().bind(model.statusShownProperty());
        status.managedProperty().bind(status.visibleProperty());

        Label identity = new Label();
        identity.setId("identityLabel");
        identity.setWrapText(true);
        identity.textProperty().bind(model.identityProperty());
        identity.styleProperty().bind(Bindings.when(model.identityVerifiedProperty())
                .then("-fx-text-fill: #1b5e20; -fx-font-weight: bold;")
                .otherwise("-fx-text-fill: #b71c1c; -fx-font-weight: bold;"));
        identity.visibleProperty().bind(model.identityProperty().isNotEmpty());
        identity.managedProperty().bind(identity.visibleProperty());

        Label check = new Label();
        check.setId("checkStringLabel");
        check.setWrapText(true);
        check.textProperty().bind(Bindings.createStringBinding(() -> model.checkStringProperty().get().isEmpty() ? ""
                : Texts.get("companion.check", model.checkStringProperty().get()),
                model.checkStringProperty()));
        check.visibleProperty().bind(model.checkStringProperty().isNotEmpty());
        check.managedProperty().bind(check.visibleProperty());

        javafx.scene.control.ListView<String> feed = new javafx.scene.control.ListView<>(model.activity());
        feed.setId("activityFeed");
        feed.setPrefHeight(120);
        feed.setPlaceholder(new Label(Texts.get("activity.empty")));
        feed.visibleProperty().bind(end.visibleProperty());
        feed.managedProperty().bind(feed.visibleProperty());

        Label privacy = new Label(Texts.get("connect.privacy"));
        privacy.setWrapText(true);
        privacy.setStyle("-fx-text-fill: #555;");

        // The recap closed by mistake, or to read again: one click brings it back while no session runs.
        Button recap = new Button(Texts.get("connect.showRecap"));
        recap.setId("showRecapButton");
        recap.visibleProperty().bind(model.recordedLogProperty().isNotNull().and(model.stateProperty()
                .isEqualTo(CustomerState.IDLE).or(model.stateProperty().isEqualTo(CustomerState.ENDED))));
        recap.managedProperty().bind(recap.visibleProperty());
        recap.setOnAction(e -> showRecap.run());

        HBox buttons = new HBox(10, connect, cancel, end, recap);
        buttons.setAlignment(Pos.CENTER_LEFT);
        form.getChildren().addAll(title, prompt, codeField, codeHint, buttons, status, identity, check, feed, privacy);
        form.setPadding(new Insets(24));
        // Wrapped text keeps its full height instead of being cut short with an ellipsis.
        for (Label label : new Label[] {title, prompt, codeHint, status, identity, check, privacy}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        // A window made smaller than the form scrolls it, rather than cutting off its top or its end.
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("connect-scroll");
    }

    /**
     * ControlsFX marks the field itself (a red edge and an error sign whose tooltip is the hint) while
     * what was typed cannot become a code; a code still being typed is not marked.
     */
    private static void markMistakes(TextField codeField, ConnectViewModel entry) {
        ValidationSupport validation = new ValidationSupport();
        validation.setValidationDecorator(new CompoundValidationDecoration(
                new GraphicValidationDecoration(), new StyleClassValidationDecoration()));
        validation.registerValidator(codeField, false,
                (javafx.scene.control.Control field, String typed) -> ValidationResult.fromErrorIf(field,
                        entry.hintProperty().get(), entry.mistakenProperty().get()));
        // The entry reads the code after the field changed (the hint last), so check again once it has.
        entry.mistakenProperty().addListener((obs, was, now) -> validation.revalidate(codeField));
        entry.hintProperty().addListener((obs, was, now) -> validation.revalidate(codeField));
    }

    static boolean inSession(CustomerState state) {
        return state != CustomerState.IDLE && state != CustomerState.ENDED && state != CustomerState.CONNECTING;
    }

    Parent root() {
        return root;
    }
}
