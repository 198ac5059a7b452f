package org.tandem.shared.relay.client;

/**
 * The relay burned the nameplate a technician waits under: three joins with a wrong code were
 * tried against it, so nobody can join it any more. The session code is spent; the console asks
 * for a new one at once. The message is plain and fit to show.
 */
public final class RelayCodeBurnedException extends RelayRefusedException {
    public RelayCodeBurnedException(String message) {
        super(BURNED, message);
    }

    /** The relay's code for a burned nameplate, as in {@code RelayMessage.Error.BURNED}. */
    public static final String BURNED = "burned";
}
