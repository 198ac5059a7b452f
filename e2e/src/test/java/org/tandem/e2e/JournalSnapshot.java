package org.tandem.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.tandem.shared.log.LogEntry;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.LogVerification;
import org.tandem.shared.log.SessionLogVerifier;

/** A session log as it stood at one moment, to prove later that no line written by then was lost. */
final class JournalSnapshot {
    private final Path file;
    private final List<LogEntry> entries;

    private JournalSnapshot(Path file, List<LogEntry> entries) {
        this.file = file;
        this.entries = entries;
    }

    static JournalSnapshot take(Path file) throws IOException {
        List<LogEntry> entries = LogReader.read(file);
        assertTrue(entries.size() >= 3, file + " has the session's first events: " + entries.size());
        return new JournalSnapshot(file, entries);
    }

    /**
     * The log verifies intact and closed, with or without the other side's receipt, and begins with
     * every line it had at the snapshot, unchanged.
     */
    void assertKeptAndClosed(boolean withReceipt) throws IOException {
        LogVerification verdict = SessionLogVerifier.verify(file);
        LogVerification.Intact intact = assertInstanceOf(LogVerification.Intact.class, verdict,
                file.getFileName() + ": " + verdict.describe());
        assertTrue(intact.closed(), file.getFileName() + " is closed");
        assertEquals(withReceipt, intact.receipt().isPresent(),
                file.getFileName() + (withReceipt ? " holds" : " cannot hold") + " the other side's receipt");
        List<LogEntry> now = LogReader.read(file);
        assertTrue(now.size() > entries.size(), file.getFileName() + " recorded the end of the session");
        assertEquals(entries, now.subList(0, entries.size()),
                file.getFileName() + " still holds every line written before the fault");
    }
}
