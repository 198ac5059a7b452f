package org.tandem.shared.log;

import java.time.Duration;
import org.tandem.shared.log.SessionFacts.ControlEnd;

/**
 * A period in which the technician controlled the customer's mouse and keyboard, in words: the recap
 * tells each period with these, and the customer's list of what the technician did tells it with the
 * same words as it happens, so the two cannot tell it differently. Each copy has its reader: the
 * customer's speaks to the customer ("you took it back"), the technician's speaks to the technician.
 */
public final class ControlWords {
    private ControlWords() {}

    /**
     * "Dana Scully controlled your mouse and keyboard for 3 minutes (they gave it back)."; the
     * technician's copy: "You were in control of the customer's mouse and keyboard for 3 minutes (you
     * gave it back)."
     *
     * @param technician the technician's name, "" when not known
     */
    public static String period(String technician, Duration length, ControlEnd end, boolean toCustomer) {
        return controlled(technician, toCustomer) + " for " + RecapGenerator.words(length) + " ("
                + ended(end, toCustomer) + ").";
    }

    /** "Dana Scully began controlling your mouse and keyboard.": to the customer, as control begins. */
    public static String began(String technician) {
        return named(technician) + " began controlling your mouse and keyboard.";
    }

    /** "Dana Scully controlled your mouse and keyboard", "You were in control of the customer's mouse and keyboard". */
    static String controlled(String technician, boolean toCustomer) {
        return toCustomer ? named(technician) + " controlled your mouse and keyboard"
                : "You were in control of the customer's mouse and keyboard";
    }

    /** How a period of control ended, after the period: "you took it back". */
    static String ended(ControlEnd end, boolean toCustomer) {
        return switch (end) {
            case CUSTOMER_TOOK_IT_BACK -> toCustomer ? "you took it back" : "the customer took it back";
            case TECHNICIAN_GAVE_IT_BACK -> toCustomer ? "they gave it back" : "you gave it back";
            case SHARING_STOPPED -> toCustomer ? "until you paused sharing your screen"
                    : "until the customer paused sharing their screen";
            case CONNECTION_DROPPED -> "until the connection dropped";
            case SESSION_ENDED -> "until the session ended";
            case TANDEM_ENDED_IT -> "Tandem ended it";
        };
    }

    private static String named(String technician) {
        return technician.isEmpty() ? "Your technician" : technician;
    }
}
