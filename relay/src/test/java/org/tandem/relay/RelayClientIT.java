package org.tandem.relay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.relay.LoopbackRelay.TIMEOUT;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayCodeBurnedException;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.relay.client.RelayHostKeyChangedException;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.relay.client.RelayLoginRefusedException;
import org.tandem.shared.relay.client.RelayRefusedException;
import org.tandem.shared.ssh.Ed25519Keys;

/** The relay client against a real relay on loopback. */
class RelayClientIT {
    private static final int FIVE_MIB = 5 * 1024 * 1024;

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private LoopbackRelay relay;
    private RelayClient client;

    @BeforeEach
    void startRelayAndClient() throws IOException {
        relay = LoopbackRelay.start(dir);
        client = RelayClient.start(dir.resolve("client/known_relays"));
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        client.close();
        relay.close();
    }

    @Test
    void technicianAndCustomerArePairedAndBytesCrossBothWaysUnchanged() throws Exception {
        Pair pair = pair("alice");
        byte[] toCustomer = randomBytes(FIVE_MIB, 1);
        byte[] toTechnician = randomBytes(FIVE_MIB, 2);

        Future<?> technicianWrites = threads.submit(() -> writeAndFinish(pair.technician(), toCustomer));
        Future<?> customerWrites = threads.submit(() -> writeAndFinish(pair.customer(), toTechnician));
        Future<byte[]> customerReads = threads.submit(() -> pair.customer().input().readAllBytes());
        Future<byte[]> technicianReads = threads.submit(() -> pair.technician().input().readAllBytes());

        await(technicianWrites);
        await(customerWrites);
        assertArrayEquals(toCustomer, await(customerReads));
        assertArrayEquals(toTechnician, await(technicianReads));
        pair.close();
    }

    @Test
    void aReceiverThatDoesNotReadHoldsTheSenderBack() throws Exception {
        Pair pair = pair("alice");
        byte[] data = randomBytes(4 * FIVE_MIB, 3);

        Future<?> technicianWrites = threads.submit(() -> writeAndFinish(pair.technician(), data));

        assertThrows(TimeoutException.class, () -> technicianWrites.get(2, TimeUnit.SECONDS),
                "with nobody reading, the SSH windows fill up and the writer waits");
        Future<byte[]> customerReads = threads.submit(() -> pair.customer().input().readAllBytes());
        await(technicianWrites);
        pair.customer().output().close();
        assertArrayEquals(data, await(customerReads));
        pair.close();
    }

    @Test
    void closingOneSideEndsTheOtherSidesInputAfterTheLastBytes() throws Exception {
        Pair pair = pair("alice");

        pair.technician().output().write("last words".getBytes(StandardCharsets.UTF_8));
        pair.technician().output().flush();
        pair.technician().close();

        byte[] received = await(threads.submit(() -> pair.customer().input().readAllBytes()));
        assertEquals("last words", new String(received, StandardCharsets.UTF_8));
        assertEquals(-1, await(threads.submit(() -> pair.customer().input().read())));
        assertFalse(pair.technician().isOpen());
        pair.customer().close();
    }

    @Test
    void whenTheCustomerLeavesTheTechniciansInputEnds() throws Exception {
        Pair pair = pair("alice");

        pair.customer().close();

        assertEquals(-1, await(threads.submit(() -> pair.technician().input().read())));
        pair.technician().close();
    }

