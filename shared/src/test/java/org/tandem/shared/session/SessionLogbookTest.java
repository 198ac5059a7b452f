package org.tandem.shared.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.FailingDisk;
import org.tandem.shared.log.JournalClosedException;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalEvents;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.ssh.Ed25519Keys;

/** The journal's one failure policy, on a real log file. */
class SessionLogbookTest {
    private final KeyPair key = Ed25519Keys.generate();
    private final FailingDisk disk = new FailingDisk();
    private final List<SessionEnding> endedWith = new CopyOnWriteArrayList<>();
    @TempDir
    Path dir;

    private SessionLogbook open() throws Exception {
        SessionLogbook book = new SessionLogbook(disk.writer(dir.resolve("customer.log"), "s1", "customer", key),
                "customer");
        book.onFailure(endedWith::add);
        return book;
    }

    @Test
    void typedEventsReadBackAsTheSameRecords() throws Exception {
        SessionLogbook book = open();
        List<JournalEvent> written = List.of(new JournalEvent.SessionConnected("482", "Ticket 4711"),
                new JournalEvent.ConsentAsked("control your mouse and keyboard", "", "Let them?"),
                new JournalEvent.ConsentDecided(JournalEvent.Answer.DENIED, "control your mouse and keyboard", "",
                        "The session ended."),
                new JournalEvent.ActionRequested("r1", "Uninstall “foo”", "uninstall", "change",
                        java.util.Map.of("package", "foo")),
                new JournalEvent.ActionResult("r1", "Uninstall “foo”", "Removed.", "success", "SUCCEEDED", 0),
                new JournalEvent.ShareStarted(1920, 1080));
        for (JournalEvent event : written) {
            book.record("customer", event);
        }
        book.lost(SessionEnding.CONNECTION_LOST);
        List<LogEntry> entries = LogReader.read(dir.resolve("customer.log"));
        List<JournalEvent> read = entries.stream().map(JournalEvents::read).flatMap(java.util.Optional::stream).toList();
        assertEquals(written, read.subList(0, written.size()));
        assertEquals(new JournalEvent.SessionEnded("connection", "connection-lost", SessionEnding.CONNECTION_LOST.toCustomer(),
                ""), read.get(written.size()));
    }

    @Test
    void anEventAfterTheEndIsRefusedWithACheckedError() throws Exception {
        SessionLogbook book = open();
        book.lost(SessionEnding.CONNECTION_LOST);
        assertThrows(JournalClosedException.class,
                () -> book.record("technician:Dana", new JournalEvent.ActionResult("r1", "x", "late", "success",
                        "SUCCEEDED", 0)));
        assertEquals(List.of(), endedWith, "a closed log is not a failure");
    }

    @Test
    void aDiskErrorEndsTheSessionOnceWithAReason() throws Exception {
        SessionLogbook book = open();
        book.record("customer", new JournalEvent.ControlRequested());
        disk.fail();
        assertThrows(JournalException.class, () -> book.record("customer", new JournalEvent.ControlStarted()));
        assertThrows(JournalException.class, () -> book.record("customer", new JournalEvent.ControlStarted()));
        assertEquals(List.of(SessionEnding.CUSTOMER_JOURNAL_FAILED), endedWith);
    }

    @Test
    void theFirstEndingIsTheOneRecordedAndReportedBack() throws Exception {
        SessionLogbook book = open();
        assertEquals(SessionEnding.STOPPED_ANSWERING, book.lost(SessionEnding.STOPPED_ANSWERING));
        assertEquals(SessionEnding.STOPPED_ANSWERING, book.lost(SessionEnding.CONNECTION_LOST),
                "a later end does not rewrite how the session ended");
        assertEquals(java.util.Optional.of(SessionEnding.STOPPED_ANSWERING), book.ending());
        List<JournalEvent> ends = LogReader.read(dir.resolve("customer.log")).stream().map(JournalEvents::read)
                .flatMap(java.util.Optional::stream).filter(JournalEvent.SessionEnded.class::isInstance).toList();
        assertEquals(List.of(new JournalEvent.SessionEnded("connection", "stopped-answering",
                SessionEnding.STOPPED_ANSWERING.toCustomer(), "")), ends);
    }

    @Test
    void anEndLineWrittenBeforeHowWasRecordedReadsWithoutOne() {
        LogEntry old = new LogEntry(7, java.time.Instant.parse("2024-05-01T10:00:00Z"), "s1", "customer", "session.ended",
                java.util.Map.of("by", "connection", "reason", "The connection was lost."), "prev", "hash");
        assertEquals(java.util.Optional.of(new JournalEvent.SessionEnded("connection", "", "The connection was lost.", "")),
                JournalEvents.read(old));
    }

    @Test
    void theTechniciansLogbookNamesItsOwnJournalFailure() throws Exception {
        SessionLogbook book = new SessionLogbook(disk.writer(dir.resolve("technician.log"), "s1", "technician:Dana", key),
                "technician:Dana");
        assertEquals(SessionEnding.TECHNICIAN_JOURNAL_FAILED, book.writeFailed());
        assertEquals(SessionEnding.CUSTOMER_JOURNAL_FAILED, open().writeFailed());
    }
}
