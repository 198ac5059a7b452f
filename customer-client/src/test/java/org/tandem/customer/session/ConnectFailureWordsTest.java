package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.pairing.PairingException;
import org.tandem.shared.pairing.PairingHandshake;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.RelayProtocolException;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayHostKeyChangedException;
import org.tandem.shared.relay.client.RelayLoginRefusedException;
import org.tandem.shared.relay.client.RelayRefusedException;
import org.tandem.shared.session.SessionPairing;
import org.tandem.shared.testing.SocketLinks;

class ConnectFailureWordsTest {
    /** Text that only an exception carries: it must never reach the customer. */
    private static final String RAW = "sun.nio.ch.RAW-DETAIL at 127.0.0.1:4022";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void aCodeInUseThatThisComputerJoinedBeforeIsSpent() {
        RelayRefusedException inUse = new RelayRefusedException(RelayMessage.Error.IN_USE, RAW);
        assertEquals(ConnectFailureWords.SPENT, ConnectFailureWords.describe(inUse, true));
        assertEquals(ConnectFailureWords.IN_USE, ConnectFailureWords.describe(inUse, false));
        assertEquals(ConnectFailureWords.EXPIRED, ConnectFailureWords.describe(
                new RelayRefusedException(RelayMessage.Error.EXPIRED, RAW), true));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new RelayRefusedException(RelayMessage.Error.IN_USE, RAW), ConnectFailureWords.IN_USE),
                Arguments.of(new RelayRefusedException(RelayMessage.Error.BURNED, RAW), ConnectFailureWords.BURNED),
                Arguments.of(new RelayRefusedException(RelayMessage.Error.CLOSING, RAW), ConnectFailureWords.CLOSING),
                Arguments.of(new RelayRefusedException(RelayMessage.Error.RATE_LIMITED, RAW, Duration.ofSeconds(240)),
                        "There were too many tries from this computer. Wait 4 minutes, then try the code again."),
                Arguments.of(new RelayRefusedException(RelayMessage.Error.RATE_LIMITED, RAW, Duration.ofSeconds(20)),
                        "There were too many tries from this computer. Wait 20 seconds, then try the code again."),
                Arguments.of(new RelayRefusedException(RelayMessage.Error.UNKNOWN_NAMEPLATE, RAW),
                        ConnectFailureWords.NO_SUCH_CODE),
                Arguments.of(new RelayRefusedException(RelayMessage.Error.EXPIRED, RAW), ConnectFailureWords.EXPIRED),
                Arguments.of(new RelayRefusedException(RelayMessage.Error.NOT_ALLOWED, RAW), ConnectFailureWords.REFUSED),
                Arguments.of(new RelayRefusedException(RelayMessage.Error.BAD_REQUEST, RAW), ConnectFailureWords.REFUSED),
                Arguments.of(new RelayRefusedException("a-code-from-a-newer-relay", RAW), ConnectFailureWords.REFUSED),
                Arguments.of(new PairingException(RAW), ConnectFailureWords.NOT_SECURE),
                Arguments.of(new IOException(RAW, new PairingException(RAW)), ConnectFailureWords.NOT_SECURE),
                Arguments.of(new RelayHostKeyChangedException(RAW), ConnectFailureWords.HOST_KEY_CHANGED),
                Arguments.of(new RelayLoginRefusedException(RAW, new IOException(RAW)), ConnectFailureWords.LOGIN_REFUSED),
                Arguments.of(new SocketTimeoutException(RAW), ConnectFailureWords.TIMED_OUT),
                Arguments.of(new TimeoutException(RAW), ConnectFailureWords.TIMED_OUT),
                Arguments.of(new ConnectException(RAW), ConnectFailureWords.UNREACHABLE),
                Arguments.of(new IOException(RAW, new ConnectException(RAW)), ConnectFailureWords.UNREACHABLE),
                Arguments.of(new UnknownHostException(RAW), ConnectFailureWords.UNREACHABLE),
                Arguments.of(new NoRouteToHostException(RAW), ConnectFailureWords.UNREACHABLE),
                Arguments.of(new IOException(RAW, new UnresolvedAddressException()), ConnectFailureWords.UNREACHABLE),
                Arguments.of(new RelayProtocolException(RAW), ConnectFailureWords.NOT_UNDERSTOOD),
                Arguments.of(new IOException(RAW), ConnectFailureWords.OTHER),
                Arguments.of(new IllegalStateException(RAW), ConnectFailureWords.OTHER),
                Arguments.of(new NullPointerException(), ConnectFailureWords.OTHER),
                Arguments.of(null, ConnectFailureWords.OTHER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void eachFailureHasItsOwnPlainWords(Throwable failure, String expected) {
        String words = ConnectFailureWords.describe(failure);

        assertEquals(expected, words);
        assertFalse(words.contains("RAW-DETAIL"), words);
        assertFalse(words.contains("Exception"), words);
    }

    @Test
    void inUseAndNoSuchCodeReadDifferently() {
        assertEquals("This code is already in use. Ask your technician for a new code.",
                ConnectFailureWords.describe(new RelayRefusedException(RelayMessage.Error.IN_USE, RAW)));
        assertEquals("No session has this code. Check the code with your technician, or ask them for a new one.",
                ConnectFailureWords.describe(new RelayRefusedException(RelayMessage.Error.UNKNOWN_NAMEPLATE, RAW)));
    }

    @Test
    void aCauseChainThatLoopsStillGetsAnAnswer() {
        IOException first = new IOException(RAW);
        IOException second = new IOException(RAW, first);
        first.initCause(second);

        assertEquals(ConnectFailureWords.OTHER, ConnectFailureWords.describe(first));
    }

    @Test
    void aRelayNobodyListensOnIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (RelayClient client = RelayClient.start(dir.resolve("known-relays"))) {
            IOException failure = assertThrows(IOException.class,
                    () -> client.connectAsCustomer(new RelayAddress("127.0.0.1", closedPort), WAIT));

            assertEquals(ConnectFailureWords.UNREACHABLE, ConnectFailureWords.describe(failure));
        }
    }

