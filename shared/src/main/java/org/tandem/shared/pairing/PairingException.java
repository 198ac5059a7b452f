package org.tandem.shared.pairing;

import java.io.IOException;

/**
 * The pairing handshake failed: the other side sent something that breaks the handshake, or the two
 * sides did not hold the same code. The message is fit to show; the session never starts.
 *
 * <p>When {@link #codeMismatch()} is true, key confirmation failed: either someone typed the code
 * wrong or someone in the middle (such as the relay) guessed it. Either way the secret has been
 * spent on one online guess and the technician must draw a new code.
 */
public final class PairingException extends IOException {
    static final String CODE_MISMATCH = "The code did not match";

    private final boolean codeMismatch;

    public PairingException(String message) {
        this(message, null, false);
    }

    public PairingException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private PairingException(String message, Throwable cause, boolean codeMismatch) {
        super(message, cause);
        this.codeMismatch = codeMismatch;
    }

    /** Key confirmation failed: the two sides did not derive the same key from their codes. */
    static PairingException mismatchedCode(Throwable cause) {
        return new PairingException(CODE_MISMATCH, cause, true);
    }

    /** Whether key confirmation failed, so the code (not the connection) is to blame. */
    public boolean codeMismatch() {
        return codeMismatch;
    }
}
