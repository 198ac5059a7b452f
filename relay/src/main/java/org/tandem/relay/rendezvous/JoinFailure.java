package org.tandem.relay.rendezvous;

import org.tandem.shared.relay.RelayMessage;

/**
 * What a customer hears when a join did not pair it: the outcome written to the audit log, the
 * error sent back, and whether the try counts against the customer's network.
 */
record JoinFailure(String outcome, String code, String message, boolean countsAsMiss) {

    private static final String UNKNOWN = "No technician is waiting under that code. Check the code with your"
            + " technician.";

    /** The failure for a join that did not pair; a {@code Joined} result means the owner left meanwhile. */
    static JoinFailure of(JoinResult<?> result) {
        if (result instanceof JoinResult.Joined<?>) {
            return new JoinFailure("technician-left", RelayMessage.Error.UNKNOWN_NAMEPLATE, "The technician waiting under"
                    + " that code has just left. Ask for a new code.", false);
        }
        if (result instanceof JoinResult.WrongCheck<?> wrong) {
            return new JoinFailure("wrong-code-" + wrong.failures(), RelayMessage.Error.UNKNOWN_NAMEPLATE, UNKNOWN, true);
        }
        if (result instanceof JoinResult.Burned<?>) {
            return new JoinFailure("burned", RelayMessage.Error.UNKNOWN_NAMEPLATE, UNKNOWN, true);
        }
        if (result instanceof JoinResult.WasBurned<?>) {
            return new JoinFailure("was-burned", RelayMessage.Error.BURNED, "The session code was blocked after too many"
                    + " wrong tries. Ask your technician for a new one.", false);
        }
        if (result instanceof JoinResult.InUse<?>) {
            return new JoinFailure("in-use", RelayMessage.Error.IN_USE, "That session code is already in use. Ask your"
                    + " technician for a new one.", false);
        }
        if (result instanceof JoinResult.Expired<?>) {
            return new JoinFailure("expired", RelayMessage.Error.EXPIRED, "That session code has expired. Ask your"
                    + " technician for a new one.", false);
        }
        return new JoinFailure("unknown", RelayMessage.Error.UNKNOWN_NAMEPLATE, UNKNOWN, true);
    }
}
