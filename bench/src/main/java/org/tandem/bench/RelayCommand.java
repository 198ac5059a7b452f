package org.tandem.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.tandem.shared.relay.client.RelayClient;
import org.tandem.shared.relay.client.RelayConnection;
import org.tandem.shared.relay.client.RelayLink;
import org.tandem.shared.ssh.Ed25519Keys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tandem bench relay}: the relay's throughput, added round trip, and cost per idle session. */
@Command(name = "relay", mixinStandardHelpOptions = true,
        description = {
            "The relay's throughput, round trip and memory, against baselines measured in the same run.",
            "Starts a relay in its own JVM (bounded heap, metrics on) on loopback and measures: the throughput of one"
                    + " paired session, and of the same bytes through an OpenSSH -L forward; the round trip of 64-byte"
                    + " messages through the relay and over plain loopback TCP; the heap and threads each idle paired"
                    + " session costs the relay, with many sessions paired. Prints one JSON line per measure."})
final class RelayCommand implements Callable<Integer> {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MESSAGE = 64;

    @Spec
    CommandSpec spec;

    @Option(names = "--megabytes", paramLabel = "N", description = "Megabytes sent for throughput (default: ${DEFAULT-VALUE}).")
    int megabytes = 256;

    @Option(names = "--messages", paramLabel = "N", description = "64-byte round trips measured (default: ${DEFAULT-VALUE}).")
    int messages = 2000;

    @Option(names = "--sessions", paramLabel = "N", description = "Idle paired sessions for heap and threads (default: ${DEFAULT-VALUE}).")
    int sessions = 200;

    @Option(names = "--heap", paramLabel = "SIZE", description = "The relay's -Xmx (default: ${DEFAULT-VALUE}).")
    String heap = "256m";

    @Option(names = "--window-size", paramLabel = "BYTES",
            description = "What if: the relay's SSH window per channel (default: the relay's own).")
    Integer windowSize;

    @Override
    public Integer call() throws Exception {
        if (megabytes < 1 || messages < 10 || sessions < 10) {
            throw new ParameterException(spec.commandLine(), "--megabytes >= 1, --messages >= 10, --sessions >= 10");
        }
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("tandem-bench-relay");
        Path technicianKeyFile = dir.resolve("technician_ed25519");
        KeyPair technicianKey = Ed25519Keys.loadOrCreate(technicianKeyFile);
        ExecutorService threads = Executors.newCachedThreadPool();
        try (RelayProcess relay = RelayProcess.start(dir, technicianKey, heap, windowSize);
                RelayClient client = RelayClient.start(dir.resolve("known_relays"))) {
            long bytes = megabytes * 1024L * 1024L;
            progress("Throughput through the relay: " + megabytes + " MiB…");
            double relayRate;
            try (Pair pair = pair(client, relay, technicianKey, threads)) {
                relayRate = throughput(pair, bytes, threads);
            }
            Optional<Path> ssh = ForwardBaseline.findSsh();
            Double forwardRate = null;
            Double relayOpensshRate = null;
            if (ssh.isPresent()) {
                progress("Throughput through the relay with OpenSSH clients at both ends: " + megabytes + " MiB…");
                relayOpensshRate = OpenSshThroughRelay.throughput(ssh.get(), relay.address(), technicianKeyFile, bytes);
                progress("Throughput through an OpenSSH -L forward: " + megabytes + " MiB…");
                try (ForwardBaseline forward = ForwardBaseline.start(ssh.get(), dir)) {
                    forwardRate = forward.throughput(bytes);
                }
            } else {
                progress("No ssh on the PATH: the OpenSSH -L baseline is left out (install openssh-client).");
            }
            out.println(String.format(Locale.ROOT, "{\"measure\":\"throughput\",\"megabytes\":%d,\"relayMiBps\":%.1f,"
                    + "\"opensshForwardMiBps\":%s,\"ratio\":%s,\"relayWithOpensshClientsMiBps\":%s,"
                    + "\"ratioWithOpensshClients\":%s}", megabytes, relayRate / 1048576,
                    mib(forwardRate), forwardRate == null ? "null" : String.format(Locale.ROOT, "%.2f", relayRate / forwardRate),
                    mib(relayOpensshRate), forwardRate == null || relayOpensshRate == null ? "null"
                            : String.format(Locale.ROOT, "%.2f", relayOpensshRate / forwardRate)));

            progress("Round trips of " + MESSAGE + "-byte messages: " + messages + " through the relay, " + messages
                    + " over loopback TCP…");
            LatencySample throughRelay = new LatencySample("relay-round-trip-64B");
            try (Pair pair = pair(client, relay, technicianKey, threads)) {
                roundTrips(pair.customer(), pair.technician(), throughRelay, threads);
            }
            LatencySample direct = directRoundTrips(threads);
            out.println(throughRelay.toJson());
            out.println(direct.toJson());
            out.println(String.format(Locale.ROOT, "{\"measure\":\"relay-added-round-trip-64B\",\"p50Ms\":%.3f,\"p99Ms\":%.3f}",
                    throughRelay.percentileMillis(0.50) - direct.percentileMillis(0.50),
                    throughRelay.percentileMillis(0.99) - direct.percentileMillis(0.99)));

            progress("Heap and threads of the relay with " + sessions + " idle paired sessions…");
            List<Pair> idle = new ArrayList<>();
            try {
                idle.add(pair(client, relay, technicianKey, threads));
                relay.collectGarbage();
                double heapBefore = relay.metric("tandem_relay_heap_used_bytes");
                double threadsBefore = relay.metric("tandem_relay_threads");
                for (int i = 1; i < sessions; i++) {
                    idle.add(pair(client, relay, technicianKey, threads));
                }
                relay.collectGarbage();
                double heapAfter = relay.metric("tandem_relay_heap_used_bytes");
                double threadsAfter = relay.metric("tandem_relay_threads");
                double paired = relay.metric("tandem_relay_paired_sessions");
                int added = sessions - 1;
                out.println(String.format(Locale.ROOT, "{\"measure\":\"idle-paired-sessions\",\"sessions\":%d,\"paired\":%.0f,"
                        + "\"heapMiB\":%.1f,\"heapPerSessionKiB\":%.1f,\"threads\":%.0f,\"threadsPerSession\":%.3f,"
                        + "\"relayHeapLimit\":\"%s\"}", sessions, paired, heapAfter / 1048576,
                        (heapAfter - heapBefore) / added / 1024, threadsAfter, (threadsAfter - threadsBefore) / added, heap));
            } finally {
                idle.forEach(Pair::close);
            }
        } finally {
            threads.shutdownNow();
        }
        return 0;
    }

