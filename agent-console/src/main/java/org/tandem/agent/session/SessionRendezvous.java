package org.tandem.agent.session;

import java.io.IOException;
import java.time.Duration;
import org.tandem.shared.relay.client.ConnectAttempt;
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

        /**
         * As {@link #create()}, handing what it opens to {@code attempt}, so that the technician's Cancel
         * closes it at once (decision 0028). A factory that cannot be stopped midway keeps this default:
         * the session still gives back what it returns after a Cancel.
         *
         * @throws org.tandem.shared.relay.client.ConnectCancelledException when {@code attempt} was cancelled
         */
        default SessionRendezvous create(ConnectAttempt attempt) throws IOException {
            return create();
        }
    }
}
