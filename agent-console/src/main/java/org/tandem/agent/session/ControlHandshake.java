package org.tandem.agent.session;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.log.ConsentPurposes;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.SessionMessage;

/**
 * The technician's side of control over the customer's mouse and keyboard: asking for it, withdrawing
 * the request, giving it back, and what the customer answers. Every step is recorded before the view
 * hears of it. The session calls it under its own lock; it takes none.
 *
 * <p>Each request gets one answer from the customer's side, unless the connection drops while it is
 * asked. An answer that comes when no request waits is late: for a request the technician withdrew
 * (decision 0027), or one the lost connection ended (decision 0013). A late yes gives no control and is
 * answered with {@code control-released}; a late no is recorded and changes nothing on screen.
 */
final class ControlHandshake {
    private static final Logger LOG = LoggerFactory.getLogger(ControlHandshake.class);
    private static final String CUSTOMER = "customer";
    private static final String SYSTEM = "system";
    static final String GRANTED_AS_THE_CONNECTION_DROPPED = "The customer allowed control as the connection dropped,"
            + " so control ended with the connection. Ask again to take control.";
    static final String YOU_WITHDREW = "You withdrew your request for control; the customer is told you no longer ask.";
    static final String NO_ANSWER_IN_TIME = "The customer did not answer in time.";
    static final String WITHDRAWN_BEFORE_AN_ANSWER = "The technician withdrew the request before the customer answered.";
    static final String GRANTED_AS_IT_WAS_WITHDRAWN = "The customer allowed control just as you withdrew the request,"
            + " so it was given back to them at once.";
    static final String STILL_WITHDRAWING = "The customer's computer is still closing the request you withdrew;"
            + " ask again in a moment.";

    /** Why an answer may still come while no request waits for it. */
    private enum LateAnswer {
        /** None may come: an answer now would be for a request nobody made. */
        NONE,
        /**
         * A request was waiting when the connection dropped. The customer's answer may have been on its
         * way: kept by the customer's side, it comes again after the resume, once; or never.
         */
        FROM_BEFORE_THE_DROP,
        /**
         * The technician withdrew a request. The customer's side answers it once: with the yes or no the
         * customer gave just before the withdrawal reached them, or with a denial marked withdrawn.
         */
        FOR_THE_WITHDRAWN_REQUEST
    }

    private final String actor;
    private final BiConsumer<String, JournalEvent> record;
    private final Consumer<SessionMessage> send;
    private final AgentSessionListener listener;
    private volatile ControlState control = ControlState.VIEW_ONLY;
    private LateAnswer late = LateAnswer.NONE;

    /**
     * @param record records an event as the given actor
     * @param send sends a message to the customer, quietly (the channel reports its end)
     */
    ControlHandshake(String actor, BiConsumer<String, JournalEvent> record, Consumer<SessionMessage> send,
            AgentSessionListener listener) {
        this.actor = actor;
        this.record = record;
        this.send = send;
        this.listener = listener;
    }

    ControlState state() {
        return control;
    }

    /** Asks the customer for control, unless it was asked for or given already; then the technician hears so. */
    void request() {
        if (control == ControlState.REQUESTED) {
            listener.controlRequestNotSent(control, "Control was asked for already; waiting for the customer's answer.");
            return;
        }
        if (control.held()) {
            listener.controlRequestNotSent(control, "You are in control already.");
            return;
        }
        if (late == LateAnswer.FOR_THE_WITHDRAWN_REQUEST) {
            // Its answer is on its way; a new request now could not be told from it.
            listener.controlRequestNotSent(control, STILL_WITHDRAWING);
            return;
        }
        // An answer from before a drop has come by now: it is sent again ahead of the customer's new share,
        // and control is asked for only while they share.
        late = LateAnswer.NONE;
        record.accept(actor, new JournalEvent.ControlRequested());
        record.accept(SYSTEM, new JournalEvent.ConsentAsked(ConsentPurposes.CONTROL, "", "")); // Tandem asks (0033)
        moveTo(ControlState.REQUESTED, "Waiting for the customer to allow control…");
        send.accept(new ControlMessage.ControlRequest());
    }

    /** Why control cannot be asked for while the session is {@code now}, in words for the technician. */
    static String whyNoRequest(AgentState now) {
        return switch (now) {
            case CONNECTED -> "The customer is not sharing their screen; control can be asked for while they share it.";
            case RECONNECTING -> "The connection to the customer is being restored; ask for control again once their"
                    + " screen is back.";
            case ENDED -> "The session has ended.";
            default -> "No customer is connected, so control cannot be asked for.";
        };
    }

