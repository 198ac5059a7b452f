package org.tandem.customer.session;

import java.time.Duration;
import java.util.Objects;
import org.tandem.shared.identity.IdentityVerdict;

/**
 * One question put to the customer, in the words the prompt shows.
 *
 * @param technician who asks, as far as this computer could verify
 * @param timeout after this long with no answer, the answer is no
 */
public record ConsentRequest(Kind kind, IdentityVerdict technician, Duration timeout, String actionTarget,
        String actionEffect) {

    /** What is asked for. */
    public enum Kind { SHARE_SCREEN, CONTROL, ACTION }

    public ConsentRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(actionTarget, "actionTarget");
        Objects.requireNonNull(actionEffect, "actionEffect");
        if ((kind == Kind.ACTION) == actionTarget.isBlank()) {
            throw new IllegalArgumentException("An action request names its exact target; others do not");
        }
    }

    /** Sharing or control. */
    public ConsentRequest(Kind kind, IdentityVerdict technician, Duration timeout) {
        this(kind, technician, timeout, "", "");
    }

    /** One scan or change, with its exact target ("Uninstall “foo” version 1.2 (3 MB)") and effect. */
    public static ConsentRequest forAction(IdentityVerdict technician, Duration timeout, String target, String effect) {
        return new ConsentRequest(Kind.ACTION, technician, timeout, target, effect);
    }

    public String question() {
        return switch (kind) {
            case SHARE_SCREEN -> "Share your screen with the technician?";
            case CONTROL -> "Let the technician control your mouse and keyboard?";
            case ACTION -> actionTarget + "?";
        };
    }

    /** Who asks, for the start of a sentence: the verified name, or a neutral phrase. */
    public String asker() {
        return technician instanceof IdentityVerdict.Verified verified
                ? verified.technicianName() : "The person on the other end";
    }

    public String detail() {
        return switch (kind) {
            case SHARE_SCREEN -> asker() + " asks to see your screen. They will see everything on it until you press "
                    + "Stop sharing. They cannot use your mouse or keyboard.";
            case CONTROL -> asker() + " asks to control your mouse and keyboard. You can take it back at any moment "
                    + "with Stop in the bar at the top of your screen, and moving your own mouse pauses them.";
            case ACTION -> asker() + " asks to do this on your computer. " + actionEffect;
        };
    }

    /** What happens when the customer does not answer, for "If you do not answer, …". */
    public String whenUnanswered() {
        return switch (kind) {
            case SHARE_SCREEN -> "Tandem will not share your screen";
            case CONTROL -> "the technician will not get control";
            case ACTION -> "nothing is done";
        };
    }
}
