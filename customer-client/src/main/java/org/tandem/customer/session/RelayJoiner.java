package org.tandem.customer.session;

import java.io.IOException;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayLink;

/**
 * Reaches the relay and joins the technician waiting under a code. What it throws is for the app
 * log; {@link ConnectFailureWords#describe} turns it into words for the customer.
 */
@FunctionalInterface
public interface RelayJoiner {
    /**
     * @throws org.tandem.shared.relay.client.RelayRefusedException when the relay refuses the code:
     *     {@code in-use}, {@code unknown-nameplate} or {@code expired}
     * @throws IOException when the relay cannot be reached, does not answer in time, refuses the login
     *     or presents another host key than the one on record
     */
    RelayLink join(SessionCode code) throws IOException;
}
