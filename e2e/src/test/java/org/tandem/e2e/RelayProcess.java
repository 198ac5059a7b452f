package org.tandem.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * The relay in a JVM of its own, as an operator runs it, so that a test can do to it what happens
 * to real servers: kill it with SIGKILL and start it again on the same port with the same data
 * (host key included), or freeze it with SIGSTOP and let it go on with SIGCONT.
 */
final class RelayProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:([0-9]+),");
    private static final Duration START = Duration.ofSeconds(60);

    private final Path data;
    private volatile Process process;
    private volatile RelayAddress address;

    private RelayProcess(Path data) {
        this.data = data;
    }

    /** Starts a relay on a free loopback port that lets in the technician with this key. */
    static RelayProcess start(Path dir, KeyPair technician) throws IOException {
        Path data = Files.createDirectories(dir);
        Files.writeString(data.resolve(RelaySettings.TECHNICIANS_FILE),
                Ed25519Keys.authorizedKeysLine(technician.getPublic(), "dana") + "\n");
        RelayProcess relay = new RelayProcess(data);
        relay.launch(0);
        return relay;
    }

    RelayAddress address() {
        return address;
    }

    /** SIGKILL: no shutdown hook runs, the kernel closes every connection. */
    long kill() throws InterruptedException {
        long at = System.nanoTime();
        process.destroyForcibly();
        if (!process.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("The relay did not die on SIGKILL");
        }
        return at;
    }

    /** Starts the relay again on the port it had, with the same data folder and so the same host key. */
    void restart() throws IOException {
        launch(address.port());
    }

    /** SIGSTOP: the relay stops answering; its connections stay open. */
    long freeze() throws IOException, InterruptedException {
        long at = System.nanoTime();
        signal("STOP");
        return at;
    }

    /** SIGCONT after {@link #freeze()}. */
    void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    @Override
    public void close() throws IOException {
        Process running = process;
        try {
            if (running.isAlive()) {
                signal("CONT"); // a frozen process would not act on SIGTERM
            }
            running.destroy();
            if (!running.waitFor(10, TimeUnit.SECONDS)) {
                running.destroyForcibly();
                running.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the relay", e);
        }
    }

    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).redirectErrorStream(true)
                .start();
        String said = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IOException("kill -" + name + " failed: " + said);
        }
    }

    private void launch(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process started = new ProcessBuilder(List.of(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), RelayMain.class.getName(),
                "--listen", "127.0.0.1:" + port, "--data", data.toString())).start();
        CompletableFuture<String> listening = new CompletableFuture<>();
        follow(started.getInputStream(), listening);
        follow(started.getErrorStream(), new CompletableFuture<>());
        try {
            int bound = Integer.parseInt(listening.get(START.toSeconds(), TimeUnit.SECONDS));
            process = started;
            address = new RelayAddress("127.0.0.1", bound);
        } catch (Exception e) {
            started.destroyForcibly();
            throw new IOException("The relay did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Reads the relay's output to its end (so the relay never blocks on a full pipe), watching for its address. */
    private static void follow(InputStream stream, CompletableFuture<String> port) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the relay is gone
            } finally {
                port.completeExceptionally(new IOException("the relay ended without saying where it listens"));
            }
        }, LeakCheck.TEST_RIG_THREADS + "relay-output");
        reader.setDaemon(true);
        reader.start();
    }
}
