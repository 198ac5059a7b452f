package org.tandem.customer.session;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.tandem.shared.identity.IdentityVerdict;

/**
 * Asks the customer, explicitly, whether to share the screen, showing who asks (verified or with
 * the scam warning). The session denies on its own when no answer comes within the timeout; the
 * prompt should then close itself (watch the future).
 */
public interface ShareConsentPrompt {

    /** Returns a future completed with true for Allow and false for Deny. */
    CompletableFuture<Boolean> askToShareScreen(IdentityVerdict technician, Duration timeout);
}
