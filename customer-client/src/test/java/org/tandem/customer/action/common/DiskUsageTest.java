package org.tandem.customer.action.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.tandem.shared.action.ActionResult;
import org.tandem.shared.action.ActionResult.Outcome;

class DiskUsageTest {
    @TempDir
    Path dir;

    @Test
    void theLargestFoldersAndFilesAreListed() throws Exception {
        Path root = dir.toRealPath();
        Files.createDirectories(root.resolve("videos/2023"));
        Files.write(root.resolve("videos/2023/big.mp4"), new byte[300_000]);
        Files.write(root.resolve("videos/small.mp4"), new byte[1_000]);
        Files.createDirectories(root.resolve("docs"));
        Files.write(root.resolve("docs/a.txt"), new byte[50_000]);
        Files.createSymbolicLink(root.resolve("etc"), Path.of("/etc"));
        DiskUsage usage = new DiskUsage();

        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, usage.consentFor(Map.of("folder", root.toString())));
        ActionReport report = ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertEquals("Measure what fills “" + root + "”", ask.what());
        assertEquals(Outcome.SUCCEEDED, report.outcome());
        assertEquals("“" + root + "” holds 343 KB in 4 files. The largest folder is “videos” (294 KB). The largest file "
                + "is “videos/2023/big.mp4” (293 KB).", report.summary());
        List<List<String>> rows = report.table().rows();
        assertEquals(List.of("folder", root.resolve("videos").toString(), "294 KB"), rows.get(0));
        assertEquals(List.of("folder", root.resolve("videos/2023").toString(), "293 KB"), rows.get(1));
        assertEquals(List.of("file", root.resolve("videos/2023/big.mp4").toString(), "293 KB"), rows.get(3));
        assertTrue(rows.stream().noneMatch(r -> r.get(1).startsWith("/etc")), "followed a link out of the folder");
    }

    @Test
    void aFolderOutsideWhatWasAskedIsRefused() throws Exception {
        Path root = dir.toRealPath();
        Consent consent = new DiskUsage().consentFor(Map.of("folder", root + "/../../etc"));
        assertInstanceOf(Consent.Refuse.class, consent);
    }

    @Test
    void cancelStopsTheWalk() throws Exception {
        Path root = dir.toRealPath();
        for (int i = 0; i < 2000; i++) {
            Files.writeString(root.resolve("f" + i), "x");
        }
        CancellationToken cancel = new CancellationToken();
        cancel.cancel(CancellationToken.Reason.CUSTOMER);

        ActionReport report = new DiskUsage().measure(root, ProgressSink.NONE, cancel);

        assertEquals(Outcome.CANCELLED, report.outcome());
        assertEquals(ActionResult.NO_EXIT_STATUS, report.exitStatus(), "a stopped walk reports a clean exit");
        assertTrue(report.summary().startsWith("Measured 0 files before it stopped."), report.summary());
    }
}