    /**
     * Withdraws the request the customer has not answered yet: recorded first, then the customer's side
     * is told, which closes their question. Nothing happens unless a request waits.
     */
    void withdraw() {
        if (control != ControlState.REQUESTED) {
            return;
        }
        late = LateAnswer.FOR_THE_WITHDRAWN_REQUEST;
        record.accept(actor, new JournalEvent.ConsentDecided(JournalEvent.Answer.WITHDRAWN, ConsentPurposes.CONTROL,
                "", WITHDRAWN_BEFORE_AN_ANSWER));
        moveTo(ControlState.WITHDRAWN, YOU_WITHDREW);
        send.accept(new ControlMessage.ControlRequestWithdrawn());
    }

    /** Gives control back to the customer, if the technician had it; a request still waiting is withdrawn. */
    void release() {
        if (control == ControlState.REQUESTED) {
            withdraw();
            return;
        }
        if (!control.held()) {
            return;
        }
        record.accept(actor, new JournalEvent.ControlStopped(JournalEvent.ControlStopped.BY_TECHNICIAN,
                JournalEvent.ControlStopped.TECHNICIAN_GAVE_BACK));
        moveTo(ControlState.VIEW_ONLY, "You gave control back to the customer.");
        send.accept(new ControlMessage.ControlReleased());
    }

    /**
     * The connection dropped: control ends, as it does on the customer's side, and a request still
     * waiting is over. Its answer may still come after the resume ({@link #handle}), as may the answer
     * to a request withdrawn just before.
     */
    void connectionLost(String detail) {
        if (control == ControlState.REQUESTED || late == LateAnswer.FOR_THE_WITHDRAWN_REQUEST) {
            late = LateAnswer.FROM_BEFORE_THE_DROP;
        }
        endedBecause(detail);
    }

    /** Control ended without anyone giving it back (lost connection, ended session); nothing is sent. */
    void endedBecause(String detail) {
        if (control != ControlState.VIEW_ONLY) {
            moveTo(ControlState.VIEW_ONLY, detail);
        }
    }

    /**
     * The customer's answer or change of mind about control.
     *
     * @return false when {@code message} is not about control
     * @throws ProtocolException when the customer grants control nobody asked for
     */
    boolean handle(ControlMessage message) throws ProtocolException {
        if (message instanceof ControlMessage.ControlGranted) {
            if (control == ControlState.REQUESTED) {
                recordGrant();
                record.accept(actor, new JournalEvent.ControlStarted());
                moveTo(ControlState.IN_CONTROL, "You are in control. Press Ctrl+Shift+F12 to give it back.");
            } else if (late == LateAnswer.FROM_BEFORE_THE_DROP) {
                grantedLate(ControlState.VIEW_ONLY, JournalEvent.ControlStopped.BY_SYSTEM, GRANTED_AS_THE_CONNECTION_DROPPED);
            } else if (late == LateAnswer.FOR_THE_WITHDRAWN_REQUEST) {
                grantedLate(ControlState.WITHDRAWN, JournalEvent.ControlStopped.BY_TECHNICIAN, GRANTED_AS_IT_WAS_WITHDRAWN);
            } else {
                throw new ProtocolException("The customer granted control nobody asked for");
            }
        } else if (message instanceof ControlMessage.ControlDenied denied) {
            denied(denied);
        } else if (message instanceof ControlMessage.ControlRevoked revoked) {
            // Only control that is held can be taken back. A revocation met in any other state was sent before a
            // drop that already ended control here (it comes again after the resume), and a request made since
            // still waits for its own answer.
            if (control.held()) {
                record.accept(endedBy(revoked.by()), new JournalEvent.ControlStopped(revoked.by(), revoked.reason()));
                moveTo(ControlState.VIEW_ONLY, revoked.reason());
            }
        } else if (message instanceof ControlMessage.ControlPaused paused) {
            paused(paused);
        } else if (message instanceof ControlMessage.ControlResumed) {
            resumed();
        } else {
            return false;
        }
        return true;
    }

