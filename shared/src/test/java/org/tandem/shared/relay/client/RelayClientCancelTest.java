package org.tandem.shared.relay.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.ssh.Ed25519Keys;
import org.tandem.shared.testing.SilentRelay;

/**
 * Giving up a connect to a relay whose address accepts TCP and never speaks SSH: the real client,
 * against a plain listener on loopback.
 */
class RelayClientCancelTest {
    /** Far longer than any test waits: only a cancel can end these connects in time. */
    private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration AT_ONCE = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    private SilentRelay relay;
    private RelayClient client;
    private final ExecutorService caller = Executors.newSingleThreadExecutor();

    @BeforeEach
    void start() throws Exception {
        relay = SilentRelay.start();
        client = RelayClient.start(dir.resolve("known_hosts"));
    }

    @AfterEach
    void stop() throws Exception {
        caller.shutdownNow();
        client.close();
        relay.close();
    }

    @Test
    void cancellingACustomersConnectClosesItsConnectionAtOnceAndALateAnswerFindsNobody() throws Exception {
        ConnectAttempt attempt = new ConnectAttempt();
        CompletableFuture<RelayConnection> connecting = connectInBackground(
                () -> client.connectAsCustomer(relay.address(), RELAY_TIMEOUT, attempt));
        Socket held = relay.awaitConnection(Duration.ofSeconds(10));

        assertTrue(attempt.cancel(), "the attempt was under way, so Cancel stops it");

        assertInstanceOf(ConnectCancelledException.class, failureWithin(connecting, AT_ONCE));
        assertTrue(SilentRelay.closedByClient(held, AT_ONCE), "the relay still holds the connection after Cancel");
        SilentRelay.answerLate(held);
        assertEquals(List.of(), SilentRelay.threadsIn(RelayClient.class, "connect"), "a connect still runs");
        assertEquals(false, attempt.cancel(), "a second Cancel has nothing left to stop");
    }

    @Test
    void cancellingATechniciansConnectClosesItsConnectionAtOnce() throws Exception {
        ConnectAttempt attempt = new ConnectAttempt();
        CompletableFuture<RelayConnection> connecting = connectInBackground(() -> client.connectAsTechnician(
                relay.address(), "dana", Ed25519Keys.generate(), RELAY_TIMEOUT, attempt));
        Socket held = relay.awaitConnection(Duration.ofSeconds(10));

        attempt.cancel();

        assertInstanceOf(ConnectCancelledException.class, failureWithin(connecting, AT_ONCE));
        assertTrue(SilentRelay.closedByClient(held, AT_ONCE), "the relay still holds the connection after Cancel");
    }

    @Test
    void anAttemptCancelledBeforeItStartsOpensNothing() throws Exception {
        ConnectAttempt attempt = new ConnectAttempt();
        attempt.cancel();

        assertTimeoutPreemptively(AT_ONCE, () -> assertThrows(ConnectCancelledException.class,
                () -> client.connectAsCustomer(relay.address(), RELAY_TIMEOUT, attempt)));
    }

    @FunctionalInterface
    private interface Connect {
        RelayConnection run() throws Exception;
    }

    private CompletableFuture<RelayConnection> connectInBackground(Connect connect) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return connect.run();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, caller);
    }

    /** What the connect failed with, which it must within {@code limit}. */
    private static Throwable failureWithin(CompletableFuture<RelayConnection> connecting, Duration limit)
            throws InterruptedException {
        try {
            RelayConnection connection = connecting.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            connection.close();
            throw new AssertionError("the connect succeeded against a relay that never spoke");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("the connect still waited " + limit.toMillis() + " ms after Cancel");
        }
    }
}
