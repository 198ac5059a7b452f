package org.tandem.shared.session.resume;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.tandem.shared.pairing.PairingRole;

/**
 * The first thing each side sends on a resumed pipe, before any record (decision 0013): the
 * protocol version, who sends it, a fresh nonce, and the number of the last control message it
 * received. It has a fixed size of {@value #BYTES} bytes, so reading one never waits for or
 * buffers more than that.
 *
 * @param version the sender's {@code Protocol.VERSION}
 * @param role who sends it
 * @param nonce {@value #NONCE_BYTES} fresh random bytes
 * @param lastReceived the sequence number of the last control message the sender received, 0 for none
 */
public record ResumeHello(int version, PairingRole role, byte[] nonce, long lastReceived) {
    /** Bytes of the nonce. */
    public static final int NONCE_BYTES = 32;
    /** "TRES": tells a resume hello from anything else that might arrive. */
    private static final byte[] MAGIC = "TRES".getBytes(StandardCharsets.US_ASCII);
    /** Bytes on the wire: magic, version, role, nonce, last received. */
    public static final int BYTES = 4 + Integer.BYTES + 1 + NONCE_BYTES + Long.BYTES;

    public ResumeHello {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nonce, "nonce");
        if (nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("A resume nonce has " + NONCE_BYTES + " bytes");
        }
        if (lastReceived < 0) {
            throw new IllegalArgumentException("lastReceived must not be negative, got " + lastReceived);
        }
        nonce = nonce.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    /** The {@value #BYTES} bytes on the wire. */
    public byte[] encode() {
        return ByteBuffer.allocate(BYTES).put(MAGIC).putInt(version).put((byte) (role == PairingRole.TECHNICIAN ? 1 : 2))
                .put(nonce).putLong(lastReceived).array();
    }

    /**
     * Reads exactly {@value #BYTES} bytes.
     *
     * @throws ResumeException with a wrong length, magic or role, or a negative sequence number:
     *     never a runtime exception, whatever the bytes
     */
    public static ResumeHello decode(byte[] bytes) throws ResumeException {
        if (bytes.length != BYTES) {
            throw ResumeException.invalid("A resume hello has " + BYTES + " bytes, got " + bytes.length);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw ResumeException.invalid("Not a resume hello");
        }
        int version = in.getInt();
        PairingRole role = switch (in.get()) {
            case 1 -> PairingRole.TECHNICIAN;
            case 2 -> PairingRole.CUSTOMER;
            default -> throw ResumeException.invalid("A resume hello from an unknown role");
        };
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        long lastReceived = in.getLong();
        if (lastReceived < 0) {
            throw ResumeException.invalid("A resume hello with a negative sequence number");
        }
        return new ResumeHello(version, role, nonce, lastReceived);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResumeHello hello && version == hello.version && role == hello.role
                && Arrays.equals(nonce, hello.nonce) && lastReceived == hello.lastReceived;
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, role, Arrays.hashCode(nonce), lastReceived);
    }

    @Override
    public String toString() {
        return "ResumeHello[version=" + version + ", role=" + role + ", lastReceived=" + lastReceived + "]";
    }
}
