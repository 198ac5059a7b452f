package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShareSwitchedTest {

    private static LogEntry written(JournalEvent event) {
        return new LogEntry(7, Instant.EPOCH, "s", "customer", event.type(), event.details(), "0".repeat(64),
                "1".repeat(64));
    }

    @Test
    void aSwitchReadsBackAsTheSameEvent() {
        JournalEvent.ShareSwitched switched = new JournalEvent.ShareSwitched("technician", 2, 3, 1024, 768);

        assertEquals(Optional.of(switched), JournalEvents.read(written(switched)));
    }

    @Test
    void aSwitchToOneMonitorSaysWhichAndWhoAsked() {
        String title = LogEntryFormatter.title(written(new JournalEvent.ShareSwitched("technician", 2, 3, 1024, 768)));

        assertEquals("Shared screen switched to monitor 2 of 3 (1024×768), asked by the technician", title);
    }

    @Test
    void aSwitchToAllMonitorsSaysAll() {
        String title = LogEntryFormatter.title(written(new JournalEvent.ShareSwitched("customer", 0, 2, 2304, 800)));

        assertEquals("Shared screen switched to all 2 monitors (2304×800), chosen by the customer", title);
    }

    @Test
    void aMonitorOutsideTheListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new JournalEvent.ShareSwitched("customer", 3, 2, 10, 10));
    }
}
