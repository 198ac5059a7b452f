package org.tandem.shared.pairing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKECurves;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKEParticipant;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKERound2Payload;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKERound3Payload;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * Pairs the two endpoints over the raw pipe the relay provides: EC J-PAKE on P-256 keyed by the
 * session code's secret, with key confirmation, then the key schedule. The relay sees every byte
 * but learns nothing that lets it test guesses of the secret offline; to try one guess it must run
 * the handshake against an endpoint, and a wrong guess fails key confirmation on both sides.
 *
 * <p>Both sides send each round at once and then read the peer's, so neither waits on the other:
 * round 1 (with the protocol version), round 2, round 3 (key confirmation). Each message is one
 * frame {@code [u32 length][u8 type][payload]}; see {@link JpakeMessages} for the payloads.
 *
 * <p>One handshake runs once. A failed pairing has spent its secret: the technician draws a new
 * code rather than letting anyone try again with the same one. {@link #run} blocks on the pipe, so
 * the caller bounds it with a read timeout or by closing the pipe.
 */
public final class PairingHandshake {
    private final PairingRole role;
    private final SessionCode code;
    private final int protocolVersion;
    private final SecureRandom random;
    private final JpakeMessages messages = new JpakeMessages();
    private final AtomicBoolean started = new AtomicBoolean();

    public PairingHandshake(PairingRole role, SessionCode code, int protocolVersion) {
        this(role, code, protocolVersion, new SecureRandom());
    }

    public PairingHandshake(PairingRole role, SessionCode code, int protocolVersion, SecureRandom random) {
        this.role = Objects.requireNonNull(role, "role");
        this.code = Objects.requireNonNull(code, "code");
        this.random = Objects.requireNonNull(random, "random");
        if (protocolVersion < 1 || protocolVersion > 0xFFFF) {
            throw new IllegalArgumentException("Protocol version out of range: " + protocolVersion);
        }
        this.protocolVersion = protocolVersion;
    }

    /**
     * Runs the handshake to the end.
     *
     * @throws PairingException when the peer breaks the handshake or the codes differ
     *     ({@link PairingException#codeMismatch()})
     * @throws IOException when the pipe itself fails
     * @throws IllegalStateException when this handshake has already run
     */
    public PairingResult run(InputStream in, OutputStream out) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("A pairing handshake runs once; draw a new code to pair again");
        }
        char[] password = code.secret().toCharArray();
        ECJPAKEParticipant self = new ECJPAKEParticipant(
                role.participantId(), password, ECJPAKECurves.NIST_P256, SHA256Digest.newInstance(), random);
        Arrays.fill(password, '\0');
        Transcript transcript = new Transcript(protocolVersion, code.nameplate());
        PairingRole peer = role.peer();

        send(out, HandshakeFrames.ROUND_1, transcript,
                messages.encodeRound1(protocolVersion, self.createRound1PayloadToSend()));
        JpakeMessages.Round1 round1 = messages.decodeRound1(HandshakeFrames.read(in, HandshakeFrames.ROUND_1));
        requireVersion(round1.protocolVersion());
        requirePeer(round1.payload().getParticipantId());
        transcript.add(1, peer, messages.encodeRound1(round1.protocolVersion(), round1.payload()));
        verify(() -> self.validateRound1PayloadReceived(round1.payload()));

        send(out, HandshakeFrames.ROUND_2, transcript, messages.encodeRound2(self.createRound2PayloadToSend()));
        ECJPAKERound2Payload round2 = messages.decodeRound2(HandshakeFrames.read(in, HandshakeFrames.ROUND_2));
        requirePeer(round2.getParticipantId());
        transcript.add(2, peer, messages.encodeRound2(round2));
        verify(() -> self.validateRound2PayloadReceived(round2));

        BigInteger keyingMaterial = self.calculateKeyingMaterial();
        send(out, HandshakeFrames.ROUND_3, transcript,
                messages.encodeRound3(self.createRound3PayloadToSend(keyingMaterial)));
        ECJPAKERound3Payload round3 = messages.decodeRound3(HandshakeFrames.read(in, HandshakeFrames.ROUND_3));
        requirePeer(round3.getParticipantId());
        transcript.add(3, peer, messages.encodeRound3(round3));
        try {
            self.validateRound3PayloadReceived(round3, keyingMaterial);
        } catch (CryptoException e) {
            throw PairingException.mismatchedCode(e);
        }

        byte[] transcriptHash = transcript.hash();
        KeySchedule keys = KeySchedule.derive(keyingMaterial, transcriptHash);
        return new PairingResult(keys.cipherFrom(peer), keys.cipherFrom(role), keys.checkString(), transcriptHash);
    }

    private void send(OutputStream out, int round, Transcript transcript, byte[] payload) throws IOException {
        transcript.add(round, role, payload);
        HandshakeFrames.write(out, round, payload);
    }

    private void requireVersion(int theirs) throws PairingException {
        if (theirs != protocolVersion) {
            throw new PairingException("The other side uses another version of Tandem (protocol " + theirs
                    + ", this is " + protocolVersion + "); please update Tandem on both computers");
        }
    }

    private void requirePeer(String participantId) throws PairingException {
        if (participantId.equals(role.participantId())) {
            throw new PairingException("This side's own pairing message came back: someone is reflecting it");
        }
        if (!participantId.equals(role.peer().participantId())) {
            throw new PairingException("Pairing message from an unexpected participant");
        }
    }

    private static void verify(Check check) throws PairingException {
        try {
            check.run();
        } catch (CryptoException e) {
            throw new PairingException("The other side's pairing message did not verify: " + e.getMessage(), e);
        }
    }

    /** One of Bouncy Castle's validation steps. */
    @FunctionalInterface
    private interface Check {
        void run() throws CryptoException;
    }
}
