package org.tandem.shared.session;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every way a session can end, each with one sentence for the customer and one for the technician.
 * The same words appear when the session ends, in the recap's "How it ended" and (short) in the
 * console's history. The {@link #code()} is what the journal ({@code session.ended} {@code how}) and
 * the end message ({@code session-end} {@code how}) carry; it never changes once released.
 *
 * <p>Some endings can only start on one side (only the customer declines a session): the other side
 * may tell us of those but not claim ours, see {@link #toldBy}. Nothing a peer writes is ever shown:
 * it sends a code and each side reads its own words.
 */
public enum SessionEnding {
    CUSTOMER_ENDED("customer-ended", Origin.CUSTOMER, false, "ended by the customer",
            "You ended the session.",
            "The customer ended the session."),
    TECHNICIAN_ENDED("technician-ended", Origin.TECHNICIAN, false, "ended by you",
            "Your technician ended the session.",
            "You ended the session."),
    CUSTOMER_CLOSED_WINDOW("customer-closed-window", Origin.CUSTOMER, false, "customer closed Tandem",
            "You closed Tandem, so the session ended.",
            "The customer closed Tandem, so the session ended."),
    TECHNICIAN_CLOSED_WINDOW("technician-closed-window", Origin.TECHNICIAN, false, "console closed",
            "Your technician closed their Tandem window, so the session ended. They can no longer see or control "
                    + "your computer.",
            "You closed the console, so the session ended."),
    CUSTOMER_DECLINED("customer-declined", Origin.CUSTOMER, false, "customer declined",
            "You chose not to start the session. Nothing on your computer was shared.",
            "The customer chose not to start the session."),
    CUSTOMER_DID_NOT_ANSWER("customer-did-not-answer", Origin.CUSTOMER, false, "customer did not answer",
            "You did not answer, so the session ended. Nothing on your computer was shared.",
            "The customer did not answer, so the session ended."),
    CONNECTION_LOST("connection-lost", Origin.EITHER, true, "connection lost",
            "The connection to your technician was lost, so the session ended. They can no longer see or control "
                    + "your computer.",
            "The connection to the customer was lost, so the session ended."),
    STOPPED_ANSWERING("stopped-answering", Origin.EITHER, true, "connection stopped answering",
            "The connection to your technician stopped answering, so the session ended. They can no longer see or "
                    + "control your computer.",
            "The connection to the customer stopped answering, so the session ended."),
    RESUME_EXPIRED("resume-expired", Origin.EITHER, true, "could not reconnect",
            "We could not reconnect within 2 minutes, so the session ended. Your technician can no longer see or "
                    + "control your computer.",
            "We could not reconnect within 2 minutes, so the session ended. To help the customer again, start a new "
                    + "session."),
    INVALID_DATA("invalid-data", Origin.EITHER, true, "invalid data",
            "The session was ended because data between you and your technician arrived damaged or changed on the "
                    + "way. Nothing more will be done on your computer.",
            "The session was ended because data between you and the customer arrived damaged or changed on the way."),
    VERSION_MISMATCH("version-mismatch", Origin.EITHER, true, "different Tandem versions",
            "Your technician uses a different version of Tandem, so the session could not go on. Make sure Tandem is "
                    + "up to date, then ask your technician for a new code.",
            "The customer uses a different version of Tandem, so the session could not go on. Make sure both computers "
                    + "run the same version, then start a new session."),
    FAULT("tandem-fault", Origin.EITHER, true, "fault in Tandem",
            "The session stopped because of a fault in Tandem, not because of anything you did. Nothing more will be "
                    + "done on your computer.",
            "The session stopped because of a fault in Tandem. The details are in Tandem's log."),
    CUSTOMER_JOURNAL_FAILED("customer-journal-failed", Origin.CUSTOMER, true, "customer's record not saved",
            "The session was ended because its record could not be saved on this computer. Check that the disk is not "
                    + "full.",
            "The session was ended because the customer's computer could not save the session's record."),
    TECHNICIAN_JOURNAL_FAILED("technician-journal-failed", Origin.TECHNICIAN, true, "record not saved",
            "The session was ended because your technician's computer could not save the session's record.",
            "The session was ended because its record could not be saved on this computer. Check that the disk is not "
                    + "full.");

    /** Which side an ending can start from. */
    private enum Origin { CUSTOMER, TECHNICIAN, EITHER }

    private static final Map<String, SessionEnding> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(SessionEnding::code, Function.identity()));

    private final String code;
    private final Origin origin;
    private final boolean failure;
    private final String label;
    private final String toCustomer;
    private final String toTechnician;

    SessionEnding(String code, Origin origin, boolean failure, String label, String toCustomer, String toTechnician) {
        this.code = code;
        this.origin = origin;
        this.failure = failure;
        this.label = label;
        this.toCustomer = toCustomer;
        this.toTechnician = toTechnician;
    }

    /** The stable code the journal and the end message carry. */
    public String code() {
        return code;
    }

    /** True when something went wrong, rather than a person choosing to end. */
    public boolean failure() {
        return failure;
    }

    /**
     * True when no person ended the session but Tandem did: something went wrong, or nobody answered the
     * question that starts it. Its {@code session.ended} is recorded by {@code system}, as every question
     * nobody answered is (decision 0033).
     */
    public boolean endedByTandem() {
        return failure || this == CUSTOMER_DID_NOT_ANSWER;
    }

    /** What the customer reads. */
    public String toCustomer() {
        return toCustomer;
    }

    /** What the technician reads. */
    public String toTechnician() {
        return toTechnician;
    }

    /** The customer's words when {@code customer}, else the technician's. */
    public String to(boolean customer) {
        return customer ? toCustomer : toTechnician;
    }

    /**
     * A few words for the console's history as the technician who ran the session reads them ("ended by
     * you", "ended by the customer", "connection lost"): only on the console that ran it.
     */
    public String label() {
        return label;
    }

    /**
     * The words of {@link #label()} as anyone but the technician who ran the session reads them (a log
     * from a colleague's console, decision 0050): the technician who ended it is named, "ended by Dana
     * Scully", or "ended by the technician" when {@code technician} is blank. No other ending names a person.
     */
    public String labelNaming(String technician) {
        if (this != TECHNICIAN_ENDED) {
            return label;
        }
        return "ended by " + (technician == null || technician.isBlank() ? "the technician" : technician.strip());
    }

    /** The ending a journal or message code names; empty for "" and for codes this version does not know. */
    public static Optional<SessionEnding> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(Objects.requireNonNullElse(code, "")));
    }

    /**
     * The ending the other side told us of, when it may say it: the customer cannot say the
     * technician pressed End session, nor the technician that the customer declined. A code that is
     * missing (an older Tandem), unknown or not theirs to claim reads as the plain "they ended it".
     *
     * @param byCustomer whether the customer's side sent it
     */
    public static SessionEnding toldBy(boolean byCustomer, String code) {
        Origin sender = byCustomer ? Origin.CUSTOMER : Origin.TECHNICIAN;
        return fromCode(code).filter(ending -> ending.origin == sender || ending.origin == Origin.EITHER)
                .orElse(byCustomer ? CUSTOMER_ENDED : TECHNICIAN_ENDED);
    }

    /** The journal-failed ending of this side. */
    public static SessionEnding journalFailed(boolean customer) {
        return customer ? CUSTOMER_JOURNAL_FAILED : TECHNICIAN_JOURNAL_FAILED;
    }
}
