package org.tandem.shared.session.resume;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.ResumeSecret;
import org.tandem.shared.wire.AesGcmRecordCipher;
import org.tandem.shared.wire.RecordCipher;

/**
 * Proves, end to end, that the other side of a resumed pipe holds this session's resume secret,
 * and keys the records anew (decision 0013). Each side sends a {@link ResumeHello} with a fresh
 * nonce, then a proof: HMAC-SHA256 under a key from the resume secret over a label, the sender's
 * role and both hellos (the technician's first). The relay never holds the secret, so it can
 * neither forge a proof nor replay an old one: every proof covers the receiver's fresh nonce.
 * The new record keys come from the secret with both nonces as salt, so no two resumes share keys.
 *
 * <p>Any mismatch (wrong proof, wrong version, a hello from the wrong role or reflected back)
 * refuses with a {@link ResumeException}; nothing falls back to weaker checks.
 */
public final class ResumeHandshake {
    /** Bytes of a proof (HMAC-SHA256). */
    public static final int PROOF_BYTES = 32;
    private static final String PREFIX = "tandem resume v1 ";

    private final PairingRole role;
    private final ResumeSecret secret;
    private final int protocolVersion;
    private final SecureRandom random;

    public ResumeHandshake(PairingRole role, ResumeSecret secret, int protocolVersion, SecureRandom random) {
        this.role = Objects.requireNonNull(role, "role");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.protocolVersion = protocolVersion;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** What a finished handshake yields. */
    public record Resumed(RecordCipher inbound, RecordCipher outbound, long peerLastReceived) {}

    /**
     * Runs the handshake; the caller bounds its time by closing the pipe.
     *
     * @param lastReceived the sequence number of the last control message this side received
     * @throws ResumeException when the other side cannot prove it holds the secret, or speaks another version
     * @throws IOException when the pipe fails or ends
     */
    public Resumed run(InputStream in, OutputStream out, long lastReceived) throws IOException {
        byte[] nonce = new byte[ResumeHello.NONCE_BYTES];
        random.nextBytes(nonce);
        ResumeHello mine = new ResumeHello(protocolVersion, role, nonce, lastReceived);
        out.write(mine.encode());
        out.flush();

        ResumeHello theirs = ResumeHello.decode(readExactly(in, ResumeHello.BYTES));
        if (theirs.version() != protocolVersion) {
            throw ResumeException.versionMismatch(theirs.version(), protocolVersion);
        }
        if (theirs.role() != role.peer()) {
            throw ResumeException.invalid("The resume hello came from the wrong side: it was reflected or forged");
        }
        if (MessageDigest.isEqual(theirs.nonce(), nonce)) {
            throw ResumeException.invalid("This side's own resume nonce came back");
        }
        ResumeHello technician = role == PairingRole.TECHNICIAN ? mine : theirs;
        ResumeHello customer = role == PairingRole.TECHNICIAN ? theirs : mine;
        byte[] secretBytes = secret.secret();
        try {
            out.write(proof(secretBytes, role, technician, customer));
            out.flush();
            byte[] expected = proof(secretBytes, role.peer(), technician, customer);
            if (!MessageDigest.isEqual(expected, readExactly(in, PROOF_BYTES))) {
                throw ResumeException.invalid("The other side could not prove it holds this session's resume secret");
            }
            byte[] salt = concat(technician.nonce(), customer.nonce());
            return new Resumed(cipherFrom(secretBytes, salt, role.peer()), cipherFrom(secretBytes, salt, role),
                    theirs.lastReceived());
        } finally {
            Arrays.fill(secretBytes, (byte) 0);
        }
    }

    static byte[] proof(byte[] secret, PairingRole sender, ResumeHello technician, ResumeHello customer) {
        byte[] key = expand(secret, null, "proof key", 32);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((PREFIX + "proof from " + name(sender)).getBytes(StandardCharsets.US_ASCII));
            mac.update(technician.encode());
            mac.update(customer.encode());
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no HMAC-SHA256", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The records {@code sender} sends after this resume: their own key and nonce base, their own label. */
    static RecordCipher cipherFrom(byte[] secret, byte[] salt, PairingRole sender) {
        String direction = name(sender) + " to " + name(sender.peer());
        byte[] key = expand(secret, salt, "key " + direction, AesGcmRecordCipher.KEY_BYTES);
        byte[] nonceBase = expand(secret, salt, "nonce " + direction, AesGcmRecordCipher.NONCE_BYTES);
        try {
            return new AesGcmRecordCipher(key, nonceBase, PREFIX + direction);
        } finally {
            Arrays.fill(key, (byte) 0);
            Arrays.fill(nonceBase, (byte) 0);
        }
    }

    private static byte[] expand(byte[] secret, byte[] salt, String label, int length) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(SHA256Digest.newInstance());
        hkdf.init(new HKDFParameters(secret, salt, (PREFIX + label).getBytes(StandardCharsets.US_ASCII)));
        byte[] out = new byte[length];
        hkdf.generateBytes(out, 0, length);
        return out;
    }

    private static byte[] readExactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("The pipe ended during the resume handshake");
        }
        return bytes;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
    }

    private static String name(PairingRole role) {
        return role == PairingRole.TECHNICIAN ? "technician" : "customer";
    }
}
