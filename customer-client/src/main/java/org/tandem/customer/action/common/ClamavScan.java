package org.tandem.customer.action.common;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.ProgressSink;
import org.tandem.customer.action.Words;
import org.tandem.customer.action.command.Command;
import org.tandem.customer.action.command.CommandResult;
import org.tandem.customer.action.command.CommandRunner;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionTable;

/**
 * Scans folders for malware with ClamAV's {@code clamscan}: counts the files first so that progress
 * can be shown in percent, then scans without following links (so nothing outside the folders is
 * read), and reports each infected file with the threat found. It never deletes or moves anything.
 */
public final class ClamavScan implements Action {
    static final int MAX_FOLDERS = 8;
    private static final Duration SCAN_TIMEOUT = Duration.ofHours(4);
    private static final long MAX_COUNTED = 5_000_000;

    private final CommandRunner runner;
    private final Path clamscan;
    private final Optional<Path> database;

    /**
     * @param clamscan the {@code clamscan} program
     * @param database a signature database to use instead of the installed one (for tests)
     */
    public ClamavScan(CommandRunner runner, Path clamscan, Optional<Path> database) {
        this.runner = runner;
        this.clamscan = clamscan;
        this.database = database;
    }

    @Override
    public ActionDescriptor descriptor() {
        return ActionDescriptors.malwareScan("ClamAV");
    }

    @Override
    public Duration timeout() {
        return SCAN_TIMEOUT.plusMinutes(5);
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        return MalwareScanConsent.forFolders(parameters, MAX_FOLDERS, "ClamAV", this::scan);
    }

    private ActionReport scan(List<Path> folders, ProgressSink progress, CancellationToken cancel)
            throws InterruptedException {
        progress.progress(-1, "Counting files…");
        long total = count(folders, cancel);
        if (cancel.isCancelled()) {
            return ActionReport.stopped("It stopped before any file was scanned.", List.of(), ActionTable.EMPTY);
        }
        ClamscanOutput output = new ClamscanOutput();
        CommandResult result;
        try {
            result = runner.run(command(folders), line -> {
                if (output.accept(line) && total > 0) {
                    progress.progress((int) Math.min(99, output.scanned() * 100 / total), line);
                }
            }, cancel);
        } catch (IOException e) {
            return ActionReport.failed("ClamAV could not be started: " + e.getMessage());
        }
        ActionTable table = ActionTable.fitting(List.of("File", "Threat"),
                output.found().stream().map(f -> List.of(f.file(), f.threat())).toList(), ActionTable.BUDGET);
        if (result.ending() != CommandResult.Ending.EXITED) {
            // What a stopped clamscan exits with says nothing of the files it did not reach.
            return new ActionReport(result.outcome(Outcome.CANCELLED), ActionResult.NO_EXIT_STATUS,
                    output.stoppedSummary(), output.lines(), 0, table);
        }
        Outcome outcome = result.exitStatus() <= 1 ? Outcome.SUCCEEDED : Outcome.FAILED;
        return new ActionReport(outcome, result.exitStatus(), output.summary(result.exitStatus()), output.lines(), 0, table);
    }

    Command command(List<Path> folders) {
        List<String> arguments = new ArrayList<>(List.of(clamscan.toString(), "--recursive=yes",
                "--follow-dir-symlinks=0", "--follow-file-symlinks=0"));
        database.ifPresent(db -> arguments.add("--database=" + db));
        arguments.add("--");
        folders.forEach(f -> arguments.add(f.toString()));
        return Command.of(SCAN_TIMEOUT, arguments).withEnvironment("LC_ALL", "C");
    }

    /** Files under the folders, without following links, up to a bound; for progress only. */
    private static long count(List<Path> folders, CancellationToken cancel) {
        long[] count = {0};
        for (Path folder : folders) {
            try {
                Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            count[0]++;
                        }
                        return count[0] >= MAX_COUNTED || cancel.isCancelled()
                                ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // counting is only for progress
            }
        }
        return count[0];
    }

    /** Whether ClamAV has signatures to scan with in its usual place on Debian and Ubuntu. */
    public static boolean hasSignatures(Path databaseDir) {
        if (!Files.isDirectory(databaseDir)) {
            return true; // elsewhere: let clamscan say
        }
        try (var files = Files.list(databaseDir)) {
            return files.map(f -> f.getFileName().toString())
                    .anyMatch(n -> n.endsWith(".cvd") || n.endsWith(".cld") || n.endsWith(".cud"));
        } catch (IOException e) {
            return true;
        }
    }

    static String words(long count) {
        return Words.count(count, "file", "files");
    }
}
