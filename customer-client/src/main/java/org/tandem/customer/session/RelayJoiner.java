package org.tandem.customer.session;

import java.io.IOException;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.ConnectAttempt;
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

    /**
     * As {@link #join(SessionCode)}, handing what it opens to {@code attempt}, so that the customer's
     * Cancel closes it at once (decision 0028). A joiner that cannot be stopped midway keeps this
     * default: the session still drops and closes what it returns after a Cancel.
     *
     * @throws org.tandem.shared.relay.client.ConnectCancelledException when {@code attempt} was cancelled
     */
    default RelayLink join(SessionCode code, ConnectAttempt attempt) throws IOException {
        return join(code);
    }
}