    @Test
    void aNameplateThatWasJoinedAlreadyIsInUseNotUnknown() throws Exception {
        KeyPair alice = relay.addTechnician("alice");
        try (RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT);
                RelayConnection first = client.connectAsCustomer(relay.address(), TIMEOUT);
                RelayConnection second = client.connectAsCustomer(relay.address(), TIMEOUT)) {
            String nameplate = technician.create(TIMEOUT);
            Future<RelayLink> technicianLink = threads.submit(() -> technician.awaitPaired(TIMEOUT));
            assertTrue(first.join(nameplate, TIMEOUT).isOpen());
            assertTrue(await(technicianLink).isOpen());

            RelayRefusedException inUse = assertThrows(RelayRefusedException.class, () -> second.join(nameplate, TIMEOUT));
            assertEquals(RelayMessage.Error.IN_USE, inUse.code());
            RelayRefusedException unknown = assertThrows(RelayRefusedException.class, () -> second.join("999999", TIMEOUT));
            assertEquals(RelayMessage.Error.UNKNOWN_NAMEPLATE, unknown.code(), "the connection stayed open for another try");

            technician.close();
            first.close();
            RelayRefusedException afterTheSession = assertThrows(RelayRefusedException.class,
                    () -> second.join(nameplate, TIMEOUT));
            assertEquals(RelayMessage.Error.IN_USE, afterTheSession.code(), "a used code is not handed out again");
        }
    }

    @Test
    void anUnknownNameplateIsRefusedAndTheCustomerMayTryAgain() throws Exception {
        KeyPair alice = relay.addTechnician("alice");
        try (RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT);
                RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT)) {
            RelayRefusedException refused = assertThrows(RelayRefusedException.class,
                    () -> customer.join("999999", TIMEOUT));
            assertEquals(RelayMessage.Error.UNKNOWN_NAMEPLATE, refused.code());
            assertTrue(refused.getMessage().contains("Check the code"), refused.getMessage());

            String nameplate = technician.create(TIMEOUT);
            Future<RelayLink> technicianLink = threads.submit(() -> technician.awaitPaired(TIMEOUT));
            RelayLink customerLink = customer.join(nameplate, TIMEOUT);

            assertTrue(customerLink.isOpen());
            assertTrue(await(technicianLink).isOpen());
        }
    }

    @Test
    void threeJoinsWithAWrongSecondPartBurnTheNameplateAndTellTheTechnician() throws Exception {
        KeyPair alice = relay.addTechnician("alice");
        try (RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT);
                RelayConnection stranger = client.connectAsCustomer(relay.address(), TIMEOUT);
                RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT)) {
            String nameplate = technician.create(TIMEOUT);
            assertTrue(nameplate.matches("[1-9][0-9]{9}"), nameplate);
            Future<RelayLink> technicianLink = threads.submit(() -> technician.awaitPaired(TIMEOUT));

            for (int i = 1; i <= 3; i++) {
                String guess = nameplate.substring(0, 5) + String.format("%05d", (Integer.parseInt(nameplate.substring(5)) + i) % 100_000);
                RelayRefusedException wrong = assertThrows(RelayRefusedException.class, () -> stranger.join(guess, TIMEOUT));
                assertEquals(RelayMessage.Error.UNKNOWN_NAMEPLATE, wrong.code(), "a stranger learns nothing from a near miss");
            }

            ExecutionException told = assertThrows(ExecutionException.class, () -> await(technicianLink));
            RelayCodeBurnedException burned = assertInstanceOf(RelayCodeBurnedException.class, told.getCause());
            assertTrue(burned.getMessage().contains("Create a new session"), burned.getMessage());
            RelayRefusedException late = assertThrows(RelayRefusedException.class, () -> customer.join(nameplate, TIMEOUT));
            assertEquals(RelayMessage.Error.BURNED, late.code());
        }
    }

    @Test
    void aCustomerCannotCreateASession() throws Exception {
        try (RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT)) {
            RelayRefusedException refused = assertThrows(RelayRefusedException.class, () -> customer.create(TIMEOUT));

            assertEquals(RelayMessage.Error.NOT_ALLOWED, refused.code());
        }
    }

    @Test
    void aTechnicianCannotJoinASession() throws Exception {
        KeyPair alice = relay.addTechnician("alice");
        try (RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT)) {
            RelayRefusedException refused = assertThrows(RelayRefusedException.class,
                    () -> technician.join("123", TIMEOUT));

            assertEquals(RelayMessage.Error.NOT_ALLOWED, refused.code());
        }
    }

    @Test
    void aTechnicianKeyThatIsNotListedIsRefusedAtLogin() throws IOException {
        relay.addTechnician("alice");
        KeyPair stranger = Ed25519Keys.generate();

        RelayLoginRefusedException refused = assertThrows(RelayLoginRefusedException.class,
                () -> client.connectAsTechnician(relay.address(), "mallory", stranger, TIMEOUT));

        assertTrue(refused.getMessage().contains("did not accept the technician key "
                + Ed25519Keys.fingerprint(stranger.getPublic())), refused.getMessage());
    }

    @Test
    void aTechnicianAddedWhileTheRelayRunsCanLogInAtOnce() throws Exception {
        KeyPair bob = Ed25519Keys.generate();
        assertThrows(IOException.class, () -> client.connectAsTechnician(relay.address(), "bob", bob, TIMEOUT));

        Files.writeString(dir.resolve("relay").resolve(RelaySettings.TECHNICIANS_FILE),
                Ed25519Keys.authorizedKeysLine(bob.getPublic(), "bob") + "\n");

        try (RelayConnection technician = client.connectAsTechnician(relay.address(), "bob", bob, TIMEOUT)) {
            assertTrue(technician.create(TIMEOUT).matches("[1-9][0-9]{2,}"));
        }
    }

    @Test
    void waitingForACustomerCanTimeOutAndBeResumed() throws Exception {
        KeyPair alice = relay.addTechnician("alice");
        try (RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT);
                RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT)) {
            String nameplate = technician.create(TIMEOUT);

            SocketTimeoutException timeout = assertThrows(SocketTimeoutException.class,
                    () -> technician.awaitPaired(Duration.ofMillis(300)));
            assertEquals("No customer joined within 300 ms", timeout.getMessage());

            Future<RelayLink> customerLink = threads.submit(() -> customer.join(nameplate, TIMEOUT));
            RelayLink technicianLink = technician.awaitPaired(TIMEOUT);
            assertTrue(technicianLink.isOpen());
            assertTrue(await(customerLink).isOpen());
        }
    }

    @Test
    void theSshKeepaliveRestsOnceTheLinksOwnHeartbeatsTakeOver() throws Exception {
        KeyPair alice = relay.addTechnician("alice");
        try (CountingTcpProxy wire = CountingTcpProxy.to(relay.port());
                RelayConnection technician = client.connectAsTechnician(new RelayAddress("127.0.0.1", wire.port()),
                        "alice", alice, TIMEOUT);
                RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT)) {
            String nameplate = technician.create(TIMEOUT);
            long waiting = wire.bytesToTarget();
            awaitBytes(wire, waiting, "a technician waiting for a customer keeps the connection alive");

            Future<RelayLink> customerLink = threads.submit(() -> customer.join(nameplate, TIMEOUT));
            RelayLink technicianLink = technician.awaitPaired(TIMEOUT);
            await(customerLink);
            long linked = wire.bytesToTarget();
            awaitBytes(wire, linked, "a linked side still keeps the connection alive until its own heartbeats run");

            technicianLink.heartbeatsTakeOver();
            Thread.sleep(250); // a keepalive written just before crosses loopback meanwhile
            long resting = wire.bytesToTarget();
            Thread.sleep(KEEPALIVE_EVERY.multipliedBy(2).plusMillis(500).toMillis()); // two keepalives' time

            assertEquals(resting, wire.bytesToTarget(), "nothing on the wire from a side whose heartbeats took over");
            assertTrue(technicianLink.isOpen());
        }
    }

    /** How often the relay client's SSH keepalive goes while nothing is linked. */
    private static final Duration KEEPALIVE_EVERY = Duration.ofSeconds(2);

    private static void awaitBytes(CountingTcpProxy wire, long above, String what) throws InterruptedException {
        long deadline = System.nanoTime() + KEEPALIVE_EVERY.multipliedBy(3).toNanos();
        while (wire.bytesToTarget() <= above) {
            assertTrue(System.nanoTime() < deadline, "Nothing went on the wire: " + what);
            Thread.sleep(50);
        }
    }

    @Test
    void aNameplateNobodyJoinsExpires() throws Exception {
        relay.close();
        relay = LoopbackRelay.start(dir, settings -> settings.withNameplateLifetime(Duration.ofMillis(500)));
        KeyPair alice = relay.addTechnician("alice");
        try (RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT)) {
            technician.create(TIMEOUT);

            RelayRefusedException expired = assertThrows(RelayRefusedException.class,
                    () -> technician.awaitPaired(TIMEOUT));

            assertEquals(RelayMessage.Error.EXPIRED, expired.code());
        }
    }

    @Test
    void theFirstConnectionRecordsTheRelayHostKey() throws Exception {
        try (RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT)) {
            assertEquals(relay.server().hostKeyFingerprint(), customer.hostKeyFingerprint());
        }

        String known = Files.readString(client.knownRelaysFile());
        assertTrue(known.startsWith("[127.0.0.1]:" + relay.port() + " ssh-ed25519 "), known);
    }

    @Test
    void aRelayWhoseHostKeyChangedIsRefused() throws IOException {
        KeyPair impostor = Ed25519Keys.generate();
        Files.writeString(client.knownRelaysFile(), "[127.0.0.1]:" + relay.port() + " "
                + Ed25519Keys.authorizedKeysLine(impostor.getPublic(), null) + "\n");

        RelayHostKeyChangedException refused = assertThrows(RelayHostKeyChangedException.class,
                () -> client.connectAsCustomer(relay.address(), TIMEOUT));

        assertTrue(refused.getMessage().contains("presented host key " + relay.server().hostKeyFingerprint()),
                refused.getMessage());
        assertTrue(refused.getMessage().contains(Ed25519Keys.fingerprint(impostor.getPublic())), refused.getMessage());
    }

    @Test
    void aServerThatNeverAnswersGivesAClearTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            RelayAddress address = new RelayAddress("127.0.0.1", silent.getLocalPort());

            IOException timeout = assertThrows(IOException.class,
                    () -> client.connectAsCustomer(address, Duration.ofSeconds(1)));

            assertEquals("The relay at " + address + " did not answer within 1 s", timeout.getMessage());
        }
    }

    @Test
    void aRelayThatIsNotThereIsReportedAsUnreachable() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        RelayAddress address = new RelayAddress("127.0.0.1", port);

        IOException unreachable = assertThrows(IOException.class, () -> client.connectAsCustomer(address, TIMEOUT));

        assertTrue(unreachable.getMessage().startsWith("Cannot reach the relay at " + address), unreachable.getMessage());
    }

    @Test
    void theGuestUserNameIsNotATechnicianName() {
        KeyPair key = Ed25519Keys.generate();

        assertThrows(IllegalArgumentException.class,
                () -> client.connectAsTechnician(relay.address(), "customer", key, TIMEOUT));
    }

    private Pair pair(String technicianName) throws Exception {
        KeyPair key = relay.addTechnician(technicianName);
        RelayConnection technician = client.connectAsTechnician(relay.address(), technicianName, key, TIMEOUT);
        String nameplate = technician.create(TIMEOUT);
        Future<RelayLink> technicianLink = threads.submit(() -> technician.awaitPaired(TIMEOUT));
        RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT);
        RelayLink customerLink = customer.join(nameplate, TIMEOUT);
        return new Pair(await(technicianLink), customerLink);
    }

    private static int writeAndFinish(RelayLink link, byte[] data) throws IOException {
        OutputStream out = link.output();
        for (int offset = 0; offset < data.length; offset += 64 * 1024) {
            out.write(data, offset, Math.min(64 * 1024, data.length - offset));
        }
        out.flush();
        out.close();
        return data.length;
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private record Pair(RelayLink technician, RelayLink customer) implements AutoCloseable {
        @Override
        public void close() {
            technician.close();
            customer.close();
        }
    }
}
