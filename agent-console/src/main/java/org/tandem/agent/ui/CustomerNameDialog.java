package org.tandem.agent.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.tandem.agent.conversation.CustomerName;
import org.tandem.agent.ui.customer.CustomerNamingViewModel;

/**
 * "Name the customer": one field, filled with the name the session already has, and Name or Cancel.
 * A name that is not taken keeps the question open with a message saying why; nothing changes until a
 * name is taken (decision 0046).
 */
final class CustomerNameDialog {
    static final ButtonType NAME = new ButtonType(Texts.get("naming.name"), ButtonData.OK_DONE);

    private CustomerNameDialog() {}

    /** Asks for the name of the customer of {@code tab}. Call on the FX thread; returns once answered. */
    static void ask(Window owner, SessionTabViewModel tab) {
        ask(owner, tab.workspace().naming(), tab.console().sessionCustomerProperty().get(), tab.titleProperty().get());
    }

    /**
     * @param current the name the technician gave or typed before; "" for none
     * @param title   the customer as their tab calls them now, e.g. "Customer 1"
     */
    static void ask(Window owner, CustomerNamingViewModel naming, String current, String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Texts.get("naming.windowTitle"));
        dialog.setHeaderText(Texts.format("naming.question", title));
        TextField field = new TextField(current);
        field.setId("customerNameField");
        field.setPromptText(Texts.get("naming.prompt"));
        field.setPrefColumnCount(28);
        Label hint = new Label(Texts.format("naming.hint", CustomerName.MAX_LENGTH));
        hint.setId("customerNameHint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // whole, never cut to "…", also once a message shows under it
        Label message = new Label();
        message.setId("customerNameMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setStyle("-fx-text-fill: #b71c1c;");
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        field.textProperty().addListener((obs, was, now) -> message.setText(""));
        // The question grows to show the message whole.
        message.textProperty().addListener((obs, was, now) -> Optional.ofNullable(dialog.getDialogPane().getScene())
                .map(javafx.scene.Scene::getWindow).ifPresent(Window::sizeToScene));
        VBox content = new VBox(8, field, hint, message);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("customerNameDialog");
        dialog.getDialogPane().getButtonTypes().addAll(NAME, ButtonType.CANCEL);
        Button name = (Button) dialog.getDialogPane().lookupButton(NAME);
        name.setId("nameCustomerButton");
        name.addEventFilter(ActionEvent.ACTION, event -> {
            Optional<String> problem = naming.problem(field.getText());
            if (problem.isPresent() || !naming.name(field.getText())) {
                message.setText(problem.orElse(Texts.get("naming.notConnected")));
                event.consume(); // the question stays, and nothing is named
                field.requestFocus();
            }
        });
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        dialog.showAndWait();
    }
}
