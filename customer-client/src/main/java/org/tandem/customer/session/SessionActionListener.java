package org.tandem.customer.session;

import java.time.Clock;
import java.util.function.Consumer;
import org.tandem.customer.action.ActionListener;
import org.tandem.customer.action.ActionMessageSender;
import org.tandem.shared.message.SessionMessage;

/**
 * Who hears what a session's action engine does, in this order: the technician (the action messages),
 * then the customer's list of what the technician did, then what runs now on the customer's computer,
 * with its progress and Stop (decision 0043). The technician is told an ending before the customer's
 * window drops the action from what runs, so nothing the customer sees has ended unheard of.
 */
final class SessionActionListener {
    private SessionActionListener() {}

    /**
     * @param technicianName the technician as the session shows them: their verified name, or the neutral phrase
     */
    static ActionListener of(Consumer<SessionMessage> send, String technicianName, CustomerSessionListener listener,
            Clock clock) {
        return ActionListener.both(new ActionMessageSender(send), ActionListener.both(
                new ActivityFeed(technicianName, listener::activity, listener::actionFinished, clock),
                new RunningActions(listener::actionsRunning)));
    }
}
