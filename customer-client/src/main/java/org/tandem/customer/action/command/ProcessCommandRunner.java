package org.tandem.customer.action.command;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.command.CommandResult.Ending;

/**
 * Runs commands as real processes: argument arrays only, no shell, standard input closed, standard
 * error merged into output, output read as UTF-8 line by line with bounded memory, and the whole
 * process tree ended on timeout or cancel.
 */
public final class ProcessCommandRunner implements CommandRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessCommandRunner.class);
    /** Folders searched after PATH: administrators' tools that a user's PATH may lack. */
    private static final List<String> EXTRA_DIRS = List.of("/usr/local/sbin", "/usr/sbin", "/sbin");
    private static final File NO_INPUT = new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");

    private final Duration grace;
    private final int keptLines;

    /** Ends stopped commands politely, then by force after 3 s; keeps the last 200 lines. */
    public ProcessCommandRunner() {
        this(Duration.ofSeconds(3), BoundedLines.DEFAULT_CAPACITY);
    }

    public ProcessCommandRunner(Duration grace, int keptLines) {
        this.grace = grace;
        this.keptLines = keptLines;
    }

    @Override
    public CommandResult run(Command command, Consumer<String> lines, CancellationToken cancel)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command.arguments())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT));
        builder.environment().putAll(command.environment());
        Process process = builder.start();
        BoundedLines output = new BoundedLines(keptLines);
        Thread reader = new Thread(() -> pump(process.getInputStream(), output, lines),
                "tandem-command-" + command.programName());
        reader.setDaemon(true);
        reader.start();

        CompletableFuture<Ending> stop = new CompletableFuture<>();
        try (CancellationToken.Registration registration = cancel.onCancel(() -> stop.complete(Ending.CANCELLED))) {
            Ending ending = awaitExitOrStop(process, stop, command.timeout());
            if (ending != Ending.EXITED) {
                ProcessTree.end(process.toHandle(), grace);
            }
            int status = process.waitFor();
            finishReading(reader, process);
            return new CommandResult(ending, status, output.last(), output.total());
        } catch (InterruptedException e) {
            ProcessTree.end(process.toHandle(), Duration.ZERO);
            throw e;
        }
    }

    private static Ending awaitExitOrStop(Process process, CompletableFuture<Ending> stop, Duration timeout)
            throws InterruptedException {
        CompletableFuture<Object> first = CompletableFuture.anyOf(process.onExit(), stop);
        try {
            Object done = first.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return done instanceof Ending ending ? ending : Ending.EXITED;
        } catch (TimeoutException e) {
            return Ending.TIMED_OUT;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for a process failed", e);
        }
    }

    /** Lets the reader drain what the process left; a stray grandchild holding the pipe is not waited for. */
    private void finishReading(Thread reader, Process process) throws InterruptedException {
        reader.join(grace.toMillis());
        if (reader.isAlive()) {
            LOG.warn("Output of process {} is still open after it ended; not waiting for it", process.pid());
            try {
                process.getInputStream().close();
            } catch (IOException e) {
                LOG.debug("Closing the output of process {}", process.pid(), e);
            }
        }
    }

    /** Reads lines of at most {@link BoundedLines#MAX_LINE_CHARS}; the rest of a longer line is skipped. */
    static void pump(InputStream in, BoundedLines output, Consumer<String> lines) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            char[] buffer = new char[8192];
            StringBuilder line = new StringBuilder();
            boolean pendingCr = false;
            int read;
            while ((read = reader.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    char c = buffer[i];
                    if (c == '\n' || c == '\r') {
                        if (!(c == '\n' && pendingCr)) {
                            deliver(line, output, lines);
                        }
                        pendingCr = c == '\r';
                        continue;
                    }
                    pendingCr = false;
                    if (line.length() < BoundedLines.MAX_LINE_CHARS) {
                        line.append(c);
                    }
                }
            }
            if (line.length() > 0) {
                deliver(line, output, lines);
            }
        } catch (IOException e) {
            LOG.debug("Reading command output ended: {}", e.getMessage());
        }
    }

    private static void deliver(StringBuilder line, BoundedLines output, Consumer<String> lines) {
        String text = line.toString();
        line.setLength(0);
        output.add(text);
        try {
            lines.accept(text);
        } catch (RuntimeException e) {
            LOG.warn("A line listener failed", e);
        }
    }

    @Override
    public Optional<Path> locate(String program) {
        Set<String> dirs = new LinkedHashSet<>();
        String path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(File.pathSeparator)));
        }
        dirs.addAll(EXTRA_DIRS);
        List<String> names = new ArrayList<>(List.of(program));
        if (File.separatorChar == '\\' && !program.contains(".")) {
            names.add(program + ".exe");
        }
        for (String dir : dirs) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toAbsolutePath());
                }
            }
        }
        return Optional.empty();
    }
}
