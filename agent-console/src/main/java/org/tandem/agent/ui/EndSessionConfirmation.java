package org.tandem.agent.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.tandem.agent.ui.wrapup.WrapUpViewModel;
import org.tandem.desktop.ui.EndSessionAlert;

/**
 * Asks before a session with a connected customer ends: "End the session with Alice?", Yes or No, and
 * "Wrap up first" while the customer has not been asked "Before you go". No is the default: Enter, Space
 * on the first focus, Esc and closing the question all keep the session.
 */
final class EndSessionConfirmation {
    static final ButtonType YES = new ButtonType(Texts.get("end.yes"), ButtonData.YES);
    static final ButtonType NO = new ButtonType(Texts.get("end.no"), ButtonData.NO);
    /** Asks the customer "Is everything working now?" and the rest of "Before you go", and keeps the session. */
    static final ButtonType WRAP_UP_FIRST = new ButtonType(Texts.get("end.wrapUpFirst"), ButtonData.OTHER);

    private EndSessionConfirmation() {}

    /**
     * Asks about the session of a customer's tab, naming them as the tab does ("Customer 2" for one
     * who joined without a name), so that with several customers it is clear which one ends.
     * Blocks in a nested event loop until answered; true only for an explicit Yes. Call on the FX thread.
     */
    static boolean confirm(Window owner, SessionTabViewModel tab) {
        return confirm(owner, tab.console(), tab.workspace().wrapUp(), tab.titleProperty().get());
    }

    /**
     * While the customer has not been asked "Before you go" (is everything working, a rating), the question
     * says so and offers to ask them first: the session then stays, and the wrap-up goes to the customer.
     *
     * @param customer the customer as the technician sees them: their tab's title
     */
    static boolean confirm(Window owner, ConsoleViewModel model, WrapUpViewModel wrapUp, String customer) {
        String consequences = consequences(model);
        String named = customer.isEmpty() ? Texts.get("end.yourCustomerStarts") : customer;
        if (wrapUp.customerMayStillBeWriting()) {
            consequences += " " + Texts.format("end.stillWriting", named);
        }
        boolean unasked = !wrapUp.askedProperty().get();
        if (unasked) {
            consequences += " " + Texts.format("end.notWrappedUp", named);
        }
        Alert alert = unasked
                ? EndSessionAlert.of(owner, Texts.get("end.windowTitle"), question(customer), consequences, NO, YES,
                        WRAP_UP_FIRST)
                : EndSessionAlert.of(owner, Texts.get("end.windowTitle"), question(customer), consequences, NO, YES);
        if (unasked) {
            alert.getDialogPane().lookupButton(WRAP_UP_FIRST).setId("wrapUpFirstButton");
        }
        ButtonType answer = alert.showAndWait().orElse(NO);
        if (answer == WRAP_UP_FIRST) {
            wrapUp.ask();
        }
        return answer == YES;
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
