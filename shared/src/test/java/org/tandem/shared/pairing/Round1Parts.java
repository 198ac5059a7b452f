package org.tandem.shared.pairing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKEParticipant;
import org.bouncycastle.crypto.agreement.ecjpake.ECJPAKERound1Payload;
import org.bouncycastle.util.BigIntegers;
import org.tandem.shared.message.Protocol;

/**
 * A round 1 payload taken apart into its fields, so a test can spoil one field and put it back
 * together in the wire layout of {@link JpakeMessages}. Lengths are written from the arrays, so a
 * field may be given any size.
 */
final class Round1Parts {
    int version = Protocol.VERSION;
    byte[] id;
    byte[] gx1;
    byte[] gx2;
    byte[] v1;
    byte[] r1;
    byte[] v2;
    byte[] r2;

    /** A genuine round 1 from a Bouncy Castle participant with this id and secret. */
    static Round1Parts genuine(String participantId, String secret) {
        ECJPAKERound1Payload payload = new ECJPAKEParticipant(participantId, secret.toCharArray()).createRound1PayloadToSend();
        Round1Parts parts = new Round1Parts();
        parts.id = participantId.getBytes(StandardCharsets.US_ASCII);
        parts.gx1 = payload.getGx1().getEncoded(true);
        parts.gx2 = payload.getGx2().getEncoded(true);
        parts.v1 = payload.getKnowledgeProofForX1().getV().getEncoded(true);
        parts.r1 = BigIntegers.asUnsignedByteArray(32, payload.getKnowledgeProofForX1().getr());
        parts.v2 = payload.getKnowledgeProofForX2().getV().getEncoded(true);
        parts.r2 = BigIntegers.asUnsignedByteArray(32, payload.getKnowledgeProofForX2().getr());
        return parts;
    }

    /** A genuine round 1 as the customer would send it. */
    static Round1Parts fromCustomer() {
        return genuine(PairingRole.CUSTOMER.participantId(), Handshakes.CODE.secret());
    }

    byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(version >>> 8);
        out.write(version);
        prefixed(out, id);
        prefixed(out, gx1);
        prefixed(out, gx2);
        prefixed(out, v1);
        out.writeBytes(r1);
        prefixed(out, v2);
        out.writeBytes(r2);
        return out.toByteArray();
    }

    /** The payload in a handshake frame of the given type. */
    byte[] frame(int type) {
        return frame(type, encode());
    }

    static byte[] frame(int type, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int length = payload.length + 1;
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        out.write(type);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static void prefixed(ByteArrayOutputStream out, byte[] field) {
        out.write(field.length);
        out.writeBytes(field);
    }
}
