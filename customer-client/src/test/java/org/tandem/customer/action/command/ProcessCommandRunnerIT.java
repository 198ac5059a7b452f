package org.tandem.customer.action.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.command.CommandResult.Ending;

/** Real processes: hangs, floods of output, process trees, missing programs. */
class ProcessCommandRunnerIT {
    private final ProcessCommandRunner runner = new ProcessCommandRunner(Duration.ofSeconds(2), 200);

    @Test
    void aCommandThatHangsIsStoppedAtItsTimeout() throws Exception {
        long start = System.nanoTime();

        CommandResult result = runner.run(Command.of(Duration.ofSeconds(1), "sleep", "60"), line -> { },
                new CancellationToken());

        assertEquals(Ending.TIMED_OUT, result.ending());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "took too long to stop");
    }

    @Test
    void aCommandThatPrintsMillionsOfLinesKeepsOnlyTheLastOnes() throws Exception {
        AtomicLong seen = new AtomicLong();

        CommandResult result = runner.run(Command.of(Duration.ofMinutes(2), "seq", "1", "5000000"),
                line -> seen.incrementAndGet(), new CancellationToken());

        assertTrue(result.succeeded());
        assertEquals(5_000_000, result.totalLines());
        assertEquals(5_000_000, seen.get());
        assertEquals(200, result.lastLines().size());
        assertEquals("5000000", result.lastLines().get(199));
        assertEquals(4_999_800, result.omittedLines());
    }

    @Test
    void fiftyMegabytesWithoutALineBreakAreCutNotHeld() throws Exception {
        List<String> lengths = new java.util.ArrayList<>();

        CommandResult result = runner.run(Command.of(Duration.ofMinutes(2), "head", "-c", "50000000", "/dev/zero"),
                line -> lengths.add(String.valueOf(line.length())), new CancellationToken());

        assertTrue(result.succeeded());
        assertEquals(List.of(String.valueOf(BoundedLines.MAX_LINE_CHARS)), lengths);
        assertEquals(BoundedLines.KEPT_LINE_CHARS, result.lastLines().get(0).length());
    }

    @Test
    void cancelEndsTheWholeProcessTree(@TempDir Path dir) throws Exception {
        Path pids = dir.resolve("pids");
        CancellationToken cancel = new CancellationToken();
        CompletableFuture<CommandResult> running = CompletableFuture.supplyAsync(() -> {
            try {
                return runner.run(Command.of(Duration.ofMinutes(1), "sh", "-c",
                        "sleep 60 & echo $! > \"$0\"; sleep 60 & echo $! >> \"$0\"; wait", pids.toString()),
                        line -> { }, cancel);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((!Files.exists(pids) || Files.readAllLines(pids).size() < 2) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        List<Long> children = Files.readAllLines(pids).stream().map(Long::parseLong).toList();

        cancel.cancel(CancellationToken.Reason.TECHNICIAN);

        assertEquals(Ending.CANCELLED, running.get(20, TimeUnit.SECONDS).ending());
        for (long child : children) {
            ProcessHandle.of(child).ifPresent(p -> {
                try {
                    p.onExit().get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("process " + child + " still runs", e);
                }
            });
        }
    }

    @Test
    void aCommandThatIgnoresTheRequestToStopIsEndedByForce() throws Exception {
        long start = System.nanoTime();

        CommandResult result = runner.run(Command.of(Duration.ofMillis(500), "sh", "-c", "trap '' TERM; while :; do sleep 1; done"),
                line -> { }, new CancellationToken());

        assertEquals(Ending.TIMED_OUT, result.ending());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15));
    }

    @Test
    void argumentsAreNeverReadByAShell(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("marker");
        String hostile = "x; touch " + marker + " $(touch " + marker + ")";

        CommandResult result = runner.run(Command.of(Duration.ofSeconds(10), "echo", hostile), line -> { },
                new CancellationToken());

        assertEquals(List.of(hostile), result.lastLines());
        assertFalse(Files.exists(marker));
    }

    @Test
    void aMissingProgramCannotBeStarted() {
        assertThrows(IOException.class, () -> runner.run(Command.of(Duration.ofSeconds(5), "tandem-no-such-program"),
                line -> { }, new CancellationToken()));
        assertTrue(runner.locate("tandem-no-such-program").isEmpty());
        assertTrue(runner.locate("sh").isPresent());
    }

    @Test
    void standardErrorIsPartOfTheOutputAndTheExitStatusComesBack() throws Exception {
        CommandResult result = runner.run(Command.of(Duration.ofSeconds(10), "ls", "/tandem-no-such-folder"), line -> { },
                new CancellationToken());

        assertEquals(Ending.EXITED, result.ending());
        assertEquals(2, result.exitStatus());
        assertTrue(result.lastLines().get(0).contains("tandem-no-such-folder"), result.lastLines().toString());
    }
}
