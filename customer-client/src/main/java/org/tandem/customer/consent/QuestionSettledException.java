package org.tandem.customer.consent;

import java.util.Objects;

/**
 * A question the consent broker answered no for the customer, without their No: they stopped
 * sharing, the connection dropped, the session ended, or things changed before their yes could be
 * used. The no is recorded already ({@code consent.denied}, with the reason this exception's message
 * holds, in the customer's words); an asker that treats any failure as a no needs nothing more, one
 * that tells the technician what happened says {@link #because()} instead of "the customer said no".
 */
public final class QuestionSettledException extends Exception {
    private static final long serialVersionUID = 1L;

    private final SettledBecause because;

    QuestionSettledException(SettledBecause because, String reason) {
        super(reason);
        this.because = Objects.requireNonNull(because, "because");
    }

    /** Why the broker answered for the customer. */
    public SettledBecause because() {
        return because;
    }
}
