package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionEventsTest {

    private static LogEntry written(JournalEvent event) {
        return new LogEntry(7, Instant.EPOCH, "s", "customer", event.type(), event.details(), "0".repeat(64),
                "1".repeat(64));
    }

    @Test
    void aLostConnectionReadsBackWithHowItWouldEnd() {
        JournalEvent.ConnectionLost lost = new JournalEvent.ConnectionLost("stopped-answering");

        assertEquals(Optional.of(lost), JournalEvents.read(written(lost)));
        assertEquals("connection.lost", lost.type());
    }

    @Test
    void aResumedConnectionReadsBack() {
        JournalEvent.ConnectionResumed resumed = new JournalEvent.ConnectionResumed();

        assertEquals(Optional.of(resumed), JournalEvents.read(written(resumed)));
        assertEquals("connection.resumed", resumed.type());
    }

    @Test
    void theActivityFeedSaysInPlainWordsThatTheConnectionWentAndCameBack() {
        assertEquals("Connection lost; reconnecting",
                LogEntryFormatter.title(written(new JournalEvent.ConnectionLost("connection-lost"))));
        assertEquals("Connection back; control must be asked for again",
                LogEntryFormatter.title(written(new JournalEvent.ConnectionResumed())));
    }
}
