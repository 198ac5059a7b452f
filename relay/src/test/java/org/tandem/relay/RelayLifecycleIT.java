package org.tandem.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.relay.LoopbackRelay.TIMEOUT;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.relay.metrics.RelayMetrics;
import org.tandem.shared.relay.RelayMessage;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.relay.client.RelayRefusedException;

/** The relay as an operator runs it: metrics, shutdown, and what endpoints notice when it freezes. */
class RelayLifecycleIT {
    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void theMetricsEndpointShowsPairingsBytesAndRefusals() throws Exception {
        try (LoopbackRelay relay = LoopbackRelay.start(dir);
                RelayMetrics metrics = RelayMetrics.start(new ListenAddress("127.0.0.1", 0), relay.server());
                RelayClient client = RelayClient.start(dir.resolve("known_relays"))) {
            KeyPair alice = relay.addTechnician("alice");
            RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT);
            String nameplate = technician.create(TIMEOUT);
            Future<RelayLink> waiting = threads.submit(() -> technician.awaitPaired(TIMEOUT));
            RelayConnection customer = client.connectAsCustomer(relay.address(), TIMEOUT);
            assertThrows(RelayRefusedException.class, () -> customer.join("1000000000", TIMEOUT));
            RelayLink link = customer.join(nameplate, TIMEOUT);
            waiting.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            link.output().write(new byte[1000]);
            link.output().flush();
            assertEquals(1000, waiting.get().input().readNBytes(1000).length);

            String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://" + metrics.address() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();

            assertTrue(page.contains("tandem_relay_paired_sessions 1.0"), page);
            assertTrue(value(page, "tandem_relay_piped_bytes_total") >= 1000, page);
            assertTrue(page.contains("tandem_relay_channels 2.0"), page);
            assertTrue(page.contains("tandem_relay_threads "), page);
            assertTrue(page.contains("tandem_relay_heap_used_bytes "), page);
            assertTrue(page.contains("tandem_relay_login_failures_total 0.0"), page);
            technician.close();
            customer.close();
        }
    }

    @Test
    void atShutdownPairedEndpointsHearClosingAndWaitingOnesGetAClosingAnswer() throws Exception {
        LoopbackRelay relay = LoopbackRelay.start(dir);
        try (RelayClient client = RelayClient.start(dir.resolve("known_relays"))) {
            KeyPair alice = relay.addTechnician("alice");
            KeyPair bob = relay.addTechnician("bob");
            RelayConnection technician = client.connectAsTechnician(relay.address(), "alice", alice, TIMEOUT);
            String nameplate = technician.create(TIMEOUT);
            Future<RelayLink> paired = threads.submit(() -> technician.awaitPaired(TIMEOUT));
            RelayLink customer = client.connectAsCustomer(relay.address(), TIMEOUT).join(nameplate, TIMEOUT);
            RelayLink technicianLink = paired.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            RelayConnection waiting = client.connectAsTechnician(relay.address(), "bob", bob, TIMEOUT);
            waiting.create(TIMEOUT);
            Future<RelayLink> stillWaiting = threads.submit(() -> waiting.awaitPaired(TIMEOUT));

            relay.close();

            assertEquals(-1, customer.input().read(), "the customer's input ends");
            assertEquals(-1, technicianLink.input().read());
            assertTrue(customer.relayClosing(), "and it can tell the relay shut down");
            assertTrue(technicianLink.relayClosing());
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> stillWaiting.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            assertEquals(RelayMessage.Error.CLOSING, assertInstanceOf(RelayRefusedException.class, e.getCause()).code());
        } finally {
            relay.close();
        }
    }

    @Test
    void endpointsNoticeAFrozenRelayWithinTenSeconds() throws Exception {
        Path data = dir.resolve("data");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                RelayMain.class.getName(), "--listen", "127.0.0.1:0", "--data", data.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (RelayClient client = RelayClient.start(dir.resolve("known_relays"))) {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:([0-9]+),").matcher(line);
            assertTrue(m.find(), line);
            RelayAddress address = new RelayAddress("127.0.0.1", Integer.parseInt(m.group(1)));
            LoopbackRelayKeys keys = new LoopbackRelayKeys(dir, data);
            KeyPair alice = keys.addTechnician("alice");
            RelayConnection technician = client.connectAsTechnician(address, "alice", alice, TIMEOUT);
            String nameplate = technician.create(TIMEOUT);
            Future<RelayLink> paired = threads.submit(() -> technician.awaitPaired(TIMEOUT));
            RelayLink customer = client.connectAsCustomer(address, TIMEOUT).join(nameplate, TIMEOUT);
            paired.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);

            signal("STOP", process.pid());
            long start = System.nanoTime();
            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> readOrEnd(customer.input()), threads);
            read.get(15, TimeUnit.SECONDS);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

            assertTrue(seconds <= 10, "noticed after " + seconds + " s");
            assertTrue(!customer.isOpen());
        } finally {
            signal("CONT", process.pid());
            process.destroyForcibly();
        }
    }

    @Test
    void atALowOpenFilesLimitAFloodFromOneAddressDoesNotStopAPairingFromAnother() throws Exception {
        Path data = dir.resolve("data");
        String java = ProcessHandle.current().info().command().orElse("java");
        String command = "ulimit -n 256 && exec '" + java + "' -Xmx64m -cp '" + System.getProperty("java.class.path") + "' "
                + RelayMain.class.getName() + " --listen 127.0.0.1:0 --data '" + data + "'";
        Process process = new ProcessBuilder("bash", "-c", command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<java.net.Socket> flood = new java.util.ArrayList<>();
        try (RelayClient client = RelayClient.start(dir.resolve("known_relays"))) {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Matcher m = Pattern.compile("listening on 127\\.0\\.0\\.1:([0-9]+),").matcher(String.valueOf(line));
            assertTrue(m.find(), line);
            int port = Integer.parseInt(m.group(1));
            KeyPair alice = new LoopbackRelayKeys(dir, data).addTechnician("alice");
            for (int i = 0; i < 500; i++) {
                java.net.Socket socket = new java.net.Socket();
                try {
                    socket.bind(new java.net.InetSocketAddress("127.0.0.3", 0));
                    socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
                    flood.add(socket);
                } catch (IOException refused) {
                    socket.close();
                }
            }

            RelayAddress address = new RelayAddress("127.0.0.1", port);
            RelayConnection technician = client.connectAsTechnician(address, "alice", alice, TIMEOUT);
            String nameplate = technician.create(TIMEOUT);
            Future<RelayLink> paired = threads.submit(() -> technician.awaitPaired(TIMEOUT));
            RelayLink customer = client.connectAsCustomer(address, TIMEOUT).join(nameplate, TIMEOUT);

            assertTrue(customer.isOpen());
            assertTrue(paired.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).isOpen());
        } finally {
            for (java.net.Socket socket : flood) {
                socket.close();
            }
            process.destroyForcibly();
        }
    }

    private static int readOrEnd(InputStream in) {
        try {
            return in.read();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void signal(String name, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start().waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static double value(String page, String metric) {
        Matcher m = Pattern.compile("^" + Pattern.quote(metric) + " ([0-9.eE+]+)$", Pattern.MULTILINE).matcher(page);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    /** Technician keys for a relay running in another process, listed in its data folder. */
    private record LoopbackRelayKeys(Path dir, Path data) {
        KeyPair addTechnician(String name) throws IOException {
            KeyPair key = org.tandem.shared.ssh.Ed25519Keys.loadOrCreate(dir.resolve("keys").resolve(name));
            new org.tandem.relay.auth.TechniciansFile(data.resolve(RelaySettings.TECHNICIANS_FILE))
                    .add(org.tandem.shared.ssh.Ed25519Keys.authorizedKeysLine(key.getPublic(), name));
            return key;
        }
    }
}
