package org.tandem.agent.ui;

import javafx.scene.Node;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.geometry.Pos;
import org.tandem.agent.history.OwnSessions;
import org.tandem.agent.ui.history.HistoryWindow;

/**
 * The console's session buttons: who the next session is for and New session (a new tab), End
 * session (asking first while a customer is connected), History and the shortcuts list. Toolbar buttons never take
 * the keyboard focus; they answer to the mouse, their Alt+letter and their shortcut.
 */
final class SessionButtons {
    private SessionButtons() {}

    static TextField customerField(SessionsViewModel sessions) {
        TextField field = new TextField();
        field.setId("customerField");
        field.setPromptText(Texts.get("toolbar.customerPrompt"));
        field.setPrefColumnCount(18);
        // The field has the focus when the console opens: keep its hint visible (the theme hides it on focus).
        field.setStyle("-fx-prompt-text-fill: derive(-fx-control-inner-background, -40%);");
        field.setTooltip(new Tooltip(KeyboardShortcuts.tip(
                Texts.get("toolbar.customerTip"),
                KeyboardShortcuts.mnemonic('T'))));
        field.textProperty().bindBidirectional(sessions.customerReferenceProperty());
        field.setOnAction(e -> sessions.newSession());
        return field;
    }

    /** The field with its label, whose Alt+T puts the cursor in it. */
    static Node customerEntry(TextField field) {
        Label label = new Label(Texts.get("toolbar.customer"));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        HBox entry = new HBox(6, label, field);
        entry.setAlignment(Pos.CENTER_LEFT);
        return entry;
    }

    static Button newSession(SessionsViewModel sessions) {
        Button button = toolbarButton(Texts.get("toolbar.newSession"), "newSessionButton", KeyboardShortcuts.tip(
                Texts.get("toolbar.newSessionTip"),
                KeyboardShortcuts.keys(KeyboardShortcuts.NEW_SESSION), KeyboardShortcuts.mnemonic('N')));
        button.setOnAction(e -> sessions.newSession());
        return button;
    }

    /** @param customer the customer as the technician sees them, for the question asked first */
    static Button endSession(ConsoleViewModel model, org.tandem.agent.ui.wrapup.WrapUpViewModel wrapUp,
            ObservableStringValue customer) {
        Button button = toolbarButton(Texts.get("toolbar.endSession"), "endSessionButton", KeyboardShortcuts.tip(
                Texts.get("toolbar.endSessionTip"),
                KeyboardShortcuts.mnemonic('E')));
        button.disableProperty().bind(model.canEndProperty().not());
        button.setOnAction(e -> {
            if (!model.customerConnected()
                    || EndSessionConfirmation.confirm(button.getScene().getWindow(), model, wrapUp, customer.get())) {
                model.endSession();
            }
        });
        return button;
    }

    static Button history(OwnSessions own) {
        Button button = toolbarButton(Texts.get("toolbar.history"), "historyButton", KeyboardShortcuts.tip(
                Texts.get("toolbar.historyTip"), KeyboardShortcuts.keys(KeyboardShortcuts.HISTORY),
                KeyboardShortcuts.mnemonic('H')));
        button.setOnAction(e -> HistoryWindow.show(own, button.getScene().getWindow()));
        return button;
    }

    static Button shortcuts() {
        Button button = toolbarButton(Texts.get("toolbar.shortcuts"), "shortcutsButton", KeyboardShortcuts.tip(
                Texts.get("toolbar.shortcutsTip"), KeyboardShortcuts.keys(KeyboardShortcuts.SHOW_SHORTCUTS),
                KeyboardShortcuts.mnemonic('K')));
        button.setOnAction(e -> ShortcutsWindow.show(button.getScene().getWindow()));
        return button;
    }

    static Button toolbarButton(String text, String id, String tooltip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        return button;
    }
}
