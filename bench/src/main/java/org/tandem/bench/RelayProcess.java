package org.tandem.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.relay.RelayMain;
import org.tandem.relay.RelaySettings;
import org.tandem.shared.relay.client.RelayAddress;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * A relay in its own JVM with a bounded heap, as an operator runs it, so its heap and threads can
 * be read apart from the benchmark's clients: through its metrics endpoint, after a full GC asked
 * for with {@code jcmd}. Its limits are raised in relay.conf, since the benchmark connects
 * hundreds of times from one address.
 */
final class RelayProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:([0-9]+),");
    private static final Pattern METRICS = Pattern.compile("Metrics on http://([^/]+)/metrics");
    private static final Duration START = Duration.ofSeconds(60);

    private final Process process;
    private final RelayAddress address;
    private final String metrics;
    private final HttpClient http = HttpClient.newHttpClient();

    private RelayProcess(Process process, RelayAddress address, String metrics) {
        this.process = process;
        this.address = address;
        this.metrics = metrics;
    }

    static RelayProcess start(Path dir, KeyPair technician, String heap, Integer windowSize) throws Exception {
        Path data = Files.createDirectories(dir.resolve("relay"));
        Files.writeString(data.resolve(RelaySettings.TECHNICIANS_FILE),
                Ed25519Keys.authorizedKeysLine(technician.getPublic(), "bench") + "\n");
        Files.writeString(data.resolve(RelaySettings.CONFIG_FILE), """
                # The benchmark connects hundreds of times from one address.
                limit.connections-per-address = 1000000/1m backoff 1s..1s
                limit.connections-relay-wide = 1000000/1s backoff 1s..1s
                limit.unauthenticated-per-address = 10000
                limit.unauthenticated-relay-wide = 10000
                limit.joins-per-address = 1000000/1m backoff 1s..1s
                limit.joins-relay-wide = 1000000/1m backoff 1s..1s
                limit.nameplates-per-technician = 1000000/1h backoff 1s..1s
                """ + (windowSize == null ? "" : "window-size = " + windowSize + "\n"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                RelayMain.class.getName(), "--listen", "127.0.0.1:0", "--data", data.toString(),
                "--metrics", "127.0.0.1:0"))
                .start();
        CompletableFuture<String> port = new CompletableFuture<>();
        CompletableFuture<String> metrics = new CompletableFuture<>();
        follow(process.getInputStream(), LISTENING, port);
        follow(process.getErrorStream(), METRICS, metrics);
        try {
            RelayAddress address = new RelayAddress("127.0.0.1",
                    Integer.parseInt(port.get(START.toSeconds(), TimeUnit.SECONDS)));
            return new RelayProcess(process, address, metrics.get(START.toSeconds(), TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("The relay did not start: " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }

    RelayAddress address() {
        return address;
    }

    /** The processor time the relay's process has used so far, as the operating system counts it. */
    Duration cpuTime() throws IOException {
        return process.info().totalCpuDuration()
                .orElseThrow(() -> new IOException("This system does not tell the relay's processor time"));
    }

    /** Asks the relay's JVM for full garbage collections, so that the heap in use is what is live. */
    void collectGarbage() throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (int i = 0; i < 2; i++) {
            Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!gc.waitFor(30, TimeUnit.SECONDS) || gc.exitValue() != 0) {
                throw new IOException("jcmd GC.run failed for the relay");
            }
        }
    }

    /** A gauge or counter from the relay's metrics endpoint. */
    double metric(String name) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create("http://" + metrics + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + " ([0-9.eE+-]+)$", Pattern.MULTILINE).matcher(page);
        if (!m.find()) {
            throw new IOException("No metric " + name + " from the relay");
        }
        return Double.parseDouble(m.group(1));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void follow(java.io.InputStream stream, Pattern pattern, CompletableFuture<String> found) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    Matcher m = pattern.matcher(line);
                    if (m.find()) {
                        found.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the relay is gone
            } finally {
                found.completeExceptionally(new IOException("the relay said nothing matching " + pattern));
            }
        }, "bench-relay-output");
        reader.setDaemon(true);
        reader.start();
    }
}
