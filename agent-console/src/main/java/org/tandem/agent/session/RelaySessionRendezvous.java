package org.tandem.agent.session;

import java.io.IOException;
import java.security.KeyPair;
import java.time.Duration;
import org.tandem.shared.relay.client.ConnectAttempt;
import org.tandem.shared.relay.client.ConnectCancelledException;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.session.resume.SessionResumer;

/** A session reserved at a real relay over SSH, logged in with the technician's key. */
public final class RelaySessionRendezvous implements SessionRendezvous {
    private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(15);

    private final RelayConnection connection;
    private final String nameplate;

    private RelaySessionRendezvous(RelayConnection connection, String nameplate) {
        this.connection = connection;
        this.nameplate = nameplate;
    }

    /**
     * A factory that logs in to {@code relay} as {@code user} with {@code key} for each new session;
     * Cancel stops the login or the request for a code at once.
     */
    public static Factory factory(RelayClient client, RelayAddress relay, String user, KeyPair key) {
        return new Factory() {
            @Override
            public SessionRendezvous create() throws IOException {
                return create(new ConnectAttempt());
            }

            @Override
            public SessionRendezvous create(ConnectAttempt attempt) throws IOException {
                RelayConnection connection = client.connectAsTechnician(relay, user, key, RELAY_TIMEOUT, attempt);
                try {
                    return new RelaySessionRendezvous(connection, connection.create(RELAY_TIMEOUT));
                } catch (IOException | RuntimeException e) {
                    connection.close();
                    if (attempt.isCancelled() && !(e instanceof ConnectCancelledException)) {
                        throw new ConnectCancelledException(e); // Cancel closed the connection under the request
                    }
                    throw e;
                }
            }
        };
    }

    /**
     * Reconnects a session whose connection dropped: logs in to {@code relay} again with {@code key}
     * and asks to resume by the session's token (decision 0013).
     */
    public static SessionResumer.Reconnector reconnector(RelayClient client, RelayAddress relay, String user,
            KeyPair key) {
        return (token, timeout) -> {
            RelayConnection connection = client.connectAsTechnician(relay, user, key, timeout);
            try {
                return connection.resume(token, timeout);
            } catch (IOException | RuntimeException e) {
                connection.close();
                throw e;
            }
        };
    }

    @Override
    public String nameplate() {
        return nameplate;
    }

    @Override
    public RelayLink awaitCustomer(Duration timeout) throws IOException {
        return connection.awaitPaired(timeout);
    }

    @Override
    public void cancel() {
        connection.close();
    }
}
