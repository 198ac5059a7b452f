package org.tandem.shared.log;

import java.util.Objects;

/**
 * Who signed a log's checkpoints. The key is what the signatures prove; the actor is only what the
 * log says about itself, and anyone who makes a key can write any name. A signer is worth something
 * only once its key was checked against one known from elsewhere ({@code expected}) or the log was
 * cross-checked with the other side's.
 *
 * @param fingerprint the key as OpenSSH prints it, e.g. {@code SHA256:81+gVbTT…}
 * @param claimedBy   the actor of the checkpoint events, e.g. {@code technician:Dana Scully} or {@code customer}
 * @param expected    whether every checkpoint was checked against the key the log was expected to be signed with
 */
public record LogSigner(String fingerprint, String claimedBy, boolean expected) {
    public LogSigner {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(claimedBy, "claimedBy");
    }
}
