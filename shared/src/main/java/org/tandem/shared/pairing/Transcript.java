package org.tandem.shared.pairing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What both sides agree was said during pairing, hashed with SHA-256: a domain label, the protocol
 * version, the nameplate, both participant ids, and every message's payload both ways in canonical
 * form, in the order they are sent (round 1, key share, round 2, round 3), technician's before
 * customer's. Each field is length-prefixed, so no two transcripts hash alike by shifting bytes
 * between fields.
 *
 * <p>The hash {@linkplain #hashThrough through round 2} covers every key share and salts the key
 * schedule, whose confirmation round 3 carries; the {@linkplain #hash() whole} hash is what the
 * technician later signs to prove who it is.
 */
final class Transcript {
    private static final String LABEL = "tandem pairing v2";

    /** The pairing messages in the order they are sent. */
    enum Message { ROUND_1, KEY_SHARE, ROUND_2, ROUND_3 }

    private final int protocolVersion;
    private final String nameplate;
    private final byte[][][] payloads = new byte[Message.values().length][PairingRole.values().length][];

    Transcript(int protocolVersion, String nameplate) {
        this.protocolVersion = protocolVersion;
        this.nameplate = nameplate;
    }

    /** Records one message's canonical payload from one sender. */
    void add(Message message, PairingRole sender, byte[] canonicalPayload) {
        byte[][] slots = payloads[message.ordinal()];
        if (slots[sender.ordinal()] != null) {
            throw new IllegalStateException(message + " of " + sender + " is already in the transcript");
        }
        slots[sender.ordinal()] = canonicalPayload.clone();
    }

    /** The SHA-256 of the whole transcript; every message must have been added both ways. */
    byte[] hash() {
        return hashThrough(Message.ROUND_3);
    }

    /** The SHA-256 of the transcript up to and including {@code last}, which must be complete both ways. */
    byte[] hashThrough(Message last) {
        MessageDigest digest = sha256();
        field(digest, LABEL.getBytes(StandardCharsets.US_ASCII));
        field(digest, ByteBuffer.allocate(4).putInt(protocolVersion).array());
        field(digest, nameplate.getBytes(StandardCharsets.US_ASCII));
        field(digest, PairingRole.TECHNICIAN.participantId().getBytes(StandardCharsets.US_ASCII));
        field(digest, PairingRole.CUSTOMER.participantId().getBytes(StandardCharsets.US_ASCII));
        for (Message message : Message.values()) {
            if (message.compareTo(last) > 0) {
                break;
            }
            for (PairingRole sender : new PairingRole[] {PairingRole.TECHNICIAN, PairingRole.CUSTOMER}) {
                byte[] payload = payloads[message.ordinal()][sender.ordinal()];
                if (payload == null) {
                    throw new IllegalStateException(message + " of " + sender + " is missing");
                }
                field(digest, payload);
            }
        }
        return digest.digest();
    }

    private static void field(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(4).putInt(value.length).array());
        digest.update(value);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
