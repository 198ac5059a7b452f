package org.tandem.shared.log;

import java.util.regex.Matcher;
import org.tandem.shared.log.SessionFacts.Decision;
import org.tandem.shared.session.SessionEnding;

/** What changes between the customer's copy of a recap and the technician's: the words, not the facts. */
enum RecapWords {
    TO_CUSTOMER("Your support session", "For", "Who helped you", "What you were asked to allow",
            "You were not asked for any permission.", "you", "You withdrew your permission to ",
            "No actions were carried out on your computer.",
            "Nothing more is needed from you. If the problem comes back, start a new session",
            "The session ended before it was finished. If you still need help, start a new session"),
    FOR_TECHNICIAN("Support session", "Customer", "Technician", "What the customer was asked to allow",
            "The customer was not asked for any permission.", "the customer",
            "The customer withdrew their permission to ", "No actions were asked for on the customer's computer.",
            "Nothing more was agreed. If the problem comes back, the customer can start a new session",
            "The session ended before it was finished. If the customer still needs help, start a new session"),
    /** The technician's copy as a colleague reads it: the same words, with the technician named for "you". */
    FOR_COLLEAGUE("Support session", "Customer", "Technician", "What the customer was asked to allow",
            "The customer was not asked for any permission.", "the customer",
            "The customer withdrew their permission to ", "No actions were asked for on the customer's computer.",
            "Nothing more was agreed. If the problem comes back, the customer can start a new session",
            "The session ended before it was finished. If the customer still needs help, start a new session");

    final String title;
    final String customerLabel;
    final String helperLabel;
    final String consentHeading;
    final String noConsents;
    /** Who answers: "you", "the customer". */
    final String customer;
    final String withdrew;
    final String noActions;
    final String nothingNext;
    /** What comes next after a session that was cut short (lost, failed). */
    final String cutShortNext;

    RecapWords(String title, String customerLabel, String helperLabel, String consentHeading, String noConsents,
            String customer, String withdrew, String noActions, String nothingNext, String cutShortNext) {
        this.title = title;
        this.customerLabel = customerLabel;
        this.helperLabel = helperLabel;
        this.consentHeading = consentHeading;
        this.noConsents = noConsents;
        this.customer = customer;
        this.withdrew = withdrew;
        this.noActions = noActions;
        this.nothingNext = nothingNext;
        this.cutShortNext = cutShortNext;
    }

    private boolean toCustomer() {
        return this == TO_CUSTOMER;
    }

    /** After the periods of control, when no action ran. */
    String nothingElseRun() {
        return toCustomer() ? "Nothing else was run on your computer." : "Nothing else was run on the customer's computer.";
    }

    /** When actions were asked for but none ran, and the technician never had control. */
    String noActionsRun() {
        return toCustomer() ? noActions : "No actions were carried out on the customer's computer.";
    }

    /**
     * A pause in sharing: "You paused sharing your screen and shared it again at " + the time, or, not shared
     * again before the end, "You paused sharing your screen": the words of the button that paused it.
     */
    String sharingStopped(boolean sharedAgain) {
        String paused = toCustomer() ? "You paused sharing your screen" : "The customer paused sharing their screen";
        return sharedAgain ? paused + " and shared it again at " : paused;
    }

    /** A request that did not run, under what was not done: "Your technician asked to " + what. */
    String askedTo(SessionFacts facts) {
        return toCustomer() ? "Your technician asked to " : named("You asked to ", facts);
    }

    /** The technician as a colleague's copy names them: "Dana Scully", else "The technician". */
    static String technician(SessionFacts facts) {
        return facts.technician().isEmpty() ? "The technician" : facts.technician();
    }

    /**
     * The technician's own words ("You ended the session.", "data between you and the customer") as this
     * copy's reader reads them: unchanged for the technician, with the technician named for a colleague.
     */
    String named(String technicianWords, SessionFacts facts) {
        if (this != FOR_COLLEAGUE) {
            return technicianWords;
        }
        String name = Matcher.quoteReplacement(technician(facts));
        String lower = facts.technician().isEmpty() ? "the technician" : name;
        return technicianWords.replaceAll("^You were ", name + " was ").replaceAll("^You ", name + " ")
                .replaceAll("\\byou were\\b", lower + " was").replaceAll("\\byou\\b", lower);
    }

    /** After a scan or a change that ended before the question it needed was put. */
    String notAsked() {
        return toCustomer() ? "You were not asked about it." : "The customer was not asked about it.";
    }

    /**
     * A question that the end of the session or a dropped connection closed before the customer
     * answered, saying who ended the session where the log says: "your technician ended the session
     * before you answered, so it was not allowed".
     */
    String cutOff(Decision closed, String how, SessionFacts facts) {
        SessionEnding ending = SessionEnding.fromCode(how).orElse(SessionEnding.CONNECTION_LOST);
        String before;
        if (closed == Decision.CONNECTION_DROPPED) {
            before = toCustomer() ? "the connection dropped before you answered"
                    : "the connection dropped before the customer answered";
        } else if (ending == SessionEnding.TECHNICIAN_ENDED || ending == SessionEnding.TECHNICIAN_CLOSED_WINDOW) {
            before = toCustomer() ? "your technician ended the session before you answered"
                    : named("you ended the session before the customer answered", facts);
        } else if (ending == SessionEnding.CUSTOMER_ENDED || ending == SessionEnding.CUSTOMER_CLOSED_WINDOW) {
            before = toCustomer() ? "you ended the session before answering"
                    : "the customer ended the session before answering";
        } else {
            before = toCustomer() ? "the session ended before you answered" : "the session ended before the customer answered";
        }
        return before + ", so it was not allowed";
    }
}
