package org.tandem.shared.identity;

/** Bytes that are not an identity proof: wrong version, sizes out of bounds, cut short or too long. */
public final class MalformedIdentityProofException extends Exception {
    public MalformedIdentityProofException(String message) {
        super(message);
    }

    public MalformedIdentityProofException(String message, Throwable cause) {
        super(message, cause);
    }
}
