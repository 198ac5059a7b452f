package org.tandem.customer.session;

import java.util.concurrent.CompletableFuture;

/**
 * Asks the customer, explicitly, whether to allow something, showing who asks (verified, or with
 * the scam warning). The session denies on its own when no answer comes within the request's
 * timeout; the prompt should then close itself (watch the future).
 */
public interface ConsentPrompt {

    /** Returns a future completed with true for Allow and false for Deny. */
    CompletableFuture<Boolean> ask(ConsentRequest request);
}
