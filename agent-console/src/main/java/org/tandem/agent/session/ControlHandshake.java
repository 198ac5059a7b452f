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

    private final String actor;
    private final BiConsumer<String, JournalEvent> record;
    private final Consumer<SessionMessage> send;
    private final AgentSessionListener listener;
    private volatile ControlState control = ControlState.VIEW_ONLY;

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
            if (control != ControlState.REQUESTED) {
                throw new ProtocolException("The customer granted control nobody asked for");
            }
            record.accept(CUSTOMER, new JournalEvent.ConsentDecided(JournalEvent.Answer.GRANTED, ConsentPurposes.CONTROL,
                    "", ""));
            record.accept(actor, new JournalEvent.ControlStarted());
            moveTo(ControlState.IN_CONTROL, "You are in control. Press Ctrl+Shift+F12 to give it back.");
        } else if (message instanceof ControlMessage.ControlDenied denied) {
            if (control == ControlState.REQUESTED) {
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

    void moveTo(ControlState next, String detail) {
        control = next;
        listener.controlChanged(next, detail);
    }
}