    @Test
    void aRelayThatNeverAnswersTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                RelayClient client = RelayClient.start(dir.resolve("known-relays"))) {
            IOException failure = assertThrows(IOException.class, () -> client.connectAsCustomer(
                    new RelayAddress("127.0.0.1", silent.getLocalPort()), Duration.ofMillis(500)));

            assertEquals(ConnectFailureWords.TIMED_OUT, ConnectFailureWords.describe(failure));
        }
    }

    @Test
    void aWrongSecretSaysTheCodeDidNotMatch() throws Exception {
        SocketLinks.Pair links = SocketLinks.open();
        CompletableFuture<Void> technician = CompletableFuture.runAsync(() -> {
            try {
                SessionPairing.pair(links.second(), PairingRole.TECHNICIAN, SessionCode.parse("482-193 775"), WAIT);
            } catch (IOException expected) {
                // the technician's side fails too; only the customer's words are under test
            }
        });

        PairingException failure = assertThrows(PairingException.class, () -> SessionPairing.pair(links.first(),
                PairingRole.CUSTOMER, SessionCode.parse("482-193 776"), WAIT));

        assertTrue(failure.codeMismatch());
        assertEquals(ConnectFailureWords.CODE_MISMATCH, ConnectFailureWords.describe(failure));
        technician.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void aTechnicianOfAnotherVersionSaysToUpdateTandem() throws Exception {
        SocketLinks.Pair links = SocketLinks.open();
        SessionCode code = SessionCode.parse("482-193 775");
        CompletableFuture<Void> technician = CompletableFuture.runAsync(() -> {
            try {
                new PairingHandshake(PairingRole.TECHNICIAN, code, Protocol.VERSION + 1)
                        .run(links.second().input(), links.second().output());
            } catch (IOException expected) {
                // the technician's side fails too; only the customer's words are under test
            }
        });

        PairingException failure = assertThrows(PairingException.class, () -> new PairingHandshake(
                PairingRole.CUSTOMER, code, Protocol.VERSION).run(links.first().input(), links.first().output()));

        assertEquals(ConnectFailureWords.OTHER_VERSION, ConnectFailureWords.describe(failure));
        technician.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}
