package org.tandem.customer.consent;

import java.time.Duration;
import java.util.Objects;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.log.ConsentPurposes;
import org.tandem.shared.log.JournalEvent;

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
        ACTION,
        /** A step of the plan that needs the customer's OK; the target is the step's title. */
        PLAN_STEP,
        /** "Is everything working now?" before the technician ends: a yes or no, not a permission. */
        WORKING_CHECK
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
        boolean targeted = kind == Kind.ACTION || kind == Kind.PLAN_STEP;
        if (targeted == actionTarget.isBlank()) {
            throw new IllegalArgumentException("An action or a plan step names its exact target; others do not");
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

    /** A plan step that needs the customer's OK: its title, and its detail when there is one. */
    public static ConsentRequest forPlanStep(IdentityVerdict technician, Duration timeout, String title, String detail,
            String stepId) {
        return new ConsentRequest(Kind.PLAN_STEP, technician, timeout, title, detail, stepId);
    }

    /** The journal event for putting this question. */
    public JournalEvent askedEvent() {
        return kind == Kind.WORKING_CHECK ? new JournalEvent.WorkingCheckAsked()
                : new JournalEvent.ConsentAsked(purpose(), subject, promptText());
    }

    /**
     * The journal event for its answer; {@code reason} says why for a no the customer did not give ("" for
     * theirs). The working check is no permission: a no the customer did not give is "not answered", with
     * why (decision 0031).
     */
    public JournalEvent decidedEvent(JournalEvent.Answer answer, String reason) {
        if (kind == Kind.WORKING_CHECK) {
            return switch (answer) {
                case GRANTED -> new JournalEvent.WorkingCheckAnswered("yes");
                case TIMED_OUT -> new JournalEvent.WorkingCheckAnswered("no answer");
                case DENIED -> reason.isEmpty() ? new JournalEvent.WorkingCheckAnswered("no")
                        : new JournalEvent.WorkingCheckAnswered(JournalEvent.WorkingCheckAnswered.NOT_ANSWERED, reason);
                default -> new JournalEvent.WorkingCheckAnswered(JournalEvent.WorkingCheckAnswered.NOT_ANSWERED, reason);
            };
        }
        return new JournalEvent.ConsentDecided(answer, purpose(), subject, reason);
    }

    /** What the permission is for, in the customer's words, as the journal and the recap say it. */
    public String purpose() {
        return switch (kind) {
            case SESSION -> SESSION_PURPOSE;
            case CONTROL -> CONTROL_PURPOSE;
            case ACTION -> Character.toLowerCase(actionTarget.charAt(0)) + actionTarget.substring(1);
            case PLAN_STEP -> "go ahead with the step “" + actionTarget + "”";
            case WORKING_CHECK -> "say whether everything is working now";
        };
    }

    public String question() {
        return switch (kind) {
            case SESSION -> "Start the session with " + asker(false) + "?";
            case CONTROL -> "Let the technician control your mouse and keyboard?";
            case ACTION -> actionTarget + "?";
            case PLAN_STEP -> "Go ahead with “" + actionTarget + "”?";
            case WORKING_CHECK -> "Is everything working now?";
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
                    + "with Stop control in the Tandem session bar, and moving your own mouse pauses them.";
            case ACTION -> asker() + " asks to do this on your computer. " + actionEffect;
            case PLAN_STEP -> asker() + " would like your OK before this step of the plan."
                    + (actionEffect.isBlank() ? "" : " " + actionEffect);
            case WORKING_CHECK -> asker() + " would like to know whether your problem is solved before ending the "
                    + "session. If it is not, say no and they will keep helping you.";
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
            case PLAN_STEP -> "the step waits";
            case WORKING_CHECK -> "the technician will ask you again";
        };
    }
}
