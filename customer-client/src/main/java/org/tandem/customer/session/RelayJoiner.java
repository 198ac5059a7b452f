package org.tandem.customer.session;

import java.io.IOException;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayLink;

/** Reaches the relay and joins the technician waiting under a code. */
@FunctionalInterface
public interface RelayJoiner {
    RelayLink join(SessionCode code) throws IOException;
}
