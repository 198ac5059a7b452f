package org.tandem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.relay.ListenAddress;
import org.tandem.relay.RelayServer;
import org.tandem.relay.RelaySettings;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.ssh.Ed25519Keys;

/** Two load sessions through a relay on loopback: what they send arrives, counted and timed. */
class LoadPairIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final ExecutorService technicianSide = Executors.newCachedThreadPool();
    private final ScheduledExecutorService screen = Executors.newScheduledThreadPool(1);
    private final ScheduledExecutorService talk = Executors.newScheduledThreadPool(1);
    private final List<LoadPair> pairs = new ArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        pairs.forEach(LoadPair::close);
        for (AutoCloseable c : closing) {
            c.close();
        }
        screen.shutdownNow();
        talk.shutdownNow();
        technicianSide.shutdownNow();
    }

    @Test
    void everyFrameInputAndChatMessageSentArrivesAndIsCounted() throws Exception {
        KeyPair key = Ed25519Keys.generate();
        Path relayDir = Files.createDirectories(dir.resolve("relay"));
        Files.writeString(relayDir.resolve(RelaySettings.TECHNICIANS_FILE),
                Ed25519Keys.authorizedKeysLine(key.getPublic(), "bench") + "\n");
        RelayServer relay = RelayServer.start(RelaySettings.defaults().withListen(new ListenAddress("127.0.0.1", 0))
                .withDataDir(relayDir));
        closing.add(relay);
        RelayClient technicians = RelayClient.start(dir.resolve("technician-known-relays"));
        closing.add(0, technicians);
        RelayClient customers = RelayClient.start(dir.resolve("customer-known-relays"));
        closing.add(0, customers);
        LoadPairing pairing = new LoadPairing(new RelayAddress("127.0.0.1", relay.address().getPort()), technicians,
                customers, key, technicianSide, WAIT);
        FrameCycle frames = FrameCycle.of("typing", 800, 600, 3);
        for (int i = 0; i < 2; i++) {
            pairs.add(pairing.pair(i, frames));
        }

        pairs.forEach(pair -> pair.begin(new LoadPlan(20, 50, Duration.ofSeconds(1)), screen, talk));
        awaitTrue("every pair moved 5 frames, 40 inputs and 4 chat messages", () -> pairs.stream().allMatch(pair ->
                pair.figures().frames() >= 5 && pair.figures().input().received() >= 40
                        && pair.figures().control().received() >= 4));
        pairs.forEach(LoadPair::stop);
        awaitTrue("every pair received all it was sent once stopped", () -> pairs.stream().allMatch(LoadPair::drained));

        for (LoadPair pair : pairs) {
            SessionFigures figures = pair.figures();
            assertNull(figures.failure());
            assertEquals(0, figures.input().lost() + figures.input().reordered() + figures.input().duplicates(),
                    figures.toJson());
            assertEquals(0, figures.control().lost() + figures.control().reordered() + figures.control().duplicates(),
                    figures.toJson());
            assertEquals(figures.input().received(), figures.inputLatency().getTotalCount(), "every input was timed");
            assertTrue(figures.updates() >= figures.frames() && figures.screenBytes() > 0, figures.toJson());
        }
    }

    private void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Not within " + WAIT.toSeconds() + " s: " + what + "; the figures: "
                        + pairs.stream().map(pair -> pair.figures().toJson()).toList());
            }
            Thread.sleep(20); // polled with a deadline: the figures are counters, they signal nothing
        }
    }
}
