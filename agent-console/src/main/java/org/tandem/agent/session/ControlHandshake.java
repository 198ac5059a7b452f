package org.tandem.agent.session;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.tandem.shared.log.ConsentPurposes;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.SessionMessage;

/**
 * The technician's side of control over the customer's mouse and keyboard: asking for it, giving
 * it back, and what the customer answers. Every step is recorded before the view hears of it. The
 * session calls it under its own lock; it takes none.
 */
final class ControlHandshake {
    private static final String CUSTOMER = "customer";
    static final String GRANTED_AS_THE_CONNECTION_DROPPED = "The customer allowed control as the connection dropped,"
            + " so control ended with the connection. Ask again to take control.";

    private final String actor;
    private final BiConsumer<String, JournalEvent> record;
    private final Consumer<SessionMessage> send;
    private final AgentSessionListener listener;
    private volatile ControlState control = ControlState.VIEW_ONLY;
    /**
     * A request was waiting for its answer when the connection dropped. The customer's answer may have
     * been on its way: kept by the customer's side, it comes again after the resume, once.
     */
    private boolean answerOwedFromBeforeLoss;

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
        if (control == ControlState.IN_CONTROL || control == ControlState.PAUSED) {
            listener.controlRequestNotSent(control, "You are in control already.");
            return;
        }
        // An answer from before a drop has come by now: it is sent again ahead of the customer's new share,
        // and control is asked for only while they share.
        answerOwedFromBeforeLoss = false;
        record.accept(actor, new JournalEvent.ControlRequested());
        record.accept(CUSTOMER, new JournalEvent.ConsentAsked(ConsentPurposes.CONTROL, "", ""));
        moveTo(ControlState.REQUESTED, "Waiting for the customer to allow control…");
        send.accept(new ControlMessage.ControlRequest());
    }

    /** Gives control back to the customer, if the technician had it or asked for it. */
    void release() {
        if (control == ControlState.VIEW_ONLY || control == ControlState.DENIED) {
            return;
        }
        record.accept(actor, new JournalEvent.ControlStopped(actor, "The technician gave control back."));
        moveTo(ControlState.VIEW_ONLY, "You gave control back to the customer.");
        send.accept(new ControlMessage.ControlReleased());
    }

    /**
     * The connection dropped: control ends, as it does on the customer's side, and a request still
     * waiting is over. Its answer may still come after the resume ({@link #handle}).
     */
    void connectionLost(String detail) {
        if (control == ControlState.REQUESTED) {
            answerOwedFromBeforeLoss = true;
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
                answerOwedFromBeforeLoss = false;
                recordGrant();
                record.accept(actor, new JournalEvent.ControlStarted());
                moveTo(ControlState.IN_CONTROL, "You are in control. Press Ctrl+Shift+F12 to give it back.");
            } else if (answerOwedFromBeforeLoss) {
                grantedBeforeLoss();
            } else {
                throw new ProtocolException("The customer granted control nobody asked for");
            }
        } else if (message instanceof ControlMessage.ControlDenied denied) {
            if (control == ControlState.REQUESTED || answerOwedFromBeforeLoss) {
                answerOwedFromBeforeLoss = false;
                record.accept(CUSTOMER, denied.unanswered()
                        ? new JournalEvent.ConsentDecided(JournalEvent.Answer.TIMED_OUT, ConsentPurposes.CONTROL, "", "")
                        : new JournalEvent.ConsentDecided(JournalEvent.Answer.DENIED, ConsentPurposes.CONTROL, "",
                                denied.reason()));
            }
            moveTo(ControlState.DENIED, denied.reason());
        } else if (message instanceof ControlMessage.ControlRevoked revoked) {
            // Only control that is held can be taken back. A revocation met in any other state was sent before a
            // drop that already ended control here (it comes again after the resume), and a request made since
            // still waits for its own answer.
            if (control == ControlState.IN_CONTROL || control == ControlState.PAUSED) {
                record.accept(actor, new JournalEvent.ControlStopped("customer", revoked.reason()));
                moveTo(ControlState.VIEW_ONLY, revoked.reason());
            }
        } else if (message instanceof ControlMessage.ControlPaused paused) {
            if (control == ControlState.IN_CONTROL) {
                record.accept(actor, new JournalEvent.ControlPaused(paused.reason()));
                moveTo(ControlState.PAUSED, paused.reason());
            }
        } else if (message instanceof ControlMessage.ControlResumed) {
            if (control == ControlState.PAUSED) {
                moveTo(ControlState.IN_CONTROL, "You are in control again.");
            }
        } else {
            return false;
        }
        return true;
    }

    /**
     * The customer allowed a request the lost connection had ended already: the grant was sent as the
     * connection dropped and came again after the resume. Control ended with the connection, on the
     * customer's side too, and is not taken now; the customer's side is told to keep it, in case it
     * still holds it. The yes and the end are recorded first. Not the end of the session: a network
     * blip the moment the customer says yes is no attack.
     */
    private void grantedBeforeLoss() {
        answerOwedFromBeforeLoss = false;
        recordGrant();
        record.accept(actor, new JournalEvent.ControlStopped(actor, GRANTED_AS_THE_CONNECTION_DROPPED));
        moveTo(ControlState.VIEW_ONLY, GRANTED_AS_THE_CONNECTION_DROPPED);
        send.accept(new ControlMessage.ControlReleased());
    }

    private void recordGrant() {
        record.accept(CUSTOMER, new JournalEvent.ConsentDecided(JournalEvent.Answer.GRANTED, ConsentPurposes.CONTROL,
                "", ""));
    }

    void moveTo(ControlState next, String detail) {
        control = next;
        listener.controlChanged(next, detail);
    }
}
