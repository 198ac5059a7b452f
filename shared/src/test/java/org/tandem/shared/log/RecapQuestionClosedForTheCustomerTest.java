package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.log.LogVerification.NotClosed;
import org.tandem.shared.log.RecapGenerator.Viewpoint;
import org.tandem.shared.log.SampleSessionLogs.Event;

/**
 * An action's question that Tandem closed before the customer answered (they stopped sharing, the
 * connection dropped, the session ended): nobody said no, and each copy of the recap says what
 * happened, the customer's to the customer.
 */
class RecapQuestionClosedForTheCustomerTest {
    private static final String WHAT = "Uninstall “vlc” version 3.0.18 (52 MB)";
    private static final String PURPOSE = "uninstall “vlc” version 3.0.18 (52 MB)";

    @TempDir
    Path dir;

    private final RecapGenerator recaps = new RecapGenerator(ZoneOffset.UTC);

    /** The customer's log of a question the customer's side closed with {@code reason}, then the result. */
    private List<LogEntry> closedBeforeAnAnswer(String reason, String summary) throws Exception {
        return LogReader.read(RecordedSession.oneSide(dir.resolve("customer.log"), CUSTOMER,
                Instant.parse("2026-03-01T09:00:00Z"), List.of(
                        new Event(CUSTOMER, new JournalEvent.ActionRequested("a1", WHAT, "uninstall", "change", Map.of())),
                        new Event(SYSTEM, new JournalEvent.ConsentAsked(PURPOSE, "a1", "")),
                        new Event(SYSTEM, new JournalEvent.ConsentDecided(Answer.DENIED, PURPOSE, "a1", reason)),
                        new Event(CUSTOMER, new JournalEvent.ActionResult("a1", WHAT, summary, "cancelled", "CANCELLED",
                                -1)))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "You stopped sharing your screen, so the open questions were answered no. | Sharing stopped",
            "The connection to your technician was lost, so the open questions were answered no. "
                    + "| The connection was lost",
            "You ended the session before answering. | The session ended"})
    void eachCopySaysTheQuestionClosedBeforeTheCustomerAnsweredAndNobodySaidNo(String reason, String why)
            throws Exception {
        String summary = why + " before the customer answered, so nothing was done.";
        List<LogEntry> log = closedBeforeAnAnswer(reason, summary);

        String customers = recaps.markdown(log);
        String technicians = recaps.markdown(log, new NotClosed(4), Viewpoint.TECHNICIAN);

        assertEquals(List.of("- 09:01 Asked for permission to " + PURPOSE + " — it was not allowed: " + reason),
                section(customers, "## What you were asked to allow"));
        // Nothing ran: the request is told with its question only (decision 0030), not under what was done.
        assertFalse(String.join("\n", section(customers, "## What was done")).contains(WHAT), customers);
        assertFalse(customers.contains("said no"), customers);
        assertFalse(customers.contains("the customer"), customers);
        assertFalse(String.join("\n", section(technicians, "## What was done")).contains(WHAT), technicians);
        assertTrue(technicians.contains("it was not allowed: " + reason), technicians);
        assertFalse(technicians.contains("said no"), technicians);
    }

    @Test
    void anActionStoppedWhileItRanStaysCancelledInTheCustomersCopy() throws Exception {
        List<LogEntry> log = LogReader.read(RecordedSession.oneSide(dir.resolve("customer.log"), CUSTOMER,
                Instant.parse("2026-03-01T09:00:00Z"), List.of(
                        new Event(CUSTOMER, new JournalEvent.ActionRequested("a1", WHAT, "uninstall", "change", Map.of())),
                        new Event(SYSTEM, new JournalEvent.ConsentAsked(PURPOSE, "a1", "")),
                        new Event(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, PURPOSE, "a1", "")),
                        new Event(CUSTOMER, new JournalEvent.ActionStarted("a1", WHAT)),
                        new Event(CUSTOMER, new JournalEvent.ActionResult("a1", WHAT, "Stopped because the session ended.",
                                "cancelled", "CANCELLED", -1)))));

        assertEquals(List.of("- 09:03 " + WHAT + " — cancelled: Stopped because the session ended."),
                section(recaps.markdown(log), "## What was done"));
    }

    /** The lines under a heading, up to the next heading, without blank ones. */
    private static List<String> section(String markdown, String heading) {
        List<String> lines = markdown.lines().toList();
        int from = lines.indexOf(heading) + 1;
        assertTrue(from > 0, () -> "no " + heading + " in " + markdown);
        return lines.subList(from, lines.size()).stream()
                .takeWhile(line -> !line.startsWith("## ") && !line.equals("---"))
                .filter(line -> !line.isBlank())
                .toList();
    }
}
