package org.tandem.shared.pairing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKECurves;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKEParticipant;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.tandem.shared.pairing.Transcript.Message;

/**
 * Pairs the two endpoints over the raw pipe the relay provides: EC J-PAKE on P-256 keyed by the
 * session code's secret, a hybrid ML-KEM-768 + X25519 exchange alongside it, key confirmation for
 * both, then the key schedule over all three secrets. The relay sees every byte but learns nothing
 * that lets it test guesses of the secret offline; to try one guess it must run the handshake
 * against an endpoint, and a wrong guess fails key confirmation on both sides. A recording of the
 * pipe stays closed even to someone who later breaks elliptic curves, since the ML-KEM secret is in
 * every key.
 *
 * <p>Both sides send each flight at once and then read the peer's, so neither waits on the other:
 * flight 1 is round 1 (with the protocol version) and the key share, flight 2 is round 2 (with the
 * customer's ML-KEM ciphertext), flight 3 is round 3 (both key confirmations). Each message is one
 * frame {@code [u32 length][u8 type][payload]}; see {@link JpakeMessages} for the payloads. A key
 * share altered on the way fails the hybrid confirmation: the pairing ends, and never falls back
 * to keys from J-PAKE alone.
 *
 * <p>One handshake runs once. A failed pairing has spent its secret: the technician draws a new
 * code rather than letting anyone try again with the same one. {@link #run} blocks on the pipe, so
 * the caller bounds it with a read timeout or by closing the pipe.
 */
public final class PairingHandshake {
    static final String KEY_EXCHANGE_ALTERED = "Someone between the two computers tampered with the connection while"
            + " it was being set up, so it was stopped. Start again with a new code.";

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
        HybridKeyExchange hybrid = HybridKeyExchange.start(role, random);
        try {
            return run(in, out, self, hybrid);
        } finally {
            hybrid.destroy();
        }
    }

    private PairingResult run(InputStream in, OutputStream out, ECJPAKEParticipant self, HybridKeyExchange hybrid)
            throws IOException {
        Transcript transcript = new Transcript(protocolVersion, code.nameplate());
        PairingRole peer = role.peer();

        // Flight 1: J-PAKE round 1 (the version first, in the layout every version reads), key share.
        send(out, Message.ROUND_1, HandshakeFrames.ROUND_1, transcript,
                messages.encodeRound1(protocolVersion, self.createRound1PayloadToSend()));
        send(out, Message.KEY_SHARE, HandshakeFrames.KEY_SHARE, transcript, messages.encodeKeyShare(hybrid.share()));
        JpakeMessages.Round1 round1 = messages.decodeRound1(HandshakeFrames.read(in, HandshakeFrames.ROUND_1));
        requireVersion(round1.protocolVersion());
        requirePeer(round1.payload().getParticipantId());
        transcript.add(Message.ROUND_1, peer, messages.encodeRound1(round1.protocolVersion(), round1.payload()));
        verify(() -> self.validateRound1PayloadReceived(round1.payload()));
        JpakeMessages.KeyShare share = messages.decodeKeyShare(HandshakeFrames.read(in, HandshakeFrames.KEY_SHARE));
        transcript.add(Message.KEY_SHARE, peer, messages.encodeKeyShare(share));
        hybrid.acceptPeerShare(share);

        // Flight 2: J-PAKE round 2 with the customer's ML-KEM ciphertext.
        send(out, Message.ROUND_2, HandshakeFrames.ROUND_2, transcript, messages.encodeRound2(
                new JpakeMessages.Round2(self.createRound2PayloadToSend(), hybrid.encapsulation())));
        JpakeMessages.Round2 round2 = messages.decodeRound2(HandshakeFrames.read(in, HandshakeFrames.ROUND_2));
        requirePeer(round2.payload().getParticipantId());
        transcript.add(Message.ROUND_2, peer, messages.encodeRound2(round2));
        verify(() -> self.validateRound2PayloadReceived(round2.payload()));
        hybrid.acceptEncapsulation(round2.ciphertext());

        BigInteger keyingMaterial = self.calculateKeyingMaterial();
        KeySchedule keys = KeySchedule.derive(keyingMaterial, hybrid.mlKemSecret(), hybrid.x25519Secret(),
                transcript.hashThrough(Message.ROUND_2));

        // Flight 3: J-PAKE's key confirmation (the code) and the hybrid one (every share and the transcript).
        send(out, Message.ROUND_3, HandshakeFrames.ROUND_3, transcript, messages.encodeRound3(
                new JpakeMessages.Round3(self.createRound3PayloadToSend(keyingMaterial), keys.confirmation(role))));
        JpakeMessages.Round3 round3 = messages.decodeRound3(HandshakeFrames.read(in, HandshakeFrames.ROUND_3));
        requirePeer(round3.payload().getParticipantId());
        transcript.add(Message.ROUND_3, peer, messages.encodeRound3(round3));
        try {
            self.validateRound3PayloadReceived(round3.payload(), keyingMaterial);
        } catch (CryptoException e) {
            throw PairingException.mismatchedCode(e);
        }
        if (!MessageDigest.isEqual(keys.confirmation(peer), round3.confirmation())) {
            // The code matched, so the shares or the transcript differ: someone altered them on the way.
            // Never fall back to keys from J-PAKE alone.
            throw new PairingException(KEY_EXCHANGE_ALTERED);
        }

        return new PairingResult(keys.cipherFrom(peer), keys.cipherFrom(role), keys.checkString(), transcript.hash(),
                keys.resumeSecret());
    }

    private void send(OutputStream out, Message message, int frameType, Transcript transcript, byte[] payload)
            throws IOException {
        transcript.add(message, role, payload);
        HandshakeFrames.write(out, frameType, payload);
    }

    private void requireVersion(int theirs) throws PairingException {
        if (theirs != protocolVersion) {
            throw PairingException.otherVersion("The other side uses another version of Tandem (protocol " + theirs
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
