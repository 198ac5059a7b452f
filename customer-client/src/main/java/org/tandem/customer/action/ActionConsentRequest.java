package org.tandem.customer.action;

import java.time.Duration;
import java.util.Objects;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionText;

/**
 * One question about one action, in the words the prompt shows.
 *
 * @param requestId the technician's request
 * @param action which action, with its risk and what it touches
 * @param what the action and its exact target: "Uninstall “foo” version 1.2 (3 MB)"
 * @param effect what it will do, in full sentences
 * @param timeout after this long with no answer, the answer is no
 */
public record ActionConsentRequest(String requestId, ActionDescriptor action, String what, String effect,
        Duration timeout) {

    public ActionConsentRequest {
        ActionText.requestId(requestId);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** The whole prompt: target, then effect. */
    public String promptText() {
        return what + ". " + effect;
    }
}
