package org.tandem.shared.pairing;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What lets the two ends of a session resume it after the connection was lost (decision 0013),
 * derived by the key schedule with labels of their own: a 32-byte secret that never leaves the two
 * endpoints, and a 16-byte token that the relay sees and pairs the reconnecting sides by. The token
 * is derived one-way from the session keys, so knowing it helps nobody find the secret.
 */
public final class ResumeSecret {
    /** Bytes of the secret. */
    public static final int SECRET_BYTES = 32;
    /** Bytes of the token; the relay envelope carries it as twice as many hex digits. */
    public static final int TOKEN_BYTES = 16;

    private final byte[] secret;
    private final byte[] token;

    public ResumeSecret(byte[] secret, byte[] token) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(token, "token");
        if (secret.length != SECRET_BYTES || token.length != TOKEN_BYTES) {
            throw new IllegalArgumentException("A resume secret has " + SECRET_BYTES + " bytes and its token "
                    + TOKEN_BYTES);
        }
        this.secret = secret.clone();
        this.token = token.clone();
    }

    /** A copy of the secret; the caller should wipe it after use. */
    public byte[] secret() {
        return secret.clone();
    }

    /** The token as the relay's {@code resume} message carries it: lowercase hex. */
    public String token() {
        return HexFormat.of().formatHex(token);
    }

    /** Overwrites the secret, e.g. when the session ended for good. */
    public void forget() {
        Arrays.fill(secret, (byte) 0);
    }

    @Override
    public String toString() {
        return "ResumeSecret[token=" + token().substring(0, 8) + "…]";
    }
}
