package org.tandem.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.relay.LoopbackRelay.TIMEOUT;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.ssh.Ed25519Keys;

/** {@code tandem-relay} as its own process, as an operator starts it. */
class RelayMainIT {
    private static final Pattern LISTENING =
            Pattern.compile("Tandem relay listening on 127\\.0\\.0\\.1:([0-9]+), host key (SHA256:[A-Za-z0-9+/]{43})");

    @TempDir
    Path dir;

    @Test
    void printsOneLineWithPortAndHostKeyThenServesUntilStopped() throws Exception {
        Path data = dir.resolve("data");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process relay = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                RelayMain.class.getName(), "--listen", "127.0.0.1:0", "--data", data.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        StdoutLines stdout = new StdoutLines(relay);
        try {
            String line = stdout.first.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

            Matcher listening = LISTENING.matcher(line);
            assertTrue(listening.matches(), line);
            String fingerprint = Ed25519Keys.fingerprint(
                    Ed25519Keys.loadOrCreate(data.resolve(RelaySettings.HOST_KEY_FILE)).getPublic());
            assertEquals(fingerprint, listening.group(2));

            RelayAddress address = new RelayAddress("127.0.0.1", Integer.parseInt(listening.group(1)));
            try (RelayClient client = RelayClient.start(dir.resolve("known_relays"));
                    RelayConnection customer = client.connectAsCustomer(address, TIMEOUT)) {
                assertEquals(fingerprint, customer.hostKeyFingerprint());
            }

            relay.destroy();
            assertTrue(relay.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), "the relay stops when asked");
            stdout.ended.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertEquals(List.of(line), stdout.lines, "exactly one line on stdout");
        } finally {
            relay.destroyForcibly();
        }
    }

    /** Reads a process's stdout to its end in the background. */
    private static final class StdoutLines {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final CompletableFuture<String> first = new CompletableFuture<>();
        final CompletableFuture<Void> ended = new CompletableFuture<>();

        StdoutLines(Process process) {
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                        first.complete(line);
                    }
                } catch (IOException e) {
                    // the process is gone and took its stdout with it
                } finally {
                    first.completeExceptionally(new IOException("stdout ended without a line"));
                    ended.complete(null);
                }
            }, "relay-stdout");
            reader.setDaemon(true);
            reader.start();
        }
    }
}
