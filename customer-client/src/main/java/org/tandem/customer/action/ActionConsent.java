package org.tandem.customer.action;

import java.util.concurrent.CompletableFuture;

/**
 * Asks the customer whether to allow one scan or change. In the app this opens the consent prompt
 * with remote input suspended, so the technician cannot answer for the customer.
 */
@FunctionalInterface
public interface ActionConsent {

    /**
     * Shows the question and returns at once. The future completes with {@code true} for Allow,
     * {@code false} for Deny, or {@code null} when the customer gave no answer. The engine answers
     * {@code null} by itself after the request's timeout, and cancels the future when the request is
     * withdrawn; a prompt should close itself when the future completes either way.
     */
    CompletableFuture<Boolean> ask(ActionConsentRequest request);
}
