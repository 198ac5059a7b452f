package org.tandem.customer.action.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefenderOutputParserTest {

    @Test
    void threatsAreReadWithTheirFiles() {
        List<String> output = """
                Scan starting...
                Scan finished.
                Scanning C:\\Users\\ana\\Downloads found 2 threats.

                <===========================LIST OF DETECTED THREATS==========================>
                ----------------------------- Threat information ------------------------------
                Threat                  : Virus:DOS/EICAR_Test_File
                Resources               : 2 total
                    file                : C:\\Users\\ana\\Downloads\\eicar.com
                    file                : C:\\Users\\ana\\Downloads\\copy of eicar.txt
                -------------------------------------------------------------------------------
                """.lines().toList();

        DefenderOutputParser.Report report = DefenderOutputParser.parse(output);

        assertFalse(report.clean());
        assertEquals(List.of(
                new DefenderOutputParser.Threat("Virus:DOS/EICAR_Test_File", "C:\\Users\\ana\\Downloads\\eicar.com"),
                new DefenderOutputParser.Threat("Virus:DOS/EICAR_Test_File", "C:\\Users\\ana\\Downloads\\copy of eicar.txt")),
                report.threats());
    }

    @Test
    void aCleanScanIsClean() {
        DefenderOutputParser.Report report = DefenderOutputParser.parse(List.of("Scan starting...", "Scan finished.",
                "Scanning C:\\Users\\ana\\Documents found no threats."));
        assertTrue(report.clean());
        assertTrue(report.threats().isEmpty());
    }

    @Test
    void aFailureIsReported() {
        DefenderOutputParser.Report report = DefenderOutputParser.parse(List.of("Scan starting...",
                "CmdTool: Failed with hr = 0x80508023. Check C:\\Users\\ana\\AppData\\Local\\Temp\\MpCmdRun.log for more information"));
        assertFalse(report.clean());
        assertEquals(1, report.errors().size());
    }

    @Test
    void theScanOnlyReports() {
        assertEquals(List.of("C:\\Defender\\MpCmdRun.exe", "-Scan", "-ScanType", "3", "-File", "C:\\Users\\ana\\Downloads",
                "-DisableRemediation"), DefenderScan.command("C:\\Defender\\MpCmdRun.exe", "C:\\Users\\ana\\Downloads"));
    }
}
