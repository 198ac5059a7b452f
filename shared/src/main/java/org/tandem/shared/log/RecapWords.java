package org.tandem.shared.log;

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
}
