package org.tandem.shared.pairing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What both sides agree was said during pairing, hashed with SHA-256: a domain label, the protocol
 * version, the nameplate, both participant ids, and every round's payload both ways in canonical
 * form, technician's before customer's. Each field is length-prefixed, so no two transcripts hash
 * alike by shifting bytes between fields. The hash salts the key schedule, and is what the
 * technician later signs to prove who it is.
 */
final class Transcript {
    private static final String LABEL = "tandem pairing v1";
    private static final int ROUNDS = 3;

    private final int protocolVersion;
    private final String nameplate;
    private final byte[][][] payloads = new byte[ROUNDS][PairingRole.values().length][];

    Transcript(int protocolVersion, String nameplate) {
        this.protocolVersion = protocolVersion;
        this.nameplate = nameplate;
    }

    /** Records one round's canonical payload from one sender. */
    void add(int round, PairingRole sender, byte[] canonicalPayload) {
        byte[][] slots = payloads[round - 1];
        if (slots[sender.ordinal()] != null) {
            throw new IllegalStateException("Round " + round + " of " + sender + " is already in the transcript");
        }
        slots[sender.ordinal()] = canonicalPayload.clone();
    }

    /** The SHA-256 of the whole transcript; every round must have been added both ways. */
    byte[] hash() {
        MessageDigest digest = sha256();
        field(digest, LABEL.getBytes(StandardCharsets.US_ASCII));
        field(digest, ByteBuffer.allocate(4).putInt(protocolVersion).array());
        field(digest, nameplate.getBytes(StandardCharsets.US_ASCII));
        field(digest, PairingRole.TECHNICIAN.participantId().getBytes(StandardCharsets.US_ASCII));
        field(digest, PairingRole.CUSTOMER.participantId().getBytes(StandardCharsets.US_ASCII));
        for (int round = 0; round < ROUNDS; round++) {
            for (PairingRole sender : new PairingRole[] {PairingRole.TECHNICIAN, PairingRole.CUSTOMER}) {
                byte[] payload = payloads[round][sender.ordinal()];
                if (payload == null) {
                    throw new IllegalStateException("Round " + (round + 1) + " of " + sender + " is missing");
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
