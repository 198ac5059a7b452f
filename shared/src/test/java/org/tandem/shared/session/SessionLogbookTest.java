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
    private final List<String> endedWith = new CopyOnWriteArrayList<>();
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
        book.lost("The connection was lost.");
        List<LogEntry> entries = LogReader.read(dir.resolve("customer.log"));
        List<JournalEvent> read = entries.stream().map(JournalEvents::read).flatMap(java.util.Optional::stream).toList();
        assertEquals(written, read.subList(0, written.size()));
        assertEquals(new JournalEvent.SessionEnded("connection", "The connection was lost.", ""), read.get(written.size()));
    }

    @Test
    void anEventAfterTheEndIsRefusedWithACheckedError() throws Exception {
        SessionLogbook book = open();
        book.lost("The connection was lost.");
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
        assertEquals(List.of(SessionLogbook.WRITE_FAILED), endedWith);
    }
}
