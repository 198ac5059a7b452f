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
public record ConsentRequest(Kind kind, IdentityVerdict technician, Duration timeout) {

    /** What is asked for. */
    public enum Kind { SHARE_SCREEN, CONTROL }

    public ConsentRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(timeout, "timeout");
    }

    public String question() {
        return switch (kind) {
            case SHARE_SCREEN -> "Share your screen with the technician?";
            case CONTROL -> "Let the technician control your mouse and keyboard?";
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
        };
    }

    /** What happens when the customer does not answer, for "If you do not answer, …". */
    public String whenUnanswered() {
        return switch (kind) {
            case SHARE_SCREEN -> "Tandem will not share your screen";
            case CONTROL -> "the technician will not get control";
        };
    }
}
