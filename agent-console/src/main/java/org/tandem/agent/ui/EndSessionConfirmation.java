package org.tandem.agent.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.tandem.agent.ui.wrapup.WrapUpViewModel;
import org.tandem.desktop.ui.EndSessionAlert;

/**
 * Asks before a session with a connected customer ends: "End the session with Alice?", Yes or No.
 * No is the default: Enter, Space on the first focus, Esc and closing the question all keep the session.
 */
final class EndSessionConfirmation {
    static final ButtonType YES = new ButtonType(Texts.get("end.yes"), ButtonData.YES);
    static final ButtonType NO = new ButtonType(Texts.get("end.no"), ButtonData.NO);

    private EndSessionConfirmation() {}

    /**
     * Asks about the session of a customer's tab, naming them as the tab does ("Customer 2" for one
     * who joined without a name), so that with several customers it is clear which one ends.
     * Blocks in a nested event loop until answered; true only for an explicit Yes. Call on the FX thread.
     */
    static boolean confirm(Window owner, SessionTabViewModel tab) {
        return confirm(owner, tab.console(), tab.workspace().wrapUp(), tab.titleProperty().get());
    }

    /** @param customer the customer as the technician sees them: their tab's title */
    static boolean confirm(Window owner, ConsoleViewModel model, WrapUpViewModel wrapUp, String customer) {
        String consequences = consequences(model);
        if (wrapUp.customerMayStillBeWriting()) {
            consequences += " " + Texts.format("end.stillWriting",
                    customer.isEmpty() ? Texts.get("end.yourCustomerStarts") : customer);
        }
        return confirm(owner, question(customer), consequences);
    }

    /** "End the session with Alice?", asked before the technician ends a session with a connected customer. */
    static String question(String customer) {
        return Texts.format("end.question", customer.isEmpty() ? Texts.get("end.yourCustomer") : customer);
    }

    /** What ending changes, in words, shown under the question. */
    static String consequences(ConsoleViewModel model) {
        boolean inControl = model.controlProperty().get().held();
        return Texts.format("end.consequences", Texts.get(inControl ? "end.loseControl" : "end.noScreen"),
                Texts.get("end.logClosed"));
    }

    /** The same question in other words, e.g. about several sessions at once. */
    static boolean confirm(Window owner, String question, String consequences) {
        Alert alert = EndSessionAlert.of(owner, Texts.get("end.windowTitle"), question, consequences, NO, YES);
        return alert.showAndWait().filter(YES::equals).isPresent();
    }
}
