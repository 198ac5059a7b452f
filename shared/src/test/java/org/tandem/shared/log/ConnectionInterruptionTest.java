package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.RecapGenerator.Viewpoint;
import org.tandem.shared.log.SampleSessionLogs.Event;

/** A dropped connection that came back, or did not, is told in plain words in `log show` and in both recaps. */
class ConnectionInterruptionTest {
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    private static final String CUSTOMER = "customer";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final RecapGenerator recaps = new RecapGenerator(ZoneOffset.UTC);

    @Test
    void logShowSaysTheConnectionWasLostAndCameBack() throws Exception {
        List<LogEntry> log = customerLog(List.of(
                new Event(CUSTOMER, new JournalEvent.ConnectionLost("stopped-answering")),
                new Event(CUSTOMER, new JournalEvent.ConnectionResumed())));

        assertEquals("Connection lost (connection stopped answering); reconnecting",
                LogEntryFormatter.title(entry(log, LogEventTypes.CONNECTION_LOST)));
        assertEquals("Connection back; control must be asked for again",
                LogEntryFormatter.title(entry(log, LogEventTypes.CONNECTION_RESUMED)));
    }

    @Test
    void bothRecapsSayWhenTheConnectionDroppedAndWhenItCameBack() throws Exception {
        List<LogEntry> log = customerLog(List.of(
                new Event(CUSTOMER, new JournalEvent.SessionConnected("482", "")),
                new Event(CUSTOMER, new JournalEvent.ConnectionLost("connection-lost")),
                new Event(CUSTOMER, new JournalEvent.ConnectionResumed()),
                new Event(CUSTOMER, new JournalEvent.SessionEnded("customer", "customer-ended", "", ""))));
        String lost = CLOCK.format(entry(log, LogEventTypes.CONNECTION_LOST).time());
        String back = CLOCK.format(entry(log, LogEventTypes.CONNECTION_RESUMED).time());

        String customers = recaps.markdown(log, new LogVerification.NotClosed(log.size()), Viewpoint.CUSTOMER);
        String technicians = recaps.markdown(log, new LogVerification.NotClosed(log.size()), Viewpoint.TECHNICIAN);

        assertTrue(customers.contains("## When the connection dropped\n\n- " + lost + " The connection to your technician "
                + "dropped and came back at " + back + ". Meanwhile your technician could not see or "
                + "control your computer, and control needed a new yes from you."), customers);
        assertTrue(technicians.contains("## When the connection dropped\n\n- " + lost + " The connection to the customer "
                + "dropped and came back at " + back + "; control had to be asked for again."),
                technicians);
    }

    @Test
    void aDropThatNeverCameBackSaysSo() throws Exception {
        List<LogEntry> log = customerLog(List.of(
                new Event(CUSTOMER, new JournalEvent.SessionConnected("482", "")),
                new Event(CUSTOMER, new JournalEvent.ConnectionLost("stopped-answering")),
                new Event(CUSTOMER, new JournalEvent.SessionEnded("connection", "resume-expired", "", ""))));
        String lost = CLOCK.format(entry(log, LogEventTypes.CONNECTION_LOST).time());

        String customers = recaps.markdown(log, new LogVerification.NotClosed(log.size()), Viewpoint.CUSTOMER);

        assertTrue(customers.contains("- " + lost + " The connection to your technician dropped (connection stopped "
                + "answering) and did not come back."), customers);
    }

    @Test
    void aSessionWithoutDropsHasNoSuchSection() throws Exception {
        List<LogEntry> log = customerLog(List.of(new Event(CUSTOMER, new JournalEvent.SessionConnected("482", ""))));

        assertFalse(recaps.markdown(log, new LogVerification.NotClosed(log.size()), Viewpoint.CUSTOMER).contains("connection dropped"));
    }

    private List<LogEntry> customerLog(List<Event> events) throws Exception {
        Path file = Files.createTempFile(dir, "one-side", ".log");
        Files.delete(file);
        return LogReader.read(RecordedSession.oneSide(file, CUSTOMER, START, events));
    }

    private static LogEntry entry(List<LogEntry> log, String type) {
        return log.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }
}
