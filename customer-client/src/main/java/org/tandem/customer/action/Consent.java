package org.tandem.customer.action;

import java.util.Objects;
import org.tandem.shared.action.ActionText;

/**
 * What {@link Action#consentFor} makes of a request: either the exact words to show the customer
 * with the run they would allow, or the reason the request is refused before anyone is asked.
 */
public sealed interface Consent {

    /**
     * A valid request.
     *
     * @param what the action and its exact target, starting with a verb, without a final full stop:
     *     "Uninstall “foo” version 1.2 (3 MB)". Also what the session log and activity feed show.
     * @param effect what it will do to the computer, in full sentences
     * @param run the run for exactly this target
     */
    record Ask(String what, String effect, ActionRun run) implements Consent {
        public Ask {
            ActionText.line(what, 300, "what");
            ActionText.prose(effect, 600, "effect");
            Objects.requireNonNull(run, "run");
        }

        /** The prompt as the customer reads it. */
        public String promptText() {
            return what + ". " + effect;
        }

        /** What permission is asked for, to follow "permission to": "uninstall “foo” version 1.2 (3 MB)". */
        public String purpose() {
            return what.isEmpty() ? what : Character.toLowerCase(what.charAt(0)) + what.substring(1);
        }
    }

    /**
     * A request that cannot be carried out as asked: the target does not exist, or is not allowed.
     *
     * @param reason why, precisely, for the technician, who can ask again the right way
     * @param toCustomer why, for the customer, where the technician's words are not for them ("give the id from
     *     the list…"): what happened and that nothing was done; "" when {@code reason} suits both
     */
    record Refuse(String reason, String toCustomer) implements Consent {
        public Refuse {
            ActionText.prose(reason, 500, "reason");
            ActionText.prose(toCustomer, 500, "toCustomer");
        }

        /** A reason the customer may read as it is. */
        public Refuse(String reason) {
            this(reason, "");
        }
    }
}
