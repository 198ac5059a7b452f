package org.tandem.customer.session;

import java.util.Objects;
import org.tandem.shared.action.ActionResult;

/**
 * How one action the technician asked for ended, for the customer.
 *
 * @param outcome how it ended, so a notice can say whether anything was done
 * @param text the action and its ending in words for the customer, without the time
 * @param started whether it ran on the customer's computer at all; a request withdrawn, refused or
 *     unanswered before it started did nothing there
 */
public record ActionEnding(ActionResult.Outcome outcome, String text, boolean started) {
    public ActionEnding {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(text, "text");
    }
}
