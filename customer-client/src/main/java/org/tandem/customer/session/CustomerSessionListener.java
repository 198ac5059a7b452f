package org.tandem.customer.session;

import org.tandem.customer.conversation.CustomerConversation;
import java.nio.file.Path;
import org.tandem.shared.identity.IdentityVerdict;
import org.tandem.shared.pairing.SessionCode;

/** What the customer's session reports to its view; called from background threads. */
public interface CustomerSessionListener extends CustomerConversation.Listener {

    /**
     * The session moved to a new state.
     *
     * @param detail words for the customer: who is connected, why the session ended, and so on
     */
    void stateChanged(CustomerState state, String detail);

    /** The connection is end-to-end encrypted; both screens show this same check string. */
    void paired(String checkString);

    /** What the client concluded about who the technician is; shown before anything is shared. */
    void technicianIdentified(IdentityVerdict verdict);

    /** One line for the activity feed: what the technician did or asked for, and how it ended. */
    default void activity(String line) {}

    /** An action the technician asked for has ended; {@code ending} says which and how, in words for the customer. */
    default void actionFinished(ActionEnding ending) {}

    /**
     * What runs on the customer's computer changed: an action started, said how far it is, or ended.
     * {@code running} is the whole list, oldest first; empty when nothing runs (decision 0043).
     */
    default void actionsRunning(java.util.List<RunningAction> running) {}

    /** A new session begins (the customer pressed Connect): what was shown of the last one goes. */
    default void sessionStarting() {}

    /** How many questions wait behind the one on screen; 0 when none. */
    default void questionsWaiting(int waiting) {}

    /**
     * The code just tried cannot be used for another try: this computer joined under it (the relay keeps a
     * joined code in use for good, whatever came of the pairing), or the relay refused it for good. Told
     * before the session moves on, so the view can lead the customer to type a new code.
     */
    default void codeSpent(SessionCode code) {}

    /** The session's log is closed and complete: the recap can be made from it. */
    default void sessionRecorded(Path logFile) {}

    /** The connection dropped; the session ends at {@code deadline} unless it is resumed before (decision 0013). */
    default void reconnecting(java.time.Instant deadline) {}
}
