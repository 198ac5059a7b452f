package org.tandem.desktop.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * "End the session?", as both Tandem apps ask it. Ending cannot be undone, so keeping the session is
 * the default: Enter, Space on the first focus, Esc and closing the question all keep it; only an
 * explicit press of the end answer ends it. Nothing is cut: the question grows to fit its text, and
 * is at least as wide as its title needs.
 */
public final class EndSessionAlert {
    private EndSessionAlert() {}

    /**
     * The question, not yet shown. On the FX thread.
     *
     * @param owner the window it belongs to, or null
     * @param keep the answer that keeps the session: the default one
     * @param end the answer that ends it
     * @param others answers between the two that neither end nor are the default (e.g. "Wrap up first")
     */
    public static Alert of(Window owner, String title, String question, String consequences, ButtonType keep,
            ButtonType end, ButtonType... others) {
        ButtonType[] answers = new ButtonType[others.length + 2];
        answers[0] = keep;
        System.arraycopy(others, 0, answers, 1, others.length);
        answers[answers.length - 1] = end;
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, consequences, answers);
        alert.setTitle(title);
        alert.setHeaderText(question);
        alert.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setId("endSessionQuestion");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        TitleRoom.keep(alert);
        Button ending = (Button) alert.getDialogPane().lookupButton(end);
        ending.setId("confirmEndButton");
        ending.setDefaultButton(false);
        ending.setCancelButton(false);
        Button keeping = (Button) alert.getDialogPane().lookupButton(keep);
        keeping.setId("keepSessionButton");
        keeping.setDefaultButton(true);
        keeping.setCancelButton(true);
        alert.setOnShown(e -> Platform.runLater(keeping::requestFocus));
        return alert;
    }
}
