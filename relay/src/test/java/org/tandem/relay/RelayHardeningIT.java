package org.tandem.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.tandem.relay.LoopbackRelay.TIMEOUT;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.util.buffer.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.RelayMessageCodec;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.relay.client.RelayLink;

/**
 * The relay's refusals, each asserted on the relay's side where the client cannot tell: one
 * channel and one role per connection, no second ssh-userauth, deadlines no client extends, rate
 * limits against sweeps and floods, and bad input. Real OpenSSH clients where OpenSSH can say it;
 * a hand-driven SSHD client for what OpenSSH never sends.
 */
class RelayHardeningIT {
    private static Path ssh;

    @TempDir
    Path dir;

    private final RelayMessageCodec codec = new RelayMessageCodec();
    private LoopbackRelay relay;

    @BeforeAll
    static void findOpenSsh() {
        ssh = SshProcess.findSsh().orElse(null);
        if (ssh == null) {
            String why = "The OpenSSH client (ssh) is not installed; install openssh-client to run these tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    @BeforeEach
    void startRelay() throws IOException {
        relay = LoopbackRelay.start(dir);
    }

    /** A relay whose deadlines are seconds, for the tests that wait for them. */
    private void restartWithShortDeadlines() throws IOException {
        relay.close();
        relay = LoopbackRelay.start(dir, settings -> settings.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3)));
    }

    @AfterEach
    void stopRelay() {
        relay.close();
    }

    @Test
    void aSecondChannelOnOneConnectionIsRefusedAndTheFirstCarriesOn() throws Exception {
        Path control = dir.resolve("cm");
        try (SshProcess master = SshProcess.start(command("customer", "-M", "-S", control.toString(), "-N"))) {
            awaitFile(control, master);
            try (SshProcess first = SshProcess.start(command("customer", "-S", control.toString(), "-s", "tandem"))) {
                first.writeLine("{\"type\":\"join\",\"nameplate\":\"1234567890\"}");
                assertEquals(RelayMessage.Error.UNKNOWN_NAMEPLATE, errorCode(first.readLine(TIMEOUT)));
                SshProcess second = SshProcess.start(command("customer", "-S", control.toString(), "-s", "tandem"));
                second.stdin().close();

                second.waitForExit(TIMEOUT);
                assertTrue(second.stderr().contains("Session open refused"), "the second channel is refused: " + second.stderr());
                second.close();
                assertEquals(1L, refusals("second-channel"));

                first.writeLine("{\"type\":\"join\",\"nameplate\":\"1234567891\"}");
                assertEquals(RelayMessage.Error.UNKNOWN_NAMEPLATE, errorCode(first.readLine(TIMEOUT)),
                        "the connection and its first channel carry on");
            }
        }
    }

    @Test
    void aTechnicianConnectionCreatesOneNameplateOnly() throws Exception {
        relay.addTechnician("alice");
        try (SshProcess technician = SshProcess.start(command("alice", "-i", relay.technicianKeyFile("alice").toString(),
                "-s", "tandem"))) {
            technician.writeLine("{\"type\":\"create\"}");
            String nameplate = assertInstanceOf(RelayMessage.Created.class, decode(technician.readLine(TIMEOUT))).nameplate();

            technician.writeLine("{\"type\":\"create\"}");

            assertEquals(RelayMessage.Error.BAD_REQUEST, errorCode(technician.readLine(TIMEOUT)));
            assertEquals(-1, technician.readByte(TIMEOUT));
            assertEquals(0, relay.server().rendezvous().waitingNameplates(), "and the first one is withdrawn: " + nameplate);
        }
    }

    @Test
    void aConnectionThatTriedAnotherUserCannotBecomeTheGuest() throws Exception {
        try (SshClient client = rawClient(); ClientSession session = connect(client, "technician")) {
            session.auth().await(TIMEOUT);
            assertFalse(session.isAuthenticated());

            Buffer request = session.createBuffer(SshConstants.SSH_MSG_USERAUTH_REQUEST);
            request.putString("customer");
            request.putString("ssh-connection");
            request.putString("none");
            session.writePacket(request);

            assertClosed(session);
            assertEquals(1L, refusals("login-failed"));
        }
    }

