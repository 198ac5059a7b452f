package org.tandem.customer.action;

import org.tandem.shared.action.ActionProgress;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionRisk;

/**
 * Hears what the engine does with each request, in order: {@code requested}, {@code consentAsked}
 * (scans and changes), {@code started}, any number of {@code progressed}, and always exactly one
 * {@code finished}, which may come at any point. The engine calls {@link #finished(ActionResult, String)},
 * which comes to {@link #finished(ActionResult)} unless a listener for the customer takes their words.
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

    /**
     * The action runs; {@code cancellable}: it can be stopped while it runs (the technician's cancel, the
     * customer's Stop), as its catalog entry says. An uninstall, once started, cannot.
     */
    default void started(String requestId, boolean cancellable) {}

    /** How it is getting on; a few times a second at most. */
    default void progressed(ActionProgress progress) {}

    /** How it ended; the last call about this request. */
    void finished(ActionResult result);

    /**
     * How it ended, with {@code toCustomer}: the ending in words meant for the customer where the result's
     * summary, written for the technician, is not ("" when it suits both). Those who tell the technician
     * need not read it: this default passes the result on alone.
     */
    default void finished(ActionResult result, String toCustomer) {
        finished(result);
    }

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
            public void started(String requestId, boolean cancellable) {
                first.started(requestId, cancellable);
                second.started(requestId, cancellable);
            }

            @Override
            public void progressed(ActionProgress progress) {
                first.progressed(progress);
                second.progressed(progress);
            }

            @Override
            public void finished(ActionResult result) {
                finished(result, "");
            }

            @Override
            public void finished(ActionResult result, String toCustomer) {
                first.finished(result, toCustomer);
                second.finished(result, toCustomer);
            }
        };
    }
}
