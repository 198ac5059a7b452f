package org.tandem.customer.action;

import org.tandem.shared.log.JournalEvent.Answer;

import java.util.concurrent.CompletableFuture;

/**
 * Asks the customer whether to allow one scan or change. In the app this opens the consent prompt
 * with remote input suspended, so the technician cannot answer for the customer.
 */
@FunctionalInterface
public interface ActionConsent {

    /**
     * Puts the question to the customer and returns at once. The future completes with the answer
     * once it is recorded in the session's journal (in the app, by the consent broker, which also
     * answers {@link Answer#TIMED_OUT} when nobody answers). The engine cancels the future when the
     * request is withdrawn.
     */
    CompletableFuture<Answer> ask(ActionConsentRequest request);
}
