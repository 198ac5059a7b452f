package org.tandem.relay;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * One run of the real OpenSSH client, with its standard streams under the test's control. Every
 * wait has a timeout; stderr is collected in the background so the process never blocks on it.
 */
final class SshProcess implements AutoCloseable {
    private final Process process;
    private final ExecutorService io = Executors.newCachedThreadPool();
    private final StringBuilder stderr = new StringBuilder();
    private final List<Waiter> waiters = new ArrayList<>();
    private final CompletableFuture<Void> stderrEnded = new CompletableFuture<>();

    private SshProcess(Process process) {
        this.process = process;
        io.execute(this::collectStderr);
    }

    /** Where the {@code ssh} binary is, if it is installed on the PATH. */
    static Optional<Path> findSsh() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "ssh");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Options every run uses: no user or system config, no agent, no host key prompts or records,
     * never a prompt.
     */
    static List<String> baseCommand(Path ssh, int port) {
        return new ArrayList<>(List.of(ssh.toString(),
                "-F", "/dev/null",
                "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null",
                "-o", "GlobalKnownHostsFile=/dev/null",
                "-o", "IdentityAgent=none",
                "-o", "IdentitiesOnly=yes",
                "-o", "ConnectTimeout=10",
                "-p", Integer.toString(port)));
    }

    static SshProcess start(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("SSH_"));
        builder.environment().putAll(environment);
        return new SshProcess(builder.start());
    }

    static SshProcess start(List<String> command) throws IOException {
        return start(command, Map.of());
    }

    OutputStream stdin() {
        return process.getOutputStream();
    }

    void writeLine(String line) throws IOException {
        stdin().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin().flush();
    }

    /** One line from stdout, without its newline. */
    String readLine(Duration timeout) throws Exception {
        return within(timeout, () -> {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            InputStream in = process.getInputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("stdout ended after '" + line.toString(StandardCharsets.UTF_8) + "'");
                }
                line.write(b);
            }
            return line.toString(StandardCharsets.UTF_8);
        });
    }

    byte[] readBytes(int count, Duration timeout) throws Exception {
        return within(timeout, () -> process.getInputStream().readNBytes(count));
    }

    /** What stdout yields next: -1 once it ended. */
    int readByte(Duration timeout) throws Exception {
        return within(timeout, () -> process.getInputStream().read());
    }

    /** Completes with the first stderr line that matches, including lines already seen. */
    CompletableFuture<String> stderrLine(Predicate<String> matcher) {
        CompletableFuture<String> found = new CompletableFuture<>();
        synchronized (stderr) {
            for (String line : stderr.toString().split("\n")) {
                if (matcher.test(line)) {
                    found.complete(line);
                    return found;
                }
            }
            waiters.add(new Waiter(matcher, found));
        }
        return found;
    }

    String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    /** Waits for ssh to exit and for all it wrote to stderr, and returns its exit code. */
    int waitForExit(Duration timeout) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("ssh did not exit within " + timeout + "; stderr:\n" + stderr());
        }
        stderrEnded.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        io.shutdownNow();
    }

    private <T> T within(Duration timeout, IoCall<T> call) throws Exception {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return call.call();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io);
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("Nothing from ssh within " + timeout + "; stderr:\n" + stderr(), e);
        } catch (ExecutionException e) {
            throw new AssertionError("Reading from ssh failed; stderr:\n" + stderr(), e.getCause());
        }
    }

    private void collectStderr() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (stderr) {
                    stderr.append(line).append('\n');
                    for (Waiter waiter : waiters) {
                        if (waiter.matcher().test(line)) {
                            waiter.found().complete(line);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the process ended
        } finally {
            stderrEnded.complete(null);
        }
    }

    @FunctionalInterface
    private interface IoCall<T> {
        T call() throws IOException;
    }

    private record Waiter(Predicate<String> matcher, CompletableFuture<String> found) {}
}
