package org.tandem.customer.action;

import org.tandem.shared.action.ActionProgress;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;

/**
 * Hears what the engine does with each request, in order: {@code requested}, {@code consentAsked}
 * (scans and changes), {@code started}, any number of {@code progressed}, and always exactly one
 * {@code finished}, which may come at any point.
 * Called on engine threads; implementations hand UI work over to the UI thread.
 * {@link ActionMessageSender} turns these into messages for the technician.
 */
public interface ActionListener {

    /**
     * A request arrived, for the activity feed: {@code what} names the action and its target when
     * the request is valid, or the action alone when it is refused at once ({@code finished}
     * follows). {@code risk} is null when this computer does not know the action.
     */
    default void requested(String requestId, ActionRisk risk, String what) {}

    /** The customer is being asked, with exactly this text. */
    default void consentAsked(String requestId, String promptText) {}

    /** The action runs. */
    default void started(String requestId) {}

    /** How it is getting on; a few times a second at most. */
    default void progressed(ActionProgress progress) {}

    /** How it ended; the last call about this request. */
    void finished(ActionResult result);

    /** Both listeners, {@code first} first. */
    static ActionListener both(ActionListener first, ActionListener second) {
        return new ActionListener() {
            @Override
            public void requested(String requestId, ActionRisk risk, String what) {
                first.requested(requestId, risk, what);
                second.requested(requestId, risk, what);
            }

            @Override
            public void consentAsked(String requestId, String promptText) {
                first.consentAsked(requestId, promptText);
                second.consentAsked(requestId, promptText);
            }

            @Override
            public void started(String requestId) {
                first.started(requestId);
                second.started(requestId);
            }

            @Override
            public void progressed(ActionProgress progress) {
                first.progressed(progress);
                second.progressed(progress);
            }

            @Override
            public void finished(ActionResult result) {
                first.finished(result);
                second.finished(result);
            }
        };
    }
}
