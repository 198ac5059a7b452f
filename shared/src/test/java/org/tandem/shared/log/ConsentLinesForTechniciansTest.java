package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session-wide permissions as the console's Activity, History and {@code tandem log show} list them:
 * those lines are read by technicians and reviewers, so they speak of the customer's screen and mouse, as
 * the technician's recap does, never "your screen" in the customer's words, whichever side's log is read.
 */
class ConsentLinesForTechniciansTest {
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSessionAndControlPermissionsNameTheCustomersScreenAndMouse() throws Exception {
        RecordedSession.Logs logs = RecordedSession.lookAndRefusedUninstall(dir, "482-7f3c9a", START, "Ticket 4711");

        for (Path log : List.of(logs.technicianLog(), logs.customerLog())) {
            List<String> shown = new LogEntryFormatter(ZoneOffset.UTC).lines(LogReader.read(log));
            assertTrue(shown.stream().anyMatch(line -> line.endsWith(
                    "Customer allowed: control the customer's mouse and keyboard")), log.getFileName() + ": " + shown);
            assertFalse(shown.stream().anyMatch(line -> line.contains("your mouse") || line.contains("your screen")
                    || line.contains("your computer")), log.getFileName() + ": " + shown);
        }
    }

    @Test
    void aPauseAndSharingAgainNameTheCustomersScreen() throws Exception {
        RecordedSession.Logs logs = RecordedControl.sharingPaused(dir, START);

        List<String> shown = new LogEntryFormatter(ZoneOffset.UTC).lines(LogReader.read(logs.customerLog()));
        assertTrue(shown.stream().anyMatch(line -> line.endsWith("Customer withdrew: see the customer's screen")), shown.toString());
        assertTrue(shown.stream().anyMatch(line -> line.endsWith("Customer allowed: see the customer's screen again")),
                shown.toString());
        assertFalse(shown.stream().anyMatch(line -> line.contains("your screen")), shown.toString());
    }
}
