package org.tandem.customer.action.windows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tandem.customer.action.Action;
import org.tandem.customer.action.ActionDescriptors;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.ProgressSink;
import org.tandem.customer.action.Words;
import org.tandem.customer.action.common.MalwareScanConsent;
import org.tandem.customer.action.command.Command;
import org.tandem.customer.action.command.CommandResult;
import org.tandem.customer.action.command.CommandRunner;
import org.tandem.shared.action.ActionDescriptor;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;
import org.tandem.shared.action.ActionTable;

/**
 * Scans folders with Microsoft Defender's command-line scanner, one folder at a time, reporting
 * threats without letting Defender remove anything ({@code -DisableRemediation}), as the customer
 * was told.
 */
public final class DefenderScan implements Action {
    static final int MAX_FOLDERS = 8;
    private static final Duration SCAN_TIMEOUT = Duration.ofHours(4);

    private final CommandRunner runner;
    private final Path mpCmdRun;

    public DefenderScan(CommandRunner runner, Path mpCmdRun) {
        this.runner = runner;
        this.mpCmdRun = mpCmdRun;
    }

    @Override
    public ActionDescriptor descriptor() {
        return ActionDescriptors.malwareScan("Microsoft Defender");
    }

    @Override
    public Duration timeout() {
        return SCAN_TIMEOUT.plusMinutes(5);
    }

    /** The scan of one folder: custom scan (type 3) of that path, reporting only. */
    public static List<String> command(String mpCmdRun, String folder) {
        return List.of(mpCmdRun, "-Scan", "-ScanType", "3", "-File", folder, "-DisableRemediation");
    }

    @Override
    public Consent consentFor(Map<String, String> parameters) {
        return MalwareScanConsent.forFolders(parameters, MAX_FOLDERS, "Microsoft Defender", this::scan);
    }

    private ActionReport scan(List<Path> folders, ProgressSink progress, CancellationToken cancel)
            throws InterruptedException {
        List<DefenderOutputParser.Threat> threats = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int status = 0;
        int done = 0;
        for (; done < folders.size() && !cancel.isCancelled(); done++) {
            Path folder = folders.get(done);
            progress.progress(done * 100 / folders.size(), "Scanning " + folder);
            CommandResult result;
            try {
                result = runner.run(Command.of(SCAN_TIMEOUT, command(mpCmdRun.toString(), folder.toString())),
                        line -> { }, cancel);
            } catch (IOException e) {
                return ActionReport.failed("Microsoft Defender could not be started: " + e.getMessage());
            }
            DefenderOutputParser.Report report = DefenderOutputParser.parse(result.lastLines());
            threats.addAll(report.threats());
            lines.addAll(result.lastLines());
            if (result.ending() != CommandResult.Ending.EXITED) {
                // Stopped: what the stopped scanner exits with says nothing of the files it did not reach.
                return new ActionReport(result.outcome(Outcome.CANCELLED), ActionResult.NO_EXIT_STATUS,
                        stoppedSummary(done, folders.size(), threats), lines, 0, table(threats));
            }
            // 0: no threats; 2: threats found; anything else: the scan failed.
            if (result.exitStatus() != 0 && result.exitStatus() != 2) {
                return new ActionReport(Outcome.FAILED, result.exitStatus(), "Microsoft Defender could "
                        + "not scan “" + folder + "” (status " + result.exitStatus() + ")"
                        + (report.errors().isEmpty() ? "." : ": " + report.errors().get(0)), lines, 0, ActionTable.EMPTY);
            }
            status = Math.max(status, result.exitStatus());
        }
        if (done < folders.size()) {
            // Stopped between folders: those not reached were not scanned, so this is no clean result.
            return ActionReport.stopped(stoppedSummary(done, folders.size(), threats), lines, table(threats));
        }
        ActionTable table = table(threats);
        String summary = threats.isEmpty() ? "No malware found in " + Words.count(folders.size(), "folder", "folders") + "."
                : "Found " + Words.count(threats.size(), "threat", "threats") + ": " + threats.stream().limit(3)
                        .map(t -> "“" + t.file() + "” (" + t.name() + ")").collect(Collectors.joining("; "))
                        + ". Nothing was removed.";
        return new ActionReport(Outcome.SUCCEEDED, status, summary, lines, 0, table);
    }

    private static ActionTable table(List<DefenderOutputParser.Threat> threats) {
        return ActionTable.fitting(List.of("File", "Threat"),
                threats.stream().map(t -> List.of(t.file(), t.name())).toList(), ActionTable.BUDGET);
    }

    /** What a stopped scan did by then: {@code done} of {@code total} folders scanned whole, and what it found. */
    static String stoppedSummary(int done, int total, List<DefenderOutputParser.Threat> threats) {
        String scanned = "It stopped with " + done + " of " + Words.count(total, "folder", "folders") + " scanned";
        return threats.isEmpty() ? scanned + " and nothing found; the rest were not scanned."
                : scanned + "; it had found " + Words.count(threats.size(), "threat", "threats") + ": "
                        + threats.stream().limit(3).map(t -> "“" + t.file() + "” (" + t.name() + ")")
                                .collect(Collectors.joining("; ")) + ". Nothing was removed.";
    }
}
