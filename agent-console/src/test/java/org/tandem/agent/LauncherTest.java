package org.tandem.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's launcher run as its own process, the way {@code ./tandem agent} runs it. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void printKeyWritesOnlyTheKeyLineToStandardOutput() throws Exception {
        Ran ran = launch("--print-key", "--data", dir.toString(), "--name", "Dana Scully");

        assertEquals(0, ran.exitCode(), ran.stderr());
        List<String> lines = ran.stdout().lines().toList();
        assertEquals(1, lines.size(), "standard output: " + ran.stdout());
        assertTrue(lines.get(0).matches("ssh-ed25519 [A-Za-z0-9+/]+=* Dana Scully"), lines.get(0));
        assertTrue(Files.exists(dir.resolve("technician_ed25519")));
        assertTrue(ran.stderr().contains("Tandem log: " + dir.resolve("logs").resolve("console.log").toAbsolutePath()),
                ran.stderr());
    }

    @Test
    void printKeyPrintsTheSameLineEveryTime() throws Exception {
        Ran first = launch("--print-key", "--data", dir.toString(), "--name", "Dana Scully");
        Ran second = launch("--print-key", "--data", dir.toString(), "--name", "Dana Scully");

        assertEquals(first.stdout(), second.stdout(), "the key is made once, then read back");
    }

    private static Ran launch(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", runtimeClassPath(), Launcher.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        InputStream stdout = process.getInputStream();
        InputStream stderr = process.getErrorStream();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(stderr unreadable: " + e + ")";
            }
        });
        String out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher did not exit");
        return new Ran(process.exitValue(), out, err.join());
    }

    /** The test's class path without test classes and test jars, whose logging set-up the app never sees. */
    private static String runtimeClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private record Ran(int exitCode, String stdout, String stderr) {}
}
