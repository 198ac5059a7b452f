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

    /** A request that cannot be carried out as asked: the target does not exist, or is not allowed. */
    record Refuse(String reason) implements Consent {
        public Refuse {
            ActionText.prose(reason, 500, "reason");
        }
    }
}
