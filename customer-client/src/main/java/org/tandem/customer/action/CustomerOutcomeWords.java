package org.tandem.customer.action;

import java.util.Map;
import org.tandem.customer.action.CancellationToken.Reason;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.shared.action.ActionResult;

/**
 * How an action ended, told to the customer after the action's name. The engine's summaries go to
 * the technician and speak of "the customer"; the customer reads the same ending spoken to them.
 */
public final class CustomerOutcomeWords {
    private static final String NOTHING_DONE = ", so nothing was done.";

    /**
     * For the customer, when the technician named a program in a way this computer does not know (the
     * technician is told how to name it).
     */
    public static final String UNKNOWN_PROGRAM =
            "This computer knows no program by the name your technician gave, so nothing was done.";
    /** For the customer, when the technician's process number is not one (the technician is told which to give). */
    public static final String UNKNOWN_PROCESS =
            "No program on this computer runs under the number your technician gave, so nothing was done.";
    /** For the customer, when the technician named a folder Tandem will not use as written (the technician is told why). */
    public static final String UNUSABLE_FOLDER =
            "Your technician named a folder in a way Tandem cannot use, so nothing was done.";
    /** For the customer, when the list of installed programs could not be read (the app log tells why). */
    public static final String PROGRAMS_UNREADABLE =
            "Tandem could not read the list of installed programs, so nothing was done.";
    /** For the customer, when the technician asked for more than one question can show. */
    public static final String TOO_MUCH_AT_ONCE =
            "Your technician asked for more than one question can show, so nothing was done.";

    /** The engine's sentences that speak of the customer, and what the customer reads instead. */
    private static final Map<String, String> TO_CUSTOMER = Map.ofEntries(
            Map.entry(ActionOutcomeWords.SAID_NO, "you said no, so nothing was done"),
            Map.entry(ActionEngine.NOT_ACCEPTED, "you had not started the session yet, so nothing was done"),
            Map.entry(ActionOutcomeWords.NOT_SHOWN, "the question could not be shown to you, so nothing was done"),
            Map.entry(ActionOutcomeWords.ALLOWED_AS_WITHDRAWN,
                    "you allowed it just as the technician withdrew the request, so nothing was done"),
            Map.entry(ActionOutcomeWords.withdrawnBeforeAnswer(Reason.TECHNICIAN),
                    "the technician withdrew the request before you answered, so nothing was done"),
            Map.entry(ActionOutcomeWords.withdrawnBeforeAnswer(Reason.CUSTOMER), "you cancelled it, so nothing was done"),
            Map.entry(ActionOutcomeWords.WITHDRAWN_BEFORE_ASKED_ENDING,
                    "the technician withdrew the request before you were asked, so nothing was done"),
            Map.entry(ActionOutcomeWords.STOPPED_BEFORE_START_ENDING,
                    "the technician stopped it before it started, so nothing was done"),
            Map.entry(ActionOutcomeWords.withdrawnBeforeAnswer(Reason.SESSION_ENDED),
                    "the session ended before you answered, so nothing was done"),
            Map.entry(ActionOutcomeWords.settledBeforeAnswer(SettledBecause.SHARING_STOPPED),
                    "you paused sharing before you answered, so nothing was done"),
            Map.entry(ActionOutcomeWords.settledBeforeAnswer(SettledBecause.CONNECTION_LOST),
                    "the connection was lost before you answered, so nothing was done"),
            Map.entry(ActionOutcomeWords.settledBeforeAnswer(SettledBecause.STATE_CHANGED),
                    "things changed before your yes could be used, so nothing was done"),
            Map.entry(ActionOutcomeWords.stopped(Reason.CUSTOMER, null), "stopped: you cancelled it"));

    private CustomerOutcomeWords() {}

    /**
     * As {@link #ending(ActionResult)}, or the engine's words for the customer when it gave any
     * ({@code toCustomer}, a whole sentence: "You stopped it."), as a clause: "you stopped it".
     */
    public static String ending(ActionResult result, String toCustomer) {
        return toCustomer == null || toCustomer.isBlank() ? ending(result) : decapitalized(withoutFullStop(toCustomer.strip()));
    }

    /**
     * How {@code result} ended, as a clause without a closing full stop: "done (nothing found)",
     * "you said no, so nothing was done".
     */
    public static String ending(ActionResult result) {
        String summary = result.summary().strip();
        String told = TO_CUSTOMER.get(summary);
        if (told != null) {
            return told;
        }
        if (summary.endsWith(NOTHING_DONE)) {
            // Already a whole ending ("Nobody answered within 1 minute, so nothing was done."): the outcome would repeat it.
            return decapitalized(withoutFullStop(summary));
        }
        String outcome = switch (result.outcome()) {
            case SUCCEEDED -> "done";
            case FAILED -> "did not work";
            case DENIED -> "not done: you said no";
            case TIMED_OUT -> "not done: it timed out or nobody answered";
            case CANCELLED -> "stopped";
            case UNAVAILABLE -> "not available on this computer";
        };
        return summary.isEmpty() ? outcome : outcome + " (" + withoutFullStop(summary) + ")";
    }

    private static String withoutFullStop(String sentence) {
        return sentence.endsWith(".") && !sentence.endsWith("..") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /** "Nobody answered" becomes "nobody answered"; a name or an acronym at the start stays as it is. */
    private static String decapitalized(String sentence) {
        if (sentence.length() > 1 && Character.isUpperCase(sentence.charAt(0)) && Character.isLowerCase(sentence.charAt(1))
                && !sentence.startsWith("Tandem")) {
            return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        }
        return sentence;
    }
}
