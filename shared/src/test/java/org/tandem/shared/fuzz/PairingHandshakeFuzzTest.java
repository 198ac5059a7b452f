package org.tandem.shared.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.pairing.PairingException;
import org.tandem.shared.pairing.PairingHandshake;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;

/**
 * Runs the customer's side of the pairing handshake against arbitrary bytes from "the technician",
 * as a hostile relay or a stranger who joined the nameplate could send them: the frames on the raw
 * pipe, their payloads, and the checks of every proof in them. A handshake that cannot go on must
 * end with a {@link PairingException}; anything else escaping is a finding, and so is a handshake
 * that completes, since nobody without the customer's fresh keys can finish it.
 *
 * <p>The seeds are what a real technician sent in a real pairing on {@link #CODE}, whole and cut
 * after each flight, so the fuzzer starts from frames that pass the framing and round 1's proofs.
 */
class PairingHandshakeFuzzTest {
    static final SessionCode CODE = new SessionCode("482", "193775");

    @FuzzTest(maxDuration = "5m")
    void pairsAsCustomer(byte[] fromTechnician) throws IOException {
        try {
            new PairingHandshake(PairingRole.CUSTOMER, CODE, Protocol.VERSION)
                    .run(new ByteArrayInputStream(fromTechnician), OutputStream.nullOutputStream());
        } catch (PairingException expected) {
            return; // the documented way for a pairing to fail
        }
        throw new AssertionError("The customer paired with bytes that no technician could have sent for its keys");
    }
}
