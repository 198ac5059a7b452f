package org.tandem.customer.action.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.ProgressSink;
import org.tandem.customer.action.command.Command;
import org.tandem.customer.action.command.CommandResult;
import org.tandem.customer.action.command.CommandRunner;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;

/** A malware scan stopped while clamscan runs reads as stopped, whatever status the stopped clamscan left. */
class ClamavScanTest {
    @TempDir
    Path dir;

    /** Prints what clamscan printed before it was stopped, then ends as a stopped command does. */
    private static CommandRunner stoppedWhileScanning(Path folder, int statusLeft) {
        return new CommandRunner() {
            @Override
            public CommandResult run(Command command, Consumer<String> lines, CancellationToken cancel) {
                List<String> printed = List.of(folder.resolve("a.txt") + ": OK",
                        folder.resolve("b.exe") + ": Win.Test.EICAR_HDB-1 FOUND");
                printed.forEach(lines);
                cancel.cancel(CancellationToken.Reason.TECHNICIAN);
                return new CommandResult(CommandResult.Ending.CANCELLED, statusLeft, printed, printed.size());
            }

            @Override
            public Optional<Path> locate(String program) {
                return Optional.of(Path.of("/usr/bin", program));
            }
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 143})
    void aScanStoppedWhileClamscanRunsReadsAsStoppedWithNoExitStatus(int statusLeft) throws Exception {
        Path folder = dir.toRealPath();
        for (String name : List.of("a.txt", "b.exe", "c.txt")) {
            Files.writeString(folder.resolve(name), name);
        }
        ClamavScan scan = new ClamavScan(stoppedWhileScanning(folder, statusLeft), Path.of("/usr/bin/clamscan"),
                Optional.empty());
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, scan.consentFor(Map.of("folders", folder.toString())));

        ActionReport report = ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertEquals(Outcome.CANCELLED, report.outcome());
        assertEquals(ActionResult.NO_EXIT_STATUS, report.exitStatus(), "a stopped scan reports an exit status");
        assertFalse(report.summary().contains("No malware found"), report.summary());
        assertFalse(report.summary().contains("exit status"), report.summary());
        assertTrue(report.summary().contains("before it stopped"), report.summary());
        assertTrue(report.summary().contains("b.exe"), "what it found before the stop is not told: " + report.summary());
        assertEquals(List.of(folder.resolve("b.exe") + ": Win.Test.EICAR_HDB-1 FOUND"), report.lines());
    }

    @Test
    void aScanStoppedWhileCountingReadsAsStopped() throws Exception {
        Path folder = dir.toRealPath();
        CancellationToken cancel = new CancellationToken();
        cancel.cancel(CancellationToken.Reason.CUSTOMER);
        ClamavScan scan = new ClamavScan(stoppedWhileScanning(folder, 0), Path.of("/usr/bin/clamscan"), Optional.empty());
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, scan.consentFor(Map.of("folders", folder.toString())));

        ActionReport report = ask.run().run(ProgressSink.NONE, cancel);

        assertEquals(Outcome.CANCELLED, report.outcome());
        assertEquals(ActionResult.NO_EXIT_STATUS, report.exitStatus());
    }
}
