package org.tandem.customer.action;

import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionRisk;

/**
 * What the customer's question says about stopping an action, from its catalog entry alone: an action
 * that can be cancelled promises the Stop its running line in Tandem's window offers, one that cannot
 * says so. An action's own words say what it does, never whether it can be stopped, so the question
 * cannot promise what the engine would refuse (decision 0043).
 */
final class StopPromise {
    static final String CAN_STOP = "You can stop it at any time from Tandem's window.";
    static final String CAN_STOP_A_CHANGE =
            "You can stop it at any time from Tandem's window; what it has done by then stays done.";
    static final String CANNOT_STOP = "Once it starts, it cannot be stopped.";

    private StopPromise() {}

    /** The sentence for this action's question; "" for a look, which is not asked about. */
    static String sentence(ActionDescriptor action) {
        if (!action.risk().needsConsent()) {
            return "";
        }
        if (!action.cancellable()) {
            return CANNOT_STOP;
        }
        return action.risk() == ActionRisk.CHANGE ? CAN_STOP_A_CHANGE : CAN_STOP;
    }

    /** {@code ask} with the sentence after its effect. */
    static Consent.Ask added(Consent.Ask ask, ActionDescriptor action) {
        String sentence = sentence(action);
        return sentence.isEmpty() ? ask : new Consent.Ask(ask.what(), ask.effect() + " " + sentence, ask.run());
    }
}
