package org.tandem.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.relay.LoopbackRelay.TIMEOUT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
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
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.relay.client.RelayRefusedException;

/** The {@code resume} verb against a real relay on loopback (decision 0013). */
class RelayResumeIT {
    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Random random = new Random(13);
    private LoopbackRelay relay;
    private RelayClient client;
    private KeyPair alice;

    @BeforeEach
    void startRelayAndClient() throws IOException {
        relay = LoopbackRelay.start(dir);
        client = RelayClient.start(dir.resolve("client/known_relays"));
        alice = relay.addTechnician("alice");
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        client.close();
        relay.close();
    }

    @Test
    void theTwoSidesPresentingOneTokenArePairedWhicheverComesFirst() throws Exception {
        String token = token();
        try (RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT);
                RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT)) {
            Future<RelayLink> customerWaits = threads.submit(() -> customer.resume(token, TIMEOUT));
            awaitWaiting(1);
            RelayLink technicianLink = technician.resume(token, TIMEOUT);
            RelayLink customerLink = await(customerWaits);

            assertCrosses(technicianLink, customerLink, "to the customer");
            assertCrosses(customerLink, technicianLink, "to the technician");
            assertEquals(0, relay.server().rendezvous().waitingResumes(), "nothing is remembered once paired");
        }
    }

    @Test
    void aSecondConnectionOfTheSameRoleIsRefusedAndTheFirstStillPairs() throws Exception {
        String token = token();
        try (RelayConnection first = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT);
                RelayConnection second = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT);
                RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT)) {
            Future<RelayLink> firstWaits = threads.submit(() -> first.resume(token, TIMEOUT));
            awaitWaiting(1);

            RelayRefusedException taken = assertThrows(RelayRefusedException.class, () -> second.resume(token, TIMEOUT));
            assertEquals(RelayMessage.Error.RESUME_TAKEN, taken.code());

            RelayLink customerLink = customer.resume(token, TIMEOUT);
            assertCrosses(await(firstWaits), customerLink, "to the customer");
        }
    }

    @Test
    void twoCustomersWithOneTokenAreNeverPairedWithEachOther() throws Exception {
        String token = token();
        try (RelayConnection one = client.connectAsCustomer(relay.address(), TIMEOUT);
                RelayConnection other = client.connectAsCustomer(relay.address(), TIMEOUT)) {
            Future<RelayLink> oneWaits = threads.submit(() -> one.resume(token, Duration.ofSeconds(3)));
            awaitWaiting(1);

            RelayRefusedException taken = assertThrows(RelayRefusedException.class, () -> other.resume(token, TIMEOUT));
            assertEquals(RelayMessage.Error.RESUME_TAKEN, taken.code());
            ExecutionException alone = assertThrows(ExecutionException.class, () -> await(oneWaits));
            assertTrue(alone.getCause() instanceof java.net.SocketTimeoutException, alone.getCause().toString());
        }
    }

    @Test
    void aConnectionThatGaveUpWaitingFreesItsToken() throws Exception {
        String token = token();
        try (RelayConnection gaveUp = client.connectAsCustomer(relay.address(), TIMEOUT)) {
            assertThrows(java.net.SocketTimeoutException.class, () -> gaveUp.resume(token, Duration.ofMillis(500)));
        }
        awaitWaiting(0);
        try (RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT);
                RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT)) {
            Future<RelayLink> customerWaits = threads.submit(() -> customer.resume(token, TIMEOUT));
            awaitWaiting(1);
            assertCrosses(technician.resume(token, TIMEOUT), await(customerWaits), "to the customer");
        }
    }

    @Test
    void aRestartedRelayResumesASessionItNeverSawPaired() throws Exception {
        String token = token();
        relay.close();
        relay = LoopbackRelay.start(dir);
        try (RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT);
                RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT)) {
            Future<RelayLink> technicianWaits = threads.submit(() -> technician.resume(token, TIMEOUT));
            awaitWaiting(1);
            RelayLink customerLink = customer.resume(token, TIMEOUT);
            assertCrosses(customerLink, await(technicianWaits), "to the technician");
        }
    }

    @Test
    void theAuditLogNamesEachResumeButNeverTheWholeToken() throws Exception {
        String token = token();
        try (RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT);
                RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT)) {
            Future<RelayLink> customerWaits = threads.submit(() -> customer.resume(token, TIMEOUT));
            awaitWaiting(1);
            technician.resume(token, TIMEOUT);
            await(customerWaits);
        }
        Path audit = dir.resolve("relay").resolve(RelaySettings.AUDIT_LOG_FILE);
        List<String> resumes = awaitLines(audit, "\"resume\"", 2);
        assertTrue(resumes.stream().anyMatch(line -> line.contains("\"waits\"")), resumes.toString());
        assertTrue(resumes.stream().anyMatch(line -> line.contains("\"paired\"")), resumes.toString());
        assertFalse(Files.readString(audit, StandardCharsets.UTF_8).contains(token), "the token is never logged whole");
    }

    private String token() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void awaitWaiting(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (relay.server().rendezvous().waitingResumes() != count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Expected " + count + " waiting resumes, have "
                        + relay.server().rendezvous().waitingResumes());
            }
            TimeUnit.MILLISECONDS.sleep(10); // polled with a deadline: the relay's count signals nothing
        }
    }

    private static List<String> awaitLines(Path file, String marker, int count) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(marker)).toList() : List.of();
            if (lines.size() >= count || System.nanoTime() > deadline) {
                return lines;
            }
            TimeUnit.MILLISECONDS.sleep(20); // polled with a deadline: the audit file is read until its lines are there
        }
    }

    private void assertCrosses(RelayLink from, RelayLink to, String what) throws Exception {
        byte[] bytes = ("hello " + what).getBytes(StandardCharsets.UTF_8);
        from.output().write(bytes);
        from.output().flush();
        byte[] received = await(threads.submit(() -> to.input().readNBytes(bytes.length)));
        assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(received, StandardCharsets.UTF_8));
    }

    private static <T> T await(Future<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
