package org.tandem.customer.session;

import java.util.function.Supplier;
import org.tandem.customer.action.ActionEngine;
import org.tandem.customer.consent.ConsentBroker;
import org.tandem.customer.consent.SettledBecause;
import org.tandem.shared.log.JournalEvent;

/**
 * Stops what runs for the customer in a session (sharing, the questions put to them, the technician's
 * control, actions) when the session ends or its connection drops, in an order that keeps the customer
 * safe. The questions are answered no while the log is still open, so that their ends are recorded; the
 * session records the end itself after this.
 */
final class SessionShutdown {
    private final ScreenSharer sharer;
    private final ScreenSharing sharing;
    private final CustomerControl control;
    private final Supplier<ConsentBroker> broker;
    private final Supplier<ActionEngine> actions;

    /**
     * @param broker the session's consent broker; null before pairing
     * @param actions the session's action engine; null before the technician introduced themselves
     */
    SessionShutdown(ScreenSharer sharer, ScreenSharing sharing, CustomerControl control, Supplier<ConsentBroker> broker,
            Supplier<ActionEngine> actions) {
        this.sharer = sharer;
        this.sharing = sharing;
        this.control = control;
        this.broker = broker;
        this.actions = actions;
    }

    /**
     * The connection dropped and the session waits to be resumed: the technician loses control at once
     * (recorded first), every open and waiting question is answered no, sharing stops. Control goes first,
     * so that an Allow being recorded at this moment can no longer grant anything.
     */
    void connectionLost() {
        control.connectionLost(JournalEvent.ControlStopped.CONNECTION_LOST);
        settleQuestions(SettledBecause.CONNECTION_LOST, ConsentBroker.CONNECTION_LOST);
        sharing.connectionLost();
    }

    /**
     * The session is ending: sharing stops, every open and waiting question is answered no with
     * {@code unansweredReason} (and recorded, before the log closes), control ends and running actions
     * are cancelled.
     */
    void sessionEnding(String unansweredReason) {
        sharer.stop();
        settleQuestions(SettledBecause.SESSION_ENDED, unansweredReason);
        ConsentBroker questions = broker.get();
        if (questions != null) {
            questions.close();
        }
        control.ended();
        ActionEngine engine = actions.get();
        if (engine != null) {
            engine.close();
        }
    }

    private void settleQuestions(SettledBecause because, String reason) {
        ConsentBroker questions = broker.get();
        if (questions != null) {
            questions.settleAll(because, reason);
        }
    }
}
