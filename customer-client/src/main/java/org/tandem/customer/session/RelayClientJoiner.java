package org.tandem.customer.session;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.ConnectAttempt;
import org.tandem.shared.relay.client.ConnectCancelledException;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.relay.client.RelayLink;

/** Joins through a real relay: logs in as the guest user, then joins the code's nameplate; Cancel stops either step. */
public final class RelayClientJoiner implements RelayJoiner {
    private final RelayClient client;
    private final RelayAddress relay;
    private final Duration timeout;

    /** @param timeout how long each step (the login, the join) may wait for the relay */
    public RelayClientJoiner(RelayClient client, RelayAddress relay, Duration timeout) {
        this.client = Objects.requireNonNull(client, "client");
        this.relay = Objects.requireNonNull(relay, "relay");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public RelayLink join(SessionCode code) throws IOException {
        return join(code, new ConnectAttempt());
    }

    @Override
    public RelayLink join(SessionCode code, ConnectAttempt attempt) throws IOException {
        RelayConnection connection = client.connectAsCustomer(relay, timeout, attempt);
        try {
            return connection.join(code.nameplate(), timeout);
        } catch (IOException | RuntimeException e) {
            connection.close();
            if (attempt.isCancelled() && !(e instanceof ConnectCancelledException)) {
                throw new ConnectCancelledException(e); // the join failed because Cancel closed its connection
            }
            throw e;
        }
    }
}
