package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.session.SessionLogbook;

/**
 * Who did something, as the console's Activity, History and {@code tandem log show} name them
 * ({@link LogEntryFormatter#actor}): the technician by their name, as the recap names them; the customer
 * and Tandem by what they are. A name that holds the word "Technician" is not given the word again, and a
 * name that reads as another row's word keeps the role, so nobody is taken for someone else.
 */
class WhoActedTest {
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theTechnicianIsNamedByTheirNameTheCustomerAndTandemByWhatTheyAre() throws Exception {
        RecordedSession.Logs logs = RecordedSession.lookAndRefusedUninstall(dir, "482-7f3c9a", START, "Ticket 4711");

        for (Path log : List.of(logs.technicianLog(), logs.customerLog())) {
            List<LogEntry> entries = LogReader.read(log);
            assertEquals(List.of("Customer", "Dana Scully", "Tandem"), entries.stream().map(LogEntryFormatter::actor)
                    .distinct().sorted().toList(), "in " + log.getFileName());
        }
        List<String> shown = new LogEntryFormatter(ZoneOffset.UTC).lines(LogReader.read(logs.technicianLog()));
        assertEquals("2026-03-01 09:00:20  Dana Scully              Session connected, customer: Ticket 4711", shown.get(0));
        assertEquals("2026-03-01 09:06:00  Customer                 Customer allowed: control the customer's mouse and keyboard",
                shown.get(7));
    }

    @Test
    void aNameThatHoldsTheRoleIsNotGivenItAgain() throws Exception {
        assertEquals("Demo Technician", whoIn("Demo Technician"));
    }

    @Test
    void aNameThatReadsAsSomeoneElseKeepsTheRole() throws Exception {
        assertEquals("Customer (technician)", whoIn("Customer"));
        assertEquals("Tandem (technician)", whoIn("Tandem"));
    }

    /** Who the console's first line names, when the technician is called {@code name}. */
    private String whoIn(String name) throws Exception {
        Path file = Files.createTempFile(dir, "technician", ".log");
        Files.delete(file);
        String actor = LogEntry.TECHNICIAN_PREFIX + name;
        try (SessionLogWriter writer = SessionLogWriter.create(file, "s-1", actor, SampleSessionLogs.newKey(), 10,
                new SampleSessionLogs.SteppingClock(START, java.time.Duration.ofSeconds(1)))) {
            new SessionLogbook(writer, actor).record(actor, new JournalEvent.SessionConnected("482", "Alice Martin"));
        }
        return LogEntryFormatter.actor(LogReader.read(file).get(0));
    }
}
