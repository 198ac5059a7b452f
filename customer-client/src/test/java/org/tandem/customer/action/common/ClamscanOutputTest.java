package org.tandem.customer.action.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClamscanOutputTest {
    private static final List<String> INFECTED = List.of(
            "/home/ana/Downloads/clean.txt: OK",
            "/home/ana/Downloads/a: b.txt: OK",
            "/home/ana/Downloads/sub/eicar.com: Win.Test.EICAR_HDB-1 FOUND",
            "/home/ana/Downloads/empty: Empty file",
            "",
            "----------- SCAN SUMMARY -----------",
            "Known viruses: 8695678",
            "Engine version: 1.4.6",
            "Scanned directories: 2",
            "Scanned files: 3",
            "Infected files: 1",
            "Data scanned: 0.00 MB",
            "Time: 9.123 sec (0 m 9 s)");

    @Test
    void infectedFilesAreFoundAndCounted() {
        ClamscanOutput output = new ClamscanOutput();
        long results = INFECTED.stream().filter(output::accept).count();

        assertEquals(4, results);
        assertEquals(List.of(new ClamscanOutput.Found("/home/ana/Downloads/sub/eicar.com", "Win.Test.EICAR_HDB-1")),
                output.found());
        assertEquals("Found 1 infected file (3 files scanned): “/home/ana/Downloads/sub/eicar.com” "
                + "(Win.Test.EICAR_HDB-1). Nothing was deleted or moved.", output.summary(1));
        assertTrue(output.lines().contains("Infected files: 1"));
        assertEquals("/home/ana/Downloads/sub/eicar.com: Win.Test.EICAR_HDB-1 FOUND", output.lines().get(0));
    }

    @Test
    void aCleanScanSaysSo() {
        ClamscanOutput output = new ClamscanOutput();
        List.of("/tmp/x: OK", "----------- SCAN SUMMARY -----------", "Scanned files: 1", "Infected files: 0")
                .forEach(output::accept);
        assertEquals("No malware found; 1 file scanned.", output.summary(0));
        assertTrue(output.found().isEmpty());
    }

    @Test
    void anErrorIsReported() {
        ClamscanOutput output = new ClamscanOutput();
        List.of("LibClamAV Error: cli_loaddbdir(): No supported database files found in /var/lib/clamav",
                "ERROR: Can't open file or directory", "", "----------- SCAN SUMMARY -----------",
                "Known viruses: 0", "Scanned files: 0", "Infected files: 0").forEach(output::accept);
        String summary = output.summary(2);
        assertTrue(summary.startsWith("ClamAV could not finish the scan (exit status 2): LibClamAV Error:"), summary);
        assertFalse(summary.contains("Found"));
    }

    @Test
    void manyThreatsAreBoundedButCounted() {
        ClamscanOutput output = new ClamscanOutput();
        for (int i = 0; i < 5000; i++) {
            output.accept("/x/" + i + ": Eicar FOUND");
        }
        output.accept("----------- SCAN SUMMARY -----------");
        output.accept("Infected files: 5000");
        assertEquals(ClamscanOutput.MAX_FOUND, output.found().size());
        assertTrue(output.summary(1).startsWith("Found 5000 infected files (5,000 files scanned)"), output.summary(1));
        assertTrue(output.lines().size() <= 60);
    }
}
