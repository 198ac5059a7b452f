package org.tandem.agent.session;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.session.SessionLogbook;

/**
 * What the technician's session does when its connection drops, comes back or ends. Each is one
 * step under the session's lock, after the journal entry: a request for control or an answer about
 * it handled in between would otherwise outlive the step (a request kept for after the resume or
 * the end, a grant taken) while the view was told control had ended.
 *
 * <p>The lock may be held by a send blocked on the dead pipe: the channel closes that pipe before it
 * tells of the loss or the end, so the send fails and lets go; and it tells of neither while it
 * holds its own write lock, so no holder of the session's lock can be waiting for this thread.
 */
final class ConnectionEvents {
    private final SessionTurn turn;
    private final ControlHandshake control;
    private final ScreenFeed screen;
    private final InputOutbox input;
    private final Consumer<JournalEvent> record;
    private final Supplier<SessionLogbook> logbook;
    private final Supplier<AgentState> state;
    private final BiConsumer<AgentState, String> moveTo;

    /**
     * @param record records an event as the technician; a log that is closed or failing is the logbook's to handle
     * @param logbook the session's journal; null before pairing
     * @param moveTo moves the session on and tells the view why
     */
    ConnectionEvents(SessionTurn turn, ControlHandshake control, ScreenFeed screen, InputOutbox input,
            Consumer<JournalEvent> record, Supplier<SessionLogbook> logbook, Supplier<AgentState> state,
            BiConsumer<AgentState, String> moveTo) {
        this.turn = turn;
        this.control = control;
        this.screen = screen;
        this.input = input;
        this.record = record;
        this.logbook = logbook;
        this.state = state;
        this.moveTo = moveTo;
    }

    /**
     * The connection dropped; the session waits to be resumed. The customer's side takes control back
     * at the same moment, so control ends here too, and the next request is not dropped.
     */
    void lost(SessionEnding cause) {
        record.accept(new JournalEvent.ConnectionLost(cause.code()));
        turn.run(() -> {
            control.connectionLost("The connection to the customer was lost, so control ended. Ask again once the"
                    + " session is back.");
            AgentState was = state.get();
            if (was == AgentState.CONNECTED || was == AgentState.VIEWING) {
                moveTo.accept(AgentState.RECONNECTING, "The connection to the customer was lost; reconnecting…");
            }
        });
    }

    /**
     * The session goes on, not sharing: the customer's side shares again by itself if it was sharing
     * (which brings {@link AgentState#VIEWING} back), and control must be asked for again. A share
     * already resumed on the new connection is not overwritten.
     */
    void resumed() {
        record.accept(new JournalEvent.ConnectionResumed());
        turn.run(() -> {
            if (state.get() == AgentState.RECONNECTING) {
                screen.stopped();
                moveTo.accept(AgentState.CONNECTED, "Connected again; the customer is not sharing the screen.");
            }
        });
    }

    /**
     * The session ended: its journal is closed, then control ends and the view reads why, as one step.
     * A request for control waiting behind it finds the session ended and is not made. Input still
     * waiting to go is dropped after the step: the view's thread holds the input's lock while it sends,
     * and may wait for this lock there (a send that finds the connection lost), so this lock is never
     * held to wait for the input's.
     */
    void ended(SessionEndReason reason) {
        SessionLogbook book = logbook.get();
        SessionEnding how = book == null ? reason.ending() : book.lost(reason.ending());
        turn.run(() -> {
            control.endedBecause("Control ended with the session.");
            moveTo.accept(AgentState.ENDED, how.toTechnician());
        });
        input.drop();
    }
}
