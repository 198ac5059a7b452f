package org.tandem.shared.log;

/**
 * The event types a session log holds, as written in its {@code type} field. Details are free-form
 * JSON objects; the keys that the recap and the history view read are listed next to each type.
 * {@link #CHECKPOINT} and {@link #RECEIPT} are written by {@link SessionLogWriter} itself.
 */
public final class LogEventTypes {
    /** The technician made a session; details: {@code nameplate}. */
    public static final String SESSION_CREATED = "session.created";
    /** The other side joined; details: {@code customerName}, {@code technician}. */
    public static final String SESSION_CONNECTED = "session.connected";
    /** The code matched on both ends; details: {@code checkString}. */
    public static final String PAIRING_COMPLETED = "pairing.completed";
    /** The technician's certificate checked out; details: {@code technician}, {@code organisation}. */
    public static final String IDENTITY_VERIFIED = "identity.verified";
    /** The technician's organisation could not be verified; details: {@code technician}, {@code reason}. */
    public static final String IDENTITY_UNVERIFIED = "identity.unverified";
    /** The console sent the technician's proof of identity; details: {@code technician}, {@code organisation} ("" for none). */
    public static final String IDENTITY_PRESENTED = "identity.presented";
    /** The customer's computer gave its name, in its system information; details: {@code name} (decision 0037). */
    public static final String COMPUTER_NAMED = "computer.named";
    /** The technician named the customer mid-session; details: {@code name} (decision 0046). */
    public static final String CUSTOMER_NAMED = "customer.named";
    /** The customer was asked; details: {@code for} (what the permission is for). */
    public static final String CONSENT_ASKED = "consent.asked";
    /** Details: {@code for}. */
    public static final String CONSENT_GRANTED = "consent.granted";
    /** Details: {@code for}. */
    public static final String CONSENT_DENIED = "consent.denied";
    /** Nobody answered in time; details: {@code for}. */
    public static final String CONSENT_TIMED_OUT = "consent.timed-out";
    /** The customer took back a permission given earlier; details: {@code for}. */
    public static final String CONSENT_REVOKED = "consent.revoked";
    /**
     * The technician withdrew a question before the customer answered it (decision 0027); details:
     * {@code for}, {@code reason}.
     */
    public static final String CONSENT_WITHDRAWN = "consent.withdrawn";
    public static final String SHARE_STARTED = "share.started";
    /** Details: {@code reason}. */
    public static final String SHARE_STOPPED = "share.stopped";
    /**
     * Another monitor is shared, sharing staying on; details: {@code by}, {@code monitor} (0: all),
     * {@code of}, {@code width}, {@code height}.
     */
    public static final String SHARE_SWITCHED = "share.switched";
    public static final String CONTROL_REQUESTED = "control.requested";
    public static final String CONTROL_STARTED = "control.started";
    /** Details: {@code reason}. */
    public static final String CONTROL_STOPPED = "control.stopped";
    /**
     * Remote input is held, control still granted; details: {@code reason}. The actor is who paused it:
     * {@code customer} (their own mouse) or {@code system} (a Tandem window in the way).
     */
    public static final String CONTROL_PAUSED = "control.paused";
    /**
     * The pause before it ended and remote input flows again; no details. The actor is who ended it:
     * {@code system} (the customer's mouse was still for a moment) or the technician (they clicked
     * outside Tandem's windows) (decision 0035).
     */
    public static final String CONTROL_RESUMED = "control.resumed";
    /** Details: {@code id}, {@code action} (in words the customer understands). */
    public static final String ACTION_REQUESTED = "action.requested";
    /** Details: {@code id}, {@code action}. */
    public static final String ACTION_STARTED = "action.started";
    /**
     * The technician asked to stop an action while it ran, recorded by the customer's side before the action
     * is told to stop (decision 0045); details: {@code id}, {@code action}, {@code reason}.
     */
    public static final String ACTION_STOP_REQUESTED = "action.stop-requested";
    /**
     * Details: {@code id}, {@code action}, {@code result}, {@code outcome} ({@code success} or {@code failure}),
     * and in the customer's log {@code toCustomer} where the customer was told the result in other words.
     */
    public static final String ACTION_RESULT = "action.result";
    /** Details: {@code text}. */
    public static final String CHAT = "chat";
    /**
     * Details: either {@code steps}, the whole plan as a list of {@code {"title", "status"}}, or
     * {@code step} and {@code status} for a change to one step.
     */
    public static final String PLAN_CHANGED = "plan.changed";
    /** Details: {@code message}. */
    public static final String ERROR = "error";
    /** The technician asked "Is everything working now?". */
    public static final String CHECK_ASKED = "check.asked";
    /** Details: {@code answer}: yes, no or no answer. */
    public static final String CHECK_ANSWERED = "check.answered";
    /** Details: {@code stars} (1 to 5), {@code comment}. */
    public static final String RATING = "rating";
    /** Details: {@code when} (the customer's preferred time, in their words), {@code note}. */
    public static final String FOLLOW_UP = "follow-up";
    /** A technician's private note, kept in the console's log only; details: {@code text}. */
    public static final String NOTE = "note";
    /** The connection dropped and this side waits to resume (decision 0013); details: {@code how} (a {@code SessionEnding} code). */
    public static final String CONNECTION_LOST = "connection.lost";
    /** The session goes on over a new connection (decision 0013); no details. */
    public static final String CONNECTION_RESUMED = "connection.resumed";
    /** Details: {@code reason}, {@code next} (what the customer should do next). */
    public static final String SESSION_ENDED = "session.ended";
    /** A signed checkpoint; details are those of {@link Checkpoint#toMap()}. */
    public static final String CHECKPOINT = "checkpoint";
    /** The other side's closing checkpoint; details are those of {@link Checkpoint#toMap()}. */
    public static final String RECEIPT = "receipt";

    /**
     * Whether {@code type} is one of the log's seals (a checkpoint, the other side's receipt): what
     * verifying reads, not something that happened in the session. The timelines people read during
     * and after a session leave them out; {@code log show} lists them.
     */
    public static boolean isSeal(String type) {
        return CHECKPOINT.equals(type) || RECEIPT.equals(type);
    }

    private LogEventTypes() {}
}
