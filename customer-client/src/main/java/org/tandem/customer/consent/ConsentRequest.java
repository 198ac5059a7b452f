package org.tandem.customer.consent;

import java.time.Duration;
import java.util.Objects;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.ConsentPurposes;

/**
 * One question put to the customer, in the words the prompt shows and the journal keeps.
 *
 * @param technician who asks, as far as this computer could verify
 * @param timeout after this long with no answer, the answer is no
 * @param actionTarget for an action: the action and its exact target ("Uninstall “foo” version 1.2 (3 MB)")
 * @param actionEffect for an action: what it will do, in full sentences
 * @param subject the request the question belongs to (an action's request id); "" for none
 */
public record ConsentRequest(Kind kind, IdentityVerdict technician, Duration timeout, String actionTarget,
        String actionEffect, String subject) {

    /** What is asked for. */
    public enum Kind {
        /** Start the session: the screen and basic information about the computer (looks). */
        SESSION,
        /** Control of the mouse and keyboard. */
        CONTROL,
        /** One scan or change, with its exact target. */
        ACTION
    }

    /** What accepting the session lets the technician see, in the customer's words. */
    public static final String SESSION_PURPOSE = ConsentPurposes.SESSION;
    /** What control lets the technician do, in the customer's words. */
    public static final String CONTROL_PURPOSE = ConsentPurposes.CONTROL;

    public ConsentRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(technician, "technician");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(actionTarget, "actionTarget");
        Objects.requireNonNull(actionEffect, "actionEffect");
        Objects.requireNonNull(subject, "subject");
        if ((kind == Kind.ACTION) == actionTarget.isBlank()) {
            throw new IllegalArgumentException("An action request names its exact target; others do not");
        }
    }

    /** Accepting the session, or control. */
    public ConsentRequest(Kind kind, IdentityVerdict technician, Duration timeout) {
        this(kind, technician, timeout, "", "", "");
    }

    /** One scan or change, with its exact target ("Uninstall “foo” version 1.2 (3 MB)") and effect. */
    public static ConsentRequest forAction(IdentityVerdict technician, Duration timeout, String target, String effect,
            String requestId) {
        return new ConsentRequest(Kind.ACTION, technician, timeout, target, effect, requestId);
    }

    /** What the permission is for, in the customer's words, as the journal and the recap say it. */
    public String purpose() {
        return switch (kind) {
            case SESSION -> SESSION_PURPOSE;
            case CONTROL -> CONTROL_PURPOSE;
            case ACTION -> Character.toLowerCase(actionTarget.charAt(0)) + actionTarget.substring(1);
        };
    }

    public String question() {
        return switch (kind) {
            case SESSION -> "Start the session with " + asker(false) + "?";
            case CONTROL -> "Let the technician control your mouse and keyboard?";
            case ACTION -> actionTarget + "?";
        };
    }

    /** Who asks, for the start of a sentence: the verified name, or a neutral phrase. */
    public String asker() {
        return asker(true);
    }

    private String asker(boolean sentenceStart) {
        if (technician instanceof IdentityVerdict.Verified verified) {
            return verified.technicianName();
        }
        return sentenceStart ? "The person on the other end" : "the person on the other end";
    }

    public String detail() {
        return switch (kind) {
            case SESSION -> "If you start it, " + asker(false) + " will see your screen and basic information about "
                    + "your computer: its system details, the programs installed and the programs running. You will "
                    + "see each look in the activity list. Controlling your mouse and keyboard, scans and any change "
                    + "each need a separate yes from you. You can stop at any moment.";
            case CONTROL -> asker() + " asks to control your mouse and keyboard. You can take it back at any moment "
                    + "with Stop in the bar at the top of your screen, and moving your own mouse pauses them.";
            case ACTION -> asker() + " asks to do this on your computer. " + actionEffect;
        };
    }

    /** The prompt as one text, for the journal: question, then detail. */
    public String promptText() {
        return question() + " " + detail();
    }

    /** What happens when the customer does not answer, for "If you do not answer, …". */
    public String whenUnanswered() {
        return switch (kind) {
            case SESSION -> "the session ends and nothing is shared";
            case CONTROL -> "the technician will not get control";
            case ACTION -> "nothing is done";
        };
    }
}
