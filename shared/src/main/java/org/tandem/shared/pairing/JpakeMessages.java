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
 * The binary form of the three EC J-PAKE payloads on P-256 (big-endian):
 *
 * <pre>
 * round 1: u16 protocolVersion | id | point gx1 | point gx2 | proof x1 | proof x2
 * round 2: id | point A | proof x2s
 * round 3: id | macTag (32 bytes, two's complement)
 *
 * id:     u8 length (1..64) | printable ASCII
 * point:  u8 length | SEC1 encoding: 33 bytes compressed (02/03) or 65 uncompressed (04)
 * proof:  point V | r (32 bytes, unsigned, below the group order)
 * </pre>
 *
 * Encoding always writes compressed points, so that {@code encode(decode(bytes))} is the canonical
 * form that the transcript hashes, whichever form the peer sent. Decoding checks every length, that
 * every point lies on P-256 and is not the point at infinity, and that nothing trails; anything else
 * is a {@link PairingException} and never another exception type. Proofs and key confirmation are
 * then checked by Bouncy Castle.
 */
public final class JpakeMessages {
    /**
     * Largest payload any round may have: what fits a 4 KiB handshake frame. Generous, as round 1
     * (the largest) is about 300 bytes.
     */
    public static final int MAX_PAYLOAD = 4095;
    /** Longest participant id accepted. */
    static final int MAX_ID_BYTES = 64;

    private static final int SCALAR_BYTES = 32;
    private static final ECJPAKECurve CURVE = ECJPAKECurves.NIST_P256;

    /** A decoded round 1 payload and the protocol version its sender speaks. */
    public record Round1(int protocolVersion, ECJPAKERound1Payload payload) {
        public Round1 {
            Objects.requireNonNull(payload, "payload");
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

    public byte[] encodeRound2(ECJPAKERound2Payload payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(200);
        writeId(out, payload.getParticipantId());
        writePoint(out, payload.getA());
        writeProof(out, payload.getKnowledgeProofForX2s());
        return out.toByteArray();
    }

    public byte[] encodeRound3(ECJPAKERound3Payload payload) {
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

    public ECJPAKERound2Payload decodeRound2(byte[] bytes) throws PairingException {
        Reader in = new Reader(bytes, "round 2");
        String id = in.id();
        ECPoint a = in.point();
        ECSchnorrZKP proof = in.proof();
        in.finish();
        return new ECJPAKERound2Payload(id, a, proof);
    }

    public ECJPAKERound3Payload decodeRound3(byte[] bytes) throws PairingException {
        Reader in = new Reader(bytes, "round 3");
        String id = in.id();
        BigInteger tag = new BigInteger(in.bytes(SCALAR_BYTES));
        in.finish();
        return new ECJPAKERound3Payload(id, tag);
    }

    private static void writeId(ByteArrayOutputStream out, String id) {
        byte[] bytes = id.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < 1 || bytes.length > MAX_ID_BYTES) {
            throw new IllegalArgumentException("Participant id must be 1 to " + MAX_ID_BYTES + " bytes");
        }
        out.write(bytes.length);
        out.write(bytes, 0, bytes.length);
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
