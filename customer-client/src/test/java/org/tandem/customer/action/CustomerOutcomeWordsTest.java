package org.tandem.customer.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;

/** A question closed before the customer answered: the technician's words and the customer's. */
class CustomerOutcomeWordsTest {

    @ParameterizedTest
    @EnumSource(SettledBecause.class)
    void noEndingOfAQuestionClosedForTheCustomerSaysTheySaidNo(SettledBecause because) {
        String summary = ActionOutcomeWords.settledBeforeAnswer(because);
        String told = CustomerOutcomeWords.ending(ActionResult.of("r1", Outcome.CANCELLED, summary));

        assertNotEquals(ActionOutcomeWords.SAID_NO, summary);
        assertFalse(told.contains("customer"), told);
        assertFalse(told.contains("said no"), told);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SHARING_STOPPED | The customer paused sharing before they answered, so nothing was done. "
                    + "| you paused sharing before you answered, so nothing was done",
            "CONNECTION_LOST | The connection was lost before the customer answered, so nothing was done. "
                    + "| the connection was lost before you answered, so nothing was done",
            "SESSION_ENDED | The session ended before the customer answered, so nothing was done. "
                    + "| the session ended before you answered, so nothing was done",
            "STATE_CHANGED | Things changed before the customer's yes could be used, so nothing was done. "
                    + "| things changed before your yes could be used, so nothing was done"})
    void eachSideReadsWhyTheQuestionClosed(SettledBecause because, String technician, String customer) {
        assertEquals(technician, ActionOutcomeWords.settledBeforeAnswer(because));
        assertEquals(customer, CustomerOutcomeWords.ending(ActionResult.of("r1", Outcome.CANCELLED, technician)));
    }
}
