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

    /** What went wrong, for words of the app's own: the message is for the log. */
    public enum Kind {
        /** Key confirmation failed: the two sides did not derive the same key from their codes. */
        CODE_MISMATCH,
        /** The connection closed before pairing was done: the other side cancelled or went away, or a network failed. */
        OTHER_SIDE_LEFT,
        /** The other side runs another protocol version. */
        OTHER_VERSION,
        /** The other side sent something that breaks the handshake. */
        BROKEN
    }

    private final Kind kind;

    public PairingException(String message) {
        this(message, null, Kind.BROKEN);
    }

    public PairingException(String message, Throwable cause) {
        this(message, cause, Kind.BROKEN);
    }

    private PairingException(String message, Throwable cause, Kind kind) {
        super(message, cause);
        this.kind = kind;
    }

    /** Key confirmation failed: the two sides did not derive the same key from their codes. */
    static PairingException mismatchedCode(Throwable cause) {
        return new PairingException(CODE_MISMATCH, cause, Kind.CODE_MISMATCH);
    }

    /** The other side closed the connection during pairing. */
    static PairingException otherSideLeft(String message) {
        return otherSideLeft(message, null);
    }

    static PairingException otherSideLeft(String message, Throwable cause) {
        return new PairingException(message, cause, Kind.OTHER_SIDE_LEFT);
    }

    /** The other side runs another protocol version. */
    static PairingException otherVersion(String message) {
        return new PairingException(message, null, Kind.OTHER_VERSION);
    }

    public Kind kind() {
        return kind;
    }

    /** Whether key confirmation failed, so the code (not the connection) is to blame. */
    public boolean codeMismatch() {
        return kind == Kind.CODE_MISMATCH;
    }
}
