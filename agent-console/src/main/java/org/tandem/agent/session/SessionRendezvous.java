package org.tandem.agent.session;

import java.io.IOException;
import java.time.Duration;
import org.tandem.shared.relay.client.RelayLink;

/** A session the relay holds open under a nameplate until the customer joins. */
public interface SessionRendezvous {

    String nameplate();

    /** Blocks until the customer has joined, then returns the pipe to them. */
    RelayLink awaitCustomer(Duration timeout) throws IOException;

    /** Gives the nameplate back; a waiting {@link #awaitCustomer} fails. */
    void cancel();

    /** Asks the relay for a new session. */
    @FunctionalInterface
    interface Factory {
        SessionRendezvous create() throws IOException;
    }
}
