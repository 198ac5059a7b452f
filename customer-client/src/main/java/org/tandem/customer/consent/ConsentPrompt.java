package org.tandem.customer.consent;

import java.util.concurrent.CompletableFuture;

/**
 * Shows one consent question to the customer, explicitly, with who asks (verified, or with the scam
 * warning). Only the {@link ConsentBroker} calls it, one question at a time; the broker answers no
 * by itself when the time runs out or the session ends, and completes the returned future then, so
 * the prompt should close itself when the future completes either way.
 */
public interface ConsentPrompt {

    /** Returns a future completed with true for Allow, false for Deny (or null when time ran out). */
    CompletableFuture<Boolean> ask(ConsentRequest request);

    /** How many more questions wait behind the one shown, for "2 more questions waiting". */
    default void waitingChanged(int waiting) {
    }
}