    /**
     * Remote input paused on the customer's side, control still granted: recorded by who paused it, as the
     * customer's side records it (decision 0035): the customer, using their own mouse; Tandem, holding the
     * technician's input off one of its windows. A pause told again changes nothing; the customer's mouse
     * during Tandem's pause makes it theirs, and is recorded so.
     */
    private void paused(ControlMessage.ControlPaused paused) {
        boolean customers = ControlMessage.ControlPaused.CUSTOMER.equals(paused.by());
        if (control == ControlState.IN_CONTROL || customers && control == ControlState.PAUSED_AT_TANDEM_WINDOW) {
            record.accept(customers ? CUSTOMER : SYSTEM, new JournalEvent.ControlPaused(paused.reason()));
            moveTo(customers ? ControlState.PAUSED : ControlState.PAUSED_AT_TANDEM_WINDOW, paused.reason());
        } else {
            LOG.debug("A pause of control while {}; nothing changes", control);
        }
    }

    /**
     * The pause ended: recorded by who ended it (decision 0035): Tandem, once the customer's mouse was
     * still; this technician, whose click outside Tandem's windows ended the pause at one of them.
     */
    private void resumed() {
        if (control == ControlState.PAUSED || control == ControlState.PAUSED_AT_TANDEM_WINDOW) {
            record.accept(control == ControlState.PAUSED ? SYSTEM : actor, new JournalEvent.ControlResumed());
            moveTo(ControlState.IN_CONTROL, "You are in control again.");
        }
    }

    /**
     * A no (or no answer): it denies the request that waits, and the technician reads its reason. A late
     * one is recorded as the request's answer, unless it only says the withdrawn question was closed,
     * which was recorded at the withdrawal; either way the technician, who withdrew or lost the
     * connection, reads nothing new. A denial with no request behind it changes nothing.
     */
    private void denied(ControlMessage.ControlDenied denied) {
        if (control == ControlState.REQUESTED) {
            recordDenial(denied);
            if (denied.timedOut()) {
                moveTo(ControlState.NOT_ANSWERED, NO_ANSWER_IN_TIME);
            } else {
                moveTo(denied.unanswered() ? ControlState.NOT_ANSWERED : ControlState.DENIED, denied.reason());
            }
        } else if (late != LateAnswer.NONE) {
            late = LateAnswer.NONE;
            if (!denied.withdrawn()) {
                recordDenial(denied);
            }
        } else {
            LOG.debug("A denial of control with no request waiting; nothing changes");
        }
    }

    /**
     * The customer allowed a request that was over here already: withdrawn, or ended by the lost
     * connection (the grant was sent as the connection dropped and came again after the resume). Control
     * is not taken; the customer's side is told to let it go, in case it still holds it. The yes and the
     * end are recorded first. Not the end of the session: a yes that crossed a withdrawal or a network
     * blip is no attack. {@code by}: who ends it, the technician who withdrew, or Tandem for the lost connection.
     */
    private void grantedLate(ControlState shown, String by, String why) {
        late = LateAnswer.NONE;
        recordGrant();
        record.accept(endedBy(by), new JournalEvent.ControlStopped(by, why));
        moveTo(shown, why);
        send.accept(new ControlMessage.ControlReleased());
    }

    private void recordGrant() {
        record.accept(CUSTOMER, new JournalEvent.ConsentDecided(JournalEvent.Answer.GRANTED, ConsentPurposes.CONTROL,
                "", ""));
    }

    /**
     * The customer's no; or nobody answering in time, which nobody did and Tandem records, as the customer's
     * side does (decision 0033); or, for any other denial no answer of the customer's decided (their side
     * closed the question as sharing stopped or the session ended, …), a no Tandem gave, with the customer's
     * side's words for why (decision 0027, fourth addendum).
     */
    private void recordDenial(ControlMessage.ControlDenied denied) {
        if (denied.timedOut()) {
            record.accept(SYSTEM, new JournalEvent.ConsentDecided(JournalEvent.Answer.TIMED_OUT,
                    ConsentPurposes.CONTROL, "", ""));
        } else {
            record.accept(denied.unanswered() ? SYSTEM : CUSTOMER, new JournalEvent.ConsentDecided(
                    JournalEvent.Answer.DENIED, ConsentPurposes.CONTROL, "", denied.reason()));
        }
    }

    /**
     * The journal's actor of an end of control: whoever ended it, as every entry is (decision 0033, fourth
     * addendum): the customer, Tandem, or this technician.
     */
    private String endedBy(String by) {
        return switch (by) {
            case JournalEvent.ControlStopped.BY_CUSTOMER -> CUSTOMER;
            case JournalEvent.ControlStopped.BY_SYSTEM -> SYSTEM;
            default -> actor;
        };
    }

    void moveTo(ControlState next, String detail) {
        control = next;
        listener.controlChanged(next, detail);
    }
}
