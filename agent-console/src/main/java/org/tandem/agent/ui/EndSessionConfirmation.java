package org.tandem.agent.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Asks before a session with a connected customer ends: "End the session with Alice?", Yes or No.
 * No is the default: Enter, Space on the first focus, Esc and closing the question all keep the session.
 */
final class EndSessionConfirmation {
    static final ButtonType YES = new ButtonType(Texts.get("end.yes"), ButtonData.YES);
    static final ButtonType NO = new ButtonType(Texts.get("end.no"), ButtonData.NO);

    private EndSessionConfirmation() {}

    /** Blocks in a nested event loop until answered; true only for an explicit Yes. Call on the FX thread. */
    static boolean confirm(Window owner, ConsoleViewModel model) {
        return confirm(owner, model.endQuestion(), model.endConsequences());
    }

    /** The same question in other words, e.g. about several sessions at once. */
    static boolean confirm(Window owner, String question, String consequences) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, consequences, NO, YES);
        alert.setTitle(Texts.get("end.windowTitle"));
        alert.setHeaderText(question);
        alert.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setId("endSessionQuestion");
        Button yes = (Button) alert.getDialogPane().lookupButton(YES);
        yes.setId("confirmEndButton");
        yes.setDefaultButton(false);
        yes.setCancelButton(false);
        Button no = (Button) alert.getDialogPane().lookupButton(NO);
        no.setId("keepSessionButton");
        no.setDefaultButton(true);
        no.setCancelButton(true);
        alert.setOnShown(e -> Platform.runLater(no::requestFocus));
        return alert.showAndWait().filter(YES::equals).isPresent();
    }
}