    @Test
    void askingForSshUserauthAgainEndsTheConnectionAndCountsAsAFailedLogin() throws Exception {
        try (SshClient client = rawClient(); ClientSession session = connect(client, "technician")) {
            session.auth().await(TIMEOUT);

            Buffer request = session.createBuffer(SshConstants.SSH_MSG_SERVICE_REQUEST);
            request.putString("ssh-userauth");
            session.writePacket(request);

            assertClosed(session);
            assertEquals(1L, refusals("login-failed"));
        }
    }

    @Test
    void aConnectionThatNeverLogsInIsClosedAtTheAuthTimeoutWhateverItSends() throws Exception {
        restartWithShortDeadlines();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), relay.port())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write("SSH-2.0-Silent\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            long start = System.nanoTime();
            while (in.read() >= 0) {
                // the relay's banner and key exchange offer; then nothing until it closes
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertTrue(seconds < 10, "closed after " + seconds + " s");
        }
    }

    @Test
    void aGuestThatLogsInButNeverJoinsIsClosedAtThePairingTimeout() throws Exception {
        restartWithShortDeadlines();
        try (SshProcess silent = SshProcess.start(command("customer", "-s", "tandem"))) {
            long start = System.nanoTime();
            assertEquals(-1, silent.readByte(TIMEOUT));
            assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 10);
            assertEquals(1L, refusals("pairing-timeout"));
        }
    }

    @Test
    void oneAddressHoldingManySilentConnectionsDoesNotStopAPairingFromAnother() throws Exception {
        relay.addTechnician("alice");
        List<Socket> flood = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Socket socket = new Socket();
                socket.bind(new InetSocketAddress("127.0.0.3", 0));
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), relay.port()));
                flood.add(socket);
            }
            int held = relay.server().openConnections();
            assertTrue(held <= RelayLimits().unauthenticatedPerAddress() + 1, held + " connections held");

            try (SshProcess technician = SshProcess.start(command("alice", "-b", "127.0.0.2", "-i",
                    relay.technicianKeyFile("alice").toString(), "-s", "tandem"));
                    SshProcess customer = SshProcess.start(command("customer", "-b", "127.0.0.2", "-s", "tandem"))) {
                technician.writeLine("{\"type\":\"create\"}");
                String nameplate = assertInstanceOf(RelayMessage.Created.class, decode(technician.readLine(TIMEOUT))).nameplate();
                customer.writeLine("{\"type\":\"join\",\"nameplate\":\"" + nameplate + "\"}");
                assertInstanceOf(RelayMessage.Paired.class, decode(customer.readLine(TIMEOUT)));
                assertInstanceOf(RelayMessage.Paired.class, decode(technician.readLine(TIMEOUT)));
            }
            var counts = relay.server().admission().refusals().counts();
            long refused = counts.getOrDefault("too-many-unauthenticated", 0L) + counts.getOrDefault("rate-limited-connection", 0L);
            assertTrue(refused >= 200 - RelayLimits().unauthenticatedPerAddress(), counts.toString());
        } finally {
            for (Socket socket : flood) {
                socket.close();
            }
        }
    }

    @Test
    void aSweeperClaimsNoWaitingSessionIsThrottledAndTheRealCustomerStillPairs() throws Exception {
        var alice = relay.addTechnician("alice");
        try (RelayClient client = RelayClient.start(dir.resolve("known_relays"));
                RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT)) {
            String nameplate = technician.create(TIMEOUT);
            var waiting = java.util.concurrent.Executors.newSingleThreadExecutor().submit(() -> technician.awaitPaired(TIMEOUT));
            int answers = 0;
            boolean throttled = false;
            for (int connection = 0; connection < 4 && !throttled; connection++) {
                try (SshProcess sweeper = SshProcess.start(command("customer", "-b", "127.0.0.2", "-s", "tandem"))) {
                    for (int i = 0; i < 20; i++) {
                        String guess = String.format("%010d", 1_000_000_000L + connection * 100L + i);
                        String line;
                        try {
                            sweeper.writeLine("{\"type\":\"join\",\"nameplate\":\"" + guess + "\"}");
                            line = sweeper.readLine(TIMEOUT);
                        } catch (IOException | AssertionError ended) {
                            break; // the relay ended this connection
                        }
                        RelayMessage reply = decode(line);
                        assertFalse(reply instanceof RelayMessage.Paired, "the sweeper never pairs");
                        answers++;
                        RelayMessage.Error error = assertInstanceOf(RelayMessage.Error.class, reply);
                        if (RelayMessage.Error.NOT_ALLOWED.equals(error.code())) {
                            break; // too many misses on one channel: the relay ends it
                        }
                        if (RelayMessage.Error.RATE_LIMITED.equals(error.code())) {
                            assertNotNull(error.retryAfterSeconds());
                            assertTrue(error.retryAfterSeconds() >= 60, error.toString());
                            throttled = true;
                            break;
                        }
                    }
                }
            }
            assertTrue(throttled, "throttled after " + answers + " answers");
            assertTrue(answers <= 8, answers + " guesses answered before the throttle");

            try (RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT)) {
                RelayLink link = customer.join(nameplate, TIMEOUT);
                assertTrue(link.isOpen());
                assertTrue(waiting.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).isOpen());
            }
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("an over-long line", ("{\"type\":\"join\",\"nameplate\":\"" + "1".repeat(5000) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("invalid JSON", "{\"type\":\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("an unknown type", "{\"type\":\"frobnicate\"}\n".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("binary garbage", new byte[] {0, (byte) 0xff, (byte) 0xfe, 7, 13, '\n'}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputGetsTheDocumentedErrorAndTheRelayServesOthers(String what, byte[] input) throws Exception {
        try (SshProcess customer = SshProcess.start(command("customer", "-s", "tandem"))) {
            customer.stdin().write(input);
            customer.stdin().flush();

            RelayMessage.Error error = assertInstanceOf(RelayMessage.Error.class, decode(customer.readLine(TIMEOUT)));
            assertEquals(RelayMessage.Error.BAD_REQUEST, error.code());
            assertFalse(error.message().contains("jackson") || error.message().contains("Exception"), error.message());
            assertEquals(-1, customer.readByte(TIMEOUT));
        }
        try (SshProcess other = SshProcess.start(command("customer", "-s", "tandem"))) {
            other.writeLine("{\"type\":\"join\",\"nameplate\":\"1234567890\"}");
            assertEquals(RelayMessage.Error.UNKNOWN_NAMEPLATE, errorCode(other.readLine(TIMEOUT)));
        }
    }

    private static org.tandem.relay.limit.RelayLimits RelayLimits() {
        return org.tandem.relay.limit.RelayLimits.defaults();
    }

    private long refusals(String reason) throws Exception {
        return eventually(() -> relay.server().admission().refusals().counts().getOrDefault(reason, 0L), n -> n > 0);
    }

    private static <T> T eventually(Callable<T> value, java.util.function.Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        T last = value.call();
        while (!done.test(last) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20); // polled with a deadline: the relay's counters signal nothing
            last = value.call();
        }
        return last;
    }

    private static void awaitFile(Path file, SshProcess process) throws Exception {
        if (!eventually(() -> Files.exists(file), Boolean::booleanValue)) {
            fail("ssh's control socket never appeared: " + process.stderr());
        }
    }

    private static void assertClosed(ClientSession session) {
        java.util.Set<ClientSession.ClientSessionEvent> reached =
                session.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), TIMEOUT);
        assertTrue(reached.contains(ClientSession.ClientSessionEvent.CLOSED), "the relay ended the connection: " + reached);
        assertFalse(session.isAuthenticated());
    }

    private SshClient rawClient() {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, remote, key) -> true);
        client.start();
        return client;
    }

    private ClientSession connect(SshClient client, String user) throws IOException {
        return client.connect(user, "127.0.0.1", relay.port()).verify(TIMEOUT).getSession();
    }

    private RelayMessage decode(String line) throws IOException {
        return codec.decode(line.getBytes(StandardCharsets.UTF_8));
    }

    private String errorCode(String line) throws IOException {
        return assertInstanceOf(RelayMessage.Error.class, decode(line)).code();
    }

    private List<String> command(String user, String... options) {
        List<String> command = SshProcess.baseCommand(ssh, relay.port());
        command.addAll(List.of("-o", "BatchMode=yes"));
        List<String> opts = new ArrayList<>(List.of(options));
        String subsystem = null;
        if (opts.size() >= 2 && opts.get(opts.size() - 2).equals("-s")) {
            subsystem = opts.remove(opts.size() - 1);
        }
        command.addAll(opts);
        command.add(user + "@127.0.0.1");
        if (subsystem != null) {
            command.add(subsystem);
        }
        return command;
    }
}
