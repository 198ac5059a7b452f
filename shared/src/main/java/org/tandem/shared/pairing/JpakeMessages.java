package org.tandem.shared.pairing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKECurve;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKECurves;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKERound1Payload;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKERound2Payload;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKERound3Payload;
import org.bouncycastle.crypto.agreement.ecjpake.ECSchnorrZKP;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * The binary form of the pairing messages (big-endian): the three EC J-PAKE payloads on P-256, and
 * the hybrid key exchange's shares that ride with them ({@link HybridKeyExchange}):
 *
 * <pre>
 * round 1:   u16 protocolVersion | id | point gx1 | point gx2 | proof x1 | proof x2
 * key share: x25519 (32 bytes) | u16 length | ML-KEM-768 encapsulation key (1184 bytes, or 0)
 * round 2:   id | point A | proof x2s | u16 length | ML-KEM-768 ciphertext (1088 bytes, or 0)
 * round 3:   id | macTag (32 bytes, two's complement) | confirmation (32 bytes)
 *
 * id:     u8 length (1..64) | printable ASCII
 * point:  u8 length | SEC1 encoding: 33 bytes compressed (02/03) or 65 uncompressed (04)
 * proof:  point V | r (32 bytes, unsigned, below the group order)
 * </pre>
 *
 * Round 1 keeps the layout of protocol version 1, so that an endpoint of any version can read the
 * peer's version and refuse it by name before anything newer arrives. Only the technician sends an
 * encapsulation key and only the customer a ciphertext; the decoder accepts either length and
 * {@link HybridKeyExchange} enforces who sends what.
 *
 * <p>Encoding always writes compressed points, so that {@code encode(decode(bytes))} is the
 * canonical form that the transcript hashes, whichever form the peer sent. Decoding checks every
 * length, that every point lies on P-256 and is not the point at infinity, and that nothing trails;
 * anything else is a {@link PairingException} and never another exception type. Proofs and key
 * confirmation are then checked by Bouncy Castle, and the hybrid confirmation by the handshake.
 */
public final class JpakeMessages {
    /**
     * Largest payload any pairing message may have: what fits a 4 KiB handshake frame. Generous, as
     * the largest (the technician's key share and the customer's round 2) are about 1.2 KiB.
     */
    public static final int MAX_PAYLOAD = 4095;
    /** Longest participant id accepted. */
    static final int MAX_ID_BYTES = 64;

    private static final int SCALAR_BYTES = 32;
    private static final ECJPAKECurve CURVE = ECJPAKECurves.NIST_P256;

    /** Size of the hybrid key confirmation in round 3. */
    public static final int CONFIRMATION_BYTES = 32;

    /** A decoded round 1 payload and the protocol version its sender speaks. */
    public record Round1(int protocolVersion, ECJPAKERound1Payload payload) {
        public Round1 {
            Objects.requireNonNull(payload, "payload");
        }
    }

    /**
     * One side's hybrid key share, sent right after round 1: its X25519 public key and, from the
     * technician only, an ML-KEM-768 encapsulation key (empty from the customer).
     */
    public record KeyShare(byte[] x25519PublicKey, byte[] encapsulationKey) {
        public KeyShare {
            if (x25519PublicKey.length != HybridKeyExchange.X25519_BYTES) {
                throw new IllegalArgumentException("An X25519 public key has " + HybridKeyExchange.X25519_BYTES + " bytes");
            }
            if (encapsulationKey.length != 0 && encapsulationKey.length != HybridKeyExchange.ENCAPSULATION_KEY_BYTES) {
                throw new IllegalArgumentException("An ML-KEM-768 encapsulation key has "
                        + HybridKeyExchange.ENCAPSULATION_KEY_BYTES + " bytes");
            }
            x25519PublicKey = x25519PublicKey.clone();
            encapsulationKey = encapsulationKey.clone();
        }

        @Override
        public byte[] x25519PublicKey() {
            return x25519PublicKey.clone();
        }

        @Override
        public byte[] encapsulationKey() {
            return encapsulationKey.clone();
        }
    }

    /** A decoded round 2: the J-PAKE payload and the ML-KEM ciphertext (empty from the technician). */
    public record Round2(ECJPAKERound2Payload payload, byte[] ciphertext) {
        public Round2 {
            Objects.requireNonNull(payload, "payload");
            if (ciphertext.length != 0 && ciphertext.length != HybridKeyExchange.CIPHERTEXT_BYTES) {
                throw new IllegalArgumentException("An ML-KEM-768 ciphertext has " + HybridKeyExchange.CIPHERTEXT_BYTES + " bytes");
            }
            ciphertext = ciphertext.clone();
        }

        @Override
        public byte[] ciphertext() {
            return ciphertext.clone();
        }
    }

    /** A decoded round 3: J-PAKE's key confirmation and the hybrid key confirmation. */
    public record Round3(ECJPAKERound3Payload payload, byte[] confirmation) {
        public Round3 {
            Objects.requireNonNull(payload, "payload");
            if (confirmation.length != CONFIRMATION_BYTES) {
                throw new IllegalArgumentException("A key confirmation has " + CONFIRMATION_BYTES + " bytes");
            }
            confirmation = confirmation.clone();
        }

        @Override
        public byte[] confirmation() {
            return confirmation.clone();
        }
    }

    public byte[] encodeRound1(int protocolVersion, ECJPAKERound1Payload payload) {
        if (protocolVersion < 1 || protocolVersion > 0xFFFF) {
            throw new IllegalArgumentException("Protocol version out of range: " + protocolVersion);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(400);
        out.write(protocolVersion >>> 8);
        out.write(protocolVersion);
        writeId(out, payload.getParticipantId());
        writePoint(out, payload.getGx1());
        writePoint(out, payload.getGx2());
        writeProof(out, payload.getKnowledgeProofForX1());
        writeProof(out, payload.getKnowledgeProofForX2());
        return out.toByteArray();
    }

    public byte[] encodeKeyShare(KeyShare share) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(40 + HybridKeyExchange.ENCAPSULATION_KEY_BYTES);
        out.writeBytes(share.x25519PublicKey());
        writeU16Prefixed(out, share.encapsulationKey());
        return out.toByteArray();
    }

    public byte[] encodeRound2(Round2 round2) {
        ECJPAKERound2Payload payload = round2.payload();
        ByteArrayOutputStream out = new ByteArrayOutputStream(200 + HybridKeyExchange.CIPHERTEXT_BYTES);
        writeId(out, payload.getParticipantId());
        writePoint(out, payload.getA());
        writeProof(out, payload.getKnowledgeProofForX2s());
        writeU16Prefixed(out, round2.ciphertext());
        return out.toByteArray();
    }

    public byte[] encodeRound3(Round3 round3) {
        ECJPAKERound3Payload payload = round3.payload();
        ByteArrayOutputStream out = new ByteArrayOutputStream(100);
        writeId(out, payload.getParticipantId());
        byte[] tag = payload.getMacTag().toByteArray();
        if (tag.length > SCALAR_BYTES) {
            throw new IllegalArgumentException("MAC tag longer than " + SCALAR_BYTES + " bytes");
        }
        // Sign-extend to a fixed width so the form is canonical.
        byte pad = (byte) (payload.getMacTag().signum() < 0 ? 0xFF : 0x00);
        for (int i = tag.length; i < SCALAR_BYTES; i++) {
            out.write(pad);
        }
        out.write(tag, 0, tag.length);
        out.writeBytes(round3.confirmation());
        return out.toByteArray();
    }

    public Round1 decodeRound1(byte[] bytes) throws PairingException {
        Reader in = new Reader(bytes, "round 1");
        int version = in.u16();
        if (version < 1) {
            throw new PairingException("Pairing message names protocol version 0");
        }
        String id = in.id();
        ECPoint gx1 = in.point();
        ECPoint gx2 = in.point();
        ECSchnorrZKP proof1 = in.proof();
        ECSchnorrZKP proof2 = in.proof();
        in.finish();
        return new Round1(version, new ECJPAKERound1Payload(id, gx1, gx2, proof1, proof2));
    }

    public KeyShare decodeKeyShare(byte[] bytes) throws PairingException {
        Reader in = new Reader(bytes, "key share");
        byte[] x25519 = in.bytes(HybridKeyExchange.X25519_BYTES);
        byte[] encapsulationKey = in.u16Prefixed(HybridKeyExchange.ENCAPSULATION_KEY_BYTES, "an ML-KEM-768 key");
        in.finish();
        return new KeyShare(x25519, encapsulationKey);
    }

    public Round2 decodeRound2(byte[] bytes) throws PairingException {
        Reader in = new Reader(bytes, "round 2");
        String id = in.id();
        ECPoint a = in.point();
        ECSchnorrZKP proof = in.proof();
        byte[] ciphertext = in.u16Prefixed(HybridKeyExchange.CIPHERTEXT_BYTES, "an ML-KEM-768 ciphertext");
        in.finish();
        return new Round2(new ECJPAKERound2Payload(id, a, proof), ciphertext);
    }

    public Round3 decodeRound3(byte[] bytes) throws PairingException {
        Reader in = new Reader(bytes, "round 3");
        String id = in.id();
        BigInteger tag = new BigInteger(in.bytes(SCALAR_BYTES));
        byte[] confirmation = in.bytes(CONFIRMATION_BYTES);
        in.finish();
        return new Round3(new ECJPAKERound3Payload(id, tag), confirmation);
    }

    private static void writeId(ByteArrayOutputStream out, String id) {
        byte[] bytes = id.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < 1 || bytes.length > MAX_ID_BYTES) {
            throw new IllegalArgumentException("Participant id must be 1 to " + MAX_ID_BYTES + " bytes");
        }
        out.write(bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    private static void writeU16Prefixed(ByteArrayOutputStream out, byte[] field) {
        out.write(field.length >>> 8);
        out.write(field.length);
        out.writeBytes(field);
    }

    private static void writePoint(ByteArrayOutputStream out, ECPoint point) {
        byte[] encoded = point.getEncoded(true);
        out.write(encoded.length);
        out.write(encoded, 0, encoded.length);
    }

    private static void writeProof(ByteArrayOutputStream out, ECSchnorrZKP proof) {
        writePoint(out, proof.getV());
        byte[] r = BigIntegers.asUnsignedByteArray(SCALAR_BYTES, proof.getr());
        out.write(r, 0, r.length);
    }

    /** Reads one payload strictly; every way of running short or off the rules is a PairingException. */
    private static final class Reader {
        private final byte[] bytes;
        private final String what;
        private int position;

        Reader(byte[] bytes, String what) throws PairingException {
            if (bytes == null || bytes.length > MAX_PAYLOAD) {
                throw new PairingException("Pairing " + what + " message is too large");
            }
            this.bytes = bytes;
            this.what = what;
        }

        int u8() throws PairingException {
            need(1);
            return bytes[position++] & 0xFF;
        }

        int u16() throws PairingException {
            return (u8() << 8) | u8();
        }

        byte[] bytes(int count) throws PairingException {
            need(count);
            byte[] out = Arrays.copyOfRange(bytes, position, position + count);
            position += count;
            return out;
        }

        /** A u16-length field that is either empty or exactly {@code size} bytes. */
        byte[] u16Prefixed(int size, String name) throws PairingException {
            int length = u16();
            if (length != 0 && length != size) {
                throw malformed(name + " of " + length + " bytes instead of " + size);
            }
            return bytes(length);
        }

        String id() throws PairingException {
            int length = u8();
            if (length < 1 || length > MAX_ID_BYTES) {
                throw malformed("a participant id of " + length + " bytes");
            }
            byte[] raw = bytes(length);
            for (byte b : raw) {
                if (b < 0x21 || b > 0x7E) {
                    throw malformed("a participant id that is not printable ASCII");
                }
            }
            return new String(raw, StandardCharsets.US_ASCII);
        }

        ECPoint point() throws PairingException {
            int length = u8();
            byte[] encoded = bytes(length);
            boolean compressed = length == 33 && (encoded[0] == 0x02 || encoded[0] == 0x03);
            boolean uncompressed = length == 65 && encoded[0] == 0x04;
            if (!compressed && !uncompressed) {
                throw malformed("a point that is not a SEC1 P-256 encoding");
            }
            ECPoint point;
            try {
                // decodePoint checks that the point satisfies the curve equation.
                point = CURVE.getCurve().decodePoint(encoded);
            } catch (RuntimeException e) {
                throw new PairingException("Pairing " + what + " message has a point that is not on P-256", e);
            }
            if (point.isInfinity() || !point.isValid()) {
                throw malformed("an invalid point");
            }
            return point;
        }

        ECSchnorrZKP proof() throws PairingException {
            ECPoint v = point();
            BigInteger r = new BigInteger(1, bytes(SCALAR_BYTES));
            if (r.compareTo(CURVE.getN()) >= 0) {
                throw malformed("a proof scalar outside the group");
            }
            return SchnorrProofs.of(v, r);
        }

        void finish() throws PairingException {
            if (position != bytes.length) {
                throw malformed((bytes.length - position) + " unexpected trailing bytes");
            }
        }

        private void need(int count) throws PairingException {
            if (bytes.length - position < count) {
                throw new PairingException("Pairing " + what + " message is cut short");
            }
        }

        private PairingException malformed(String detail) {
            return new PairingException("Pairing " + what + " message has " + detail);
        }
    }
}
