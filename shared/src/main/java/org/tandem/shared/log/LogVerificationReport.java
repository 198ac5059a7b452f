package org.tandem.shared.log;

import java.util.Objects;
import java.util.Optional;

/**
 * A log's verdict together with who signed it, which one log alone cannot vouch for.
 *
 * @param verdict intact, not closed, or broken
 * @param signer  the one key that signed every checkpoint and the actor they name; empty when the
 *                log is broken or has no checkpoint yet
 */
public record LogVerificationReport(LogVerification verdict, Optional<LogSigner> signer) {
    public LogVerificationReport {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(signer, "signer");
        if (verdict instanceof LogVerification.Broken && signer.isPresent()) {
            throw new IllegalArgumentException("A broken log vouches for no signer");
        }
        if (verdict instanceof LogVerification.Intact && signer.isEmpty()) {
            throw new IllegalArgumentException("An intact log ends with a signed checkpoint");
        }
    }
}
