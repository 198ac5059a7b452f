package org.tandem.customer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.customer.session.CustomerState;

/** What the customer's window shows of one session is that session's only. */
class CustomerViewModelTest {
    private final CustomerViewModel model = new CustomerViewModel(Runnable::run);

    @Test
    void aNewSessionStartsWithAnEmptyActivityFeed() {
        model.activity("09:01  The technician looked at: List running programs");
        model.questionsWaiting(2);

        model.sessionStarting();

        assertEquals(List.of(), model.activity(), "the last session's lines are still shown");
        assertEquals(0, model.questionsWaitingProperty().get());
        model.activity("10:00  The technician looked at: Show system information");
        assertEquals(List.of("10:00  The technician looked at: Show system information"), model.activity());
    }

    @Test
    void editingTheCodeClearsTheLastFailure() {
        model.codeProperty().set("482-193 775");
        model.stateChanged(CustomerState.CONNECTING, "Connecting to your technician…");
        model.stateChanged(CustomerState.ENDED, "The code did not match. Ask your technician for a new code.");

        model.codeProperty().set("482-193 77");

        assertEquals("", model.statusProperty().get(), "the last code's failure is still shown");
    }

    @Test
    void afterASessionEndsTheConnectScreenIsFreshForTheNextCode() {
        model.codeProperty().set("482-193 775");
        model.stateChanged(CustomerState.CONNECTING, "Connecting to your technician…");
        model.paired("008 196");
        model.stateChanged(CustomerState.CONNECTED, "Connected securely. Waiting for your technician…");
        model.technicianIdentified(ConversationFixture.DANA);
        model.stateChanged(CustomerState.SHARING, "Your screen is being shared with Dana Scully.");

        model.stateChanged(CustomerState.ENDED, "You ended the session.");

        assertEquals("", model.codeProperty().get(), "the spent code is still offered");
        assertEquals("", model.checkStringProperty().get(), "the ended session's check code is still shown");
        assertEquals("", model.identityProperty().get(), "the ended session's technician is still shown");
        assertEquals("You ended the session.", model.statusProperty().get(), "why it ended is no longer said");
    }

    @Test
    void aCodeThatFailedToConnectStaysForTheCustomerToCorrect() {
        model.codeProperty().set("482-193 775");
        model.stateChanged(CustomerState.CONNECTING, "Connecting to your technician…");
        model.stateChanged(CustomerState.ENDED, "Tandem could not reach its connection server.");

        assertEquals("482-193 775", model.codeProperty().get());
    }
}