    private record Pair(RelayLink technician, RelayLink customer) implements AutoCloseable {
        @Override
        public void close() {
            technician.close();
            customer.close();
        }
    }

    private static Pair pair(RelayClient client, RelayProcess relay, KeyPair key, ExecutorService threads) throws Exception {
        RelayConnection technician = client.connectAsTechnician(relay.address(), "bench", key, TIMEOUT);
        String nameplate = technician.create(TIMEOUT);
        Future<RelayLink> waiting = threads.submit(() -> technician.awaitPaired(TIMEOUT));
        RelayLink customer = client.connectAsCustomer(relay.address(), TIMEOUT).join(nameplate, TIMEOUT);
        return new Pair(waiting.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS), customer);
    }

    private static double throughput(Pair pair, long total, ExecutorService threads) throws Exception {
        Future<Long> counted = threads.submit(() -> drain(pair.customer().input(), total));
        return Throughput.measure(pair.technician().output(), counted, total, 32 * 1024, "The relay");
    }

    private void roundTrips(RelayLink near, RelayLink far, LatencySample sample, ExecutorService threads) throws Exception {
        Future<?> echo = threads.submit(() -> echo(far.input(), far.output()));
        measure(near.input(), near.output(), sample);
        echo.cancel(true);
    }

    private LatencySample directRoundTrips(ExecutorService threads) throws Exception {
        LatencySample sample = new LatencySample("loopback-tcp-round-trip-64B");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket near = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                Socket far = server.accept()) {
            near.setTcpNoDelay(true);
            far.setTcpNoDelay(true);
            threads.submit(() -> echo(far.getInputStream(), far.getOutputStream()));
            measure(near.getInputStream(), near.getOutputStream(), sample);
        }
        return sample;
    }

    private void measure(InputStream in, OutputStream out, LatencySample sample) throws IOException {
        byte[] message = new byte[MESSAGE];
        int warmup = Math.min(200, messages / 5);
        for (int i = 0; i < warmup + messages; i++) {
            message[0] = (byte) i;
            long start = System.nanoTime();
            out.write(message);
            out.flush();
            byte[] back = in.readNBytes(MESSAGE);
            long elapsed = System.nanoTime() - start;
            if (back.length != MESSAGE || back[0] != (byte) i) {
                throw new IOException("The echo came back wrong");
            }
            if (i >= warmup) {
                sample.add(elapsed);
            }
        }
    }

    private static Void echo(InputStream in, OutputStream out) throws IOException {
        byte[] message = new byte[MESSAGE];
        while (true) {
            int n = in.readNBytes(message, 0, MESSAGE);
            if (n < MESSAGE) {
                return null;
            }
            out.write(message);
            out.flush();
        }
    }

    private static long drain(InputStream in, long total) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long got = 0;
        int n;
        while (got < total && (n = in.read(buffer)) >= 0) {
            got += n;
        }
        return got;
    }

    private static String mib(Double bytesPerSecond) {
        return bytesPerSecond == null ? "null" : String.format(Locale.ROOT, "%.1f", bytesPerSecond / 1048576);
    }

    private static void progress(String text) {
        System.err.println(text);
    }
}
