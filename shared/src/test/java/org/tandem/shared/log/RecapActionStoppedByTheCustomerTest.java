package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.shared.log.RecordedSession.CUSTOMER;
import static org.tandem.shared.log.RecordedSession.SYSTEM;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.log.SampleSessionLogs.Event;

/**
 * The customer stopped an action they had allowed, taking their permission back for that request
 * (decision 0043): the recap tells it as theirs, and never as part of a pause in sharing, even when
 * sharing stops next with no permission of the screen's taken back before it on the record.
 */
class RecapActionStoppedByTheCustomerTest {
    private static final String WHAT = "Measure what fills “/”";
    private static final String PURPOSE = "measure what fills “/”";

    @TempDir
    Path dir;

    @Test
    void anActionsPermissionTakenBackIsNeverTakenForTheScreens() throws Exception {
        List<LogEntry> log = LogReader.read(RecordedSession.oneSide(dir.resolve("customer.log"), CUSTOMER,
                Instant.parse("2026-03-01T09:00:00Z"), List.of(
                        new Event(CUSTOMER, new JournalEvent.ShareStarted(1920, 1080)),
                        new Event(CUSTOMER, new JournalEvent.ActionRequested("a1", WHAT, "disk-usage", "scan",
                                Map.of("folder", "/"))),
                        new Event(SYSTEM, new JournalEvent.ConsentAsked(PURPOSE, "a1", "")),
                        new Event(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, PURPOSE, "a1", "")),
                        new Event(SYSTEM, new JournalEvent.ActionStarted("a1", WHAT)),
                        new Event(CUSTOMER, new JournalEvent.ConsentDecided(Answer.REVOKED, PURPOSE, "a1",
                                "The customer stopped it while it ran.")),
                        new Event(SYSTEM, new JournalEvent.ActionResult("a1", WHAT,
                                "Cancelled by the customer. Measured 12,000 files before it stopped.", "cancelled",
                                "CANCELLED", -1)),
                        new Event(CUSTOMER, new JournalEvent.ShareStopped(CUSTOMER,
                                "The customer stopped sharing the screen.")))));

        String recap = new RecapGenerator(ZoneOffset.UTC).markdown(log);

        assertTrue(recap.contains("- 09:05 You withdrew your permission to " + PURPOSE + ".\n"), recap);
    }
}
