package org.tandem.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.relay.LoopbackRelay.TIMEOUT;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.Protocol;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.pairing.PairingRole;
import org.tandem.shared.pairing.SessionCode;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.session.SessionEndReason;
import org.tandem.shared.session.SessionEnding;
import org.tandem.shared.session.SessionListener;
import org.tandem.shared.session.SessionPairing;
import org.tandem.shared.session.resume.SessionResumer;

/**
 * A paired, encrypted session over a real relay loses its connection because the relay restarts,
 * and both sides resume it through the new relay with nothing lost or repeated (decision 0013).
 */
class SessionResumeIT {
    private static final String SECRET = "193775";

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<AutoCloseable> cleanup = new ArrayList<>();
    private volatile LoopbackRelay relay;
    private RelayClient client;
    private KeyPair alice;

    @BeforeEach
    void start() throws IOException {
        relay = LoopbackRelay.start(dir);
        client = RelayClient.start(dir.resolve("client/known_relays"));
        alice = relay.addTechnician("alice");
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : cleanup) {
            c.close();
        }
        threads.shutdownNow();
        client.close();
        relay.close();
    }

    @Test
    void bothSidesResumeThroughARestartedRelayAndControlMessagesSentWhileApartArriveOnce() throws Exception {
        Side technician = new Side();
        Side customer = new Side();
        pair(technician, customer, SessionResumer.DEFAULT_WINDOW);
        technician.channel.send(chat("1"));
        assertEquals(List.of("1"), customer.awaitChats(1));

        int port = relay.port();
        relay.close();
        technician.awaitLost();
        customer.awaitLost();
        technician.channel.send(chat("2"));
        customer.channel.send(chat("3"));
        relay = LoopbackRelay.start(dir, settings -> settings.withListen(new ListenAddress("127.0.0.1", port)));

        technician.awaitResumed();
        customer.awaitResumed();
        assertEquals(List.of("1", "2"), customer.awaitChats(2));
        assertEquals(List.of("3"), technician.awaitChats(1));
        technician.channel.send(chat("4"));
        assertEquals(List.of("1", "2", "4"), customer.awaitChats(3));
        assertTrue(technician.channel.isOpen() && customer.channel.isOpen());
        assertFalse(technician.deadlines.isEmpty(), "the technician was told when the window closes");
    }

    @Test
    void whenTheRelayDoesNotComeBackTheSessionEndsAsResumeExpired() throws Exception {
        Side technician = new Side();
        Side customer = new Side();
        pair(technician, customer, Duration.ofSeconds(3));

        relay.close();

        assertEquals(SessionEnding.RESUME_EXPIRED, technician.ended.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).ending());
        assertEquals(SessionEnding.RESUME_EXPIRED, customer.ended.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).ending());
    }

    private void pair(Side technician, Side customer, Duration window) throws Exception {
        RelayConnection technicianConnection = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT);
        RelayConnection customerConnection = client.connectAsCustomer(relay.address(), TIMEOUT);
        cleanup.add(technicianConnection);
        cleanup.add(customerConnection);
        String nameplate = technicianConnection.create(TIMEOUT);
        SessionCode code = new SessionCode(nameplate, SECRET);
        Future<RelayLink> technicianLink = threads.submit(() -> technicianConnection.awaitPaired(TIMEOUT));
        RelayLink customerLink = customerConnection.join(nameplate, TIMEOUT);
        Future<SessionPairing.Paired> technicianPaired = threads.submit(() ->
                SessionPairing.pair(technicianLink.get(), PairingRole.TECHNICIAN, code, TIMEOUT));
        SessionPairing.Paired customerPaired = SessionPairing.pair(customerLink, PairingRole.CUSTOMER, code, TIMEOUT);
        technician.start(technicianPaired.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS), PairingRole.TECHNICIAN, window);
        customer.start(customerPaired, PairingRole.CUSTOMER, window);
    }

    private static ControlMessage chat(String id) {
        return new ControlMessage.ChatSent(id, "message " + id);
    }

    /** One end: its channel, its resumer, and what it heard. */
    private final class Side implements SessionListener, SessionResumer.Progress {
        SessionChannel channel;
        /** The ids of the chats heard, in order; its monitor is signalled at each. */
        private final List<String> chats = new ArrayList<>();
        final BlockingQueue<SessionEnding> lost = new LinkedBlockingQueue<>();
        final BlockingQueue<Boolean> resumed = new LinkedBlockingQueue<>();
        final List<Instant> deadlines = new CopyOnWriteArrayList<>();
        final CompletableFuture<SessionEndReason> ended = new CompletableFuture<>();

        void start(SessionPairing.Paired paired, PairingRole role, Duration window) {
            channel = paired.channel();
            cleanup.add(channel);
            SessionResumer.Reconnector reconnector = (token, timeout) -> {
                RelayAddress address = relay.address();
                RelayConnection connection = role == PairingRole.TECHNICIAN
                        ? client.connectAsTechnician(address, "alice", alice, timeout)
                        : client.connectAsCustomer(address, timeout);
                try {
                    return connection.resume(token, timeout);
                } catch (IOException | RuntimeException e) {
                    connection.close();
                    throw e;
                }
            };
            channel.resumeOnLoss(new SessionResumer(role, paired.pairing().resumeSecret(), Protocol.VERSION, reconnector,
                    window, this));
            channel.start(this, role.name().toLowerCase() + "-reader");
        }

        @Override
        public void received(SessionMessage message) {
            if (message instanceof ControlMessage.ChatSent chat) {
                synchronized (chats) {
                    chats.add(chat.id());
                    chats.notifyAll();
                }
            }
        }

        @Override
        public void ended(SessionEndReason reason) {
            ended.complete(reason);
        }

        @Override
        public void connectionLost(SessionEnding cause) {
            lost.add(cause);
        }

        @Override
        public void connectionResumed() {
            resumed.add(true);
        }

        @Override
        public void reconnecting(Instant deadline) {
            deadlines.add(deadline);
        }

        void awaitLost() throws InterruptedException {
            assertTrue(lost.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS) != null, "the loss was noticed");
        }

        void awaitResumed() throws InterruptedException {
            assertTrue(resumed.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS) != null, "the session was resumed");
        }

        /** All the chats heard, once there are at least {@code count}. */
        List<String> awaitChats(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            synchronized (chats) {
                long left = deadline - System.nanoTime();
                while (chats.size() < count && left > 0) {
                    TimeUnit.NANOSECONDS.timedWait(chats, left);
                    left = deadline - System.nanoTime();
                }
                assertTrue(chats.size() >= count, "only " + chats.size() + " of " + count + " arrived");
                return List.copyOf(chats);
            }
        }
    }
}
