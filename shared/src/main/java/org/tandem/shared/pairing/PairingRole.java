package org.tandem.shared.pairing;

/**
 * Which end of the pairing handshake speaks. The two ends must use different participant ids: EC
 * J-PAKE's proofs are bound to the sender's id, so a message reflected back to its sender is refused
 * instead of being mistaken for the peer's.
 */
public enum PairingRole {
    /** The agent console, which drew the secret. */
    TECHNICIAN("tandem-technician"),
    /** The customer client, which was told the secret. */
    CUSTOMER("tandem-customer");

    private final String participantId;

    PairingRole(String participantId) {
        this.participantId = participantId;
    }

    /** The id this role signs its J-PAKE proofs with; fixed, so the peer knows which id to expect. */
    public String participantId() {
        return participantId;
    }

    /** The role on the other end. */
    public PairingRole peer() {
        return this == TECHNICIAN ? CUSTOMER : TECHNICIAN;
    }
}
