package org.tandem.customer.action.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.ProgressSink;
import org.tandem.customer.action.command.FakeCommandRunner;
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;

/** A Defender scan stopped between folders reads as stopped, never as a clean scan of them all. */
class DefenderScanTest {
    @TempDir
    Path dir;

    @Test
    void aScanStoppedBetweenFoldersReadsAsStopped() throws Exception {
        Path first = Files.createDirectories(dir.toRealPath().resolve("downloads"));
        Path second = Files.createDirectories(dir.toRealPath().resolve("documents"));
        CancellationToken cancel = new CancellationToken();
        FakeCommandRunner runner = new FakeCommandRunner().when(List.of("MpCmdRun.exe"), command -> {
            cancel.cancel(CancellationToken.Reason.TECHNICIAN); // the stop arrives as the first folder's scan ends
            return new FakeCommandRunner.Reply(List.of("Scanning " + first + " found no threats."), 0);
        });
        DefenderScan scan = new DefenderScan(runner, Path.of("MpCmdRun.exe"));
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class,
                scan.consentFor(Map.of("folders", first + "\n" + second)));

        ActionReport report = ask.run().run(ProgressSink.NONE, cancel);

        assertEquals(1, runner.commands.size(), "the second folder was scanned after the stop");
        assertEquals(Outcome.CANCELLED, report.outcome());
        assertEquals(ActionResult.NO_EXIT_STATUS, report.exitStatus());
        assertFalse(report.summary().contains("No malware found"), report.summary());
        assertEquals("It stopped with 1 of 2 folders scanned and nothing found; the rest were not scanned.",
                report.summary());
    }
}
