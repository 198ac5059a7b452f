package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lines of the console's Activity, History and {@code tandem log show}, read by technicians and
 * reviewers: the session-wide permissions speak of the customer's screen and mouse, as the technician's
 * recap does, never "your screen" in the customer's words; the end says how in History's few words, the
 * same in either side's log, never that side's own "You ended the session.".
 */
class LogLinesForTechniciansTest {
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
    void theEndReadsTheSameInEitherSidesLogAndNamesWhoEndedIt() throws Exception {
        // Each side records its own sentence: "You ended the session.", "Your technician ended the session."
        RecordedSession.Logs logs = RecordedControl.takenBackThenEndedWhileAsking(dir, START, RecordedControl.Ends.NAMED);
        assertEquals(List.of("Session ended (ended by Dana Scully)", "Session ended (ended by Dana Scully)"), ends(logs));

        // A log written before endings carried their code says what it recorded.
        RecordedSession.Logs older = RecordedSession.lookAndRefusedUninstall(dir, "482-7f3c9a", START, "Ticket 4711");
        assertEquals(List.of("Session ended (The technician ended the session)",
                "Session ended (The technician ended the session)"), ends(older));
    }

    private static List<String> ends(RecordedSession.Logs logs) throws Exception {
        List<String> ends = new java.util.ArrayList<>();
        for (Path log : List.of(logs.technicianLog(), logs.customerLog())) {
            List<String> shown = new LogEntryFormatter(ZoneOffset.UTC).titles(LogReader.read(log));
            ends.add(shown.stream().filter(line -> line.startsWith("Session ended")).findFirst().orElseThrow());
        }
        return ends;
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
