package org.tandem.relay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.relay.LoopbackRelay.TIMEOUT;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.relay.limit.BackoffPolicy;
import org.tandem.relay.limit.RelayLimits;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.relay.client.RelayLink;

/** Many sessions at once through one relay: every byte arrives, and the relay's threads do not grow. */
class RelayLoadIT {
    private static final int SESSIONS = 200;
    private static final int BYTES = 128 * 1024;

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newFixedThreadPool(64);
    private LoopbackRelay relay;
    private RelayClient technicians;
    private RelayClient customers;
    private KeyPair key;

    @BeforeEach
    void start() throws IOException {
        BackoffPolicy generous = BackoffPolicy.parse("1000000/1m backoff 1s..1s");
        RelayLimits limits = new RelayLimits(generous, generous, generous, generous, generous, generous, 1000, 1000,
                generous, 6, generous);
        relay = LoopbackRelay.start(dir, settings -> settings.withLimits(limits));
        technicians = RelayClient.start(dir.resolve("t/known_relays"));
        customers = RelayClient.start(dir.resolve("c/known_relays"));
        key = relay.addTechnician("load");
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        technicians.close();
        customers.close();
        relay.close();
    }

    @Test
    void twoHundredSessionsPipeEveryByteAndTheRelaysThreadsDoNotGrow() throws Exception {
        List<Pair> pairs = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                pairs.add(pair());
            }
            long threadsAtTen = relayThreads();
            for (int i = 10; i < SESSIONS; i++) {
                pairs.add(pair());
            }
            // Both ends hear "paired" before the relay counts the pair: wait for the count, do not race it.
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (relay.server().rendezvous().pairedSessions() < SESSIONS && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(SESSIONS, relay.server().rendezvous().pairedSessions());
            long threadsAtAll = relayThreads();
            System.out.println("Relay threads: " + threadsAtTen + " with 10 paired sessions, " + threadsAtAll + " with "
                    + SESSIONS);
            assertTrue(threadsAtAll <= threadsAtTen + 1, threadsAtTen + " -> " + threadsAtAll);

            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                Pair pair = pairs.get(i);
                byte[] down = random(BYTES, 2L * i);
                byte[] up = random(BYTES, 2L * i + 1);
                checks.add(threads.submit(() -> send(pair.technician(), down)));
                checks.add(threads.submit(() -> received(pair.customer(), down)));
                checks.add(threads.submit(() -> send(pair.customer(), up)));
                checks.add(threads.submit(() -> received(pair.technician(), up)));
            }
            for (Future<Boolean> check : checks) {
                assertTrue(check.get(2, TimeUnit.MINUTES), "a checksum did not match");
            }
            assertTrue(relay.server().rendezvous().bytesPiped() >= 2L * SESSIONS * BYTES);
            assertTrue(relayThreads() <= threadsAtTen + 1, "threads after the transfers: " + relayThreads());
        } finally {
            pairs.forEach(Pair::close);
        }
    }

    @Test
    void aSlowReaderHoldsItsSenderBackAndTheRelayHoldsNoMoreThanTheWindows() throws Exception {
        Pair pair = pair();
        byte[] data = random(8 * 1024 * 1024, 7);
        Future<Boolean> sending = threads.submit(() -> send(pair.technician(), data));
        long window = RelaySettings.defaults().windowSize();

        long mostQueued = 0;
        for (int i = 0; i < 20; i++) {
            TimeUnit.MILLISECONDS.sleep(50); // the point: the queue is sampled over a second while the reader stalls
            mostQueued = Math.max(mostQueued, relay.server().rendezvous().queuedBytes());
        }
        assertTrue(mostQueued <= 2 * window, mostQueued + " bytes queued in the relay");

        byte[] got = pair.customer().input().readNBytes(data.length);
        assertArrayEquals(data, got);
        assertTrue(sending.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        pair.close();
    }

    private Pair pair() throws Exception {
        RelayConnection technician = technicians.connectAsTechnician(relay.address(), "load", key, TIMEOUT);
        String nameplate = technician.create(TIMEOUT);
        Future<RelayLink> waiting = threads.submit(() -> technician.awaitPaired(TIMEOUT));
        RelayLink customer = customers.connectAsCustomer(relay.address(), TIMEOUT).join(nameplate, TIMEOUT);
        return new Pair(waiting.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), customer);
    }

    /** Threads of the relay in this JVM: SSHD's server I/O threads and the relay's own timer. */
    private static long relayThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(name -> name.contains("SshServer") || name.startsWith("tandem-relay"))
                .count();
    }

    private static boolean send(RelayLink link, byte[] data) throws IOException {
        OutputStream out = link.output();
        for (int offset = 0; offset < data.length; offset += 16 * 1024) {
            out.write(data, offset, Math.min(16 * 1024, data.length - offset));
        }
        out.flush();
        return true;
    }

    private static boolean received(RelayLink link, byte[] expected) throws IOException {
        InputStream in = link.input();
        byte[] got = in.readNBytes(expected.length);
        return crc(got) == crc(expected) && got.length == expected.length;
    }

    private static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    private static byte[] random(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    private record Pair(RelayLink technician, RelayLink customer) {
        void close() {
            technician.close();
            customer.close();
        }
    }
}
