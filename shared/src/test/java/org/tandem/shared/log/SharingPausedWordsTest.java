package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.shared.log.RecapControlTest.section;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.shared.log.RecapGenerator.Viewpoint;
import org.tandem.shared.log.SampleSessionLogs.Event;

/**
 * The customer's Pause sharing reads as a pause wherever a person reads a log (`tandem log show`, History,
 * the console's Activity, both recaps), in the words of the button, also in logs written before decision
 * 0042 that said "stopped"; a screen Tandem could not capture reads as sharing stopped, never as a pause.
 */
class SharingPausedWordsTest {
    private static final Instant START = Instant.parse("2026-12-07T05:24:00Z");
    /** What the apps recorded for a pause before decision 0042. */
    private static final String STOPPED_BEFORE = "The customer stopped sharing the screen.";

    @TempDir
    Path dir;

    private final RecapGenerator recaps = new RecapGenerator(ZoneOffset.UTC);

    /** @param reason what the log gives as why, for control's end and for sharing's: today's words, or earlier ones */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"The customer paused sharing the screen.", STOPPED_BEFORE})
    void aPauseReadsAsAPauseLineByLine(String reason) throws Exception {
        List<LogEntry> log = customersLog(reason);

        List<String> titles = LogEntryFormatter.titles(log);
        assertTrue(titles.contains("Control ended (The customer paused sharing the screen)"), titles.toString());
        assertTrue(titles.contains("Screen sharing paused by the customer"), titles.toString());
        assertFalse(titles.stream().anyMatch(title -> title.contains("stopped")), titles.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"The customer paused sharing the screen.", STOPPED_BEFORE})
    void bothRecapsSayPausedForAPauseThatWasNotSharedAgain(String reason) throws Exception {
        List<LogEntry> log = customersLog(reason);

        String customers = recaps.markdown(log, new LogVerification.NotClosed(log.size()), Viewpoint.CUSTOMER);
        String technicians = recaps.markdown(log, new LogVerification.NotClosed(log.size()), Viewpoint.TECHNICIAN);

        assertEquals("- 05:28 You paused sharing your screen.",
                last(section(customers, "## What you were asked to allow")));
        assertEquals("- 05:25–05:27 Your technician controlled your mouse and keyboard for 2 minutes (until you paused "
                + "sharing your screen).", section(customers, "## What was done").get(0));
        assertEquals("- 05:28 The customer paused sharing their screen.",
                last(section(technicians, "## What the customer was asked to allow")));
        assertFalse(customers.contains("stopped sharing"), customers);
        assertFalse(technicians.contains("stopped sharing"), technicians);
    }

    /** @param by who the console's log says stopped it: Tandem, or the customer as consoles before decision 0042 said */
    @ParameterizedTest
    @CsvSource({"system", "customer"})
    void aScreenThatCouldNotBeCapturedReadsAsStoppedNotAsAPause(String by) throws Exception {
        JournalEvent.ShareStopped stopped = new JournalEvent.ShareStopped(by, "The customer's screen could not be captured.");
        List<LogEntry> log = LogReader.read(RecordedSession.oneSide(dir.resolve("console.log"), RecordedSession.TECHNICIAN,
                START, List.of(
                        new Event(RecordedSession.CUSTOMER, new JournalEvent.ConsentDecided(JournalEvent.Answer.GRANTED,
                                ConsentPurposes.SESSION, "", "")),
                        new Event(by, stopped),
                        new Event(RecordedSession.TECHNICIAN, new JournalEvent.SessionEnded(RecordedSession.TECHNICIAN,
                                "technician-ended", "", "")))));

        assertEquals("Screen sharing stopped (The customer's screen could not be captured)",
                LogEntryFormatter.titles(log).get(1));
        String recap = recaps.markdown(log, new LogVerification.NotClosed(log.size()), Viewpoint.TECHNICIAN);
        assertFalse(recap.contains("paused"), recap);
    }

    /**
     * The customer's log of a session in which the technician had control and the customer paused sharing,
     * with {@code reason} as the log gives it, and did not share again before the end.
     */
    private List<LogEntry> customersLog(String reason) throws Exception {
        return LogReader.read(RecordedSession.oneSide(dir.resolve("customer.log"), RecordedSession.CUSTOMER, START,
                List.of(
                        new Event(RecordedSession.CUSTOMER, new JournalEvent.ShareStarted(1920, 1080)),
                        new Event(RecordedSession.CUSTOMER, new JournalEvent.ControlStarted()),
                        new Event(RecordedSession.CUSTOMER, new JournalEvent.ConsentDecided(JournalEvent.Answer.REVOKED,
                                "see your screen", "", "The customer paused sharing.")),
                        new Event(RecordedSession.SYSTEM, new JournalEvent.ControlStopped("system", reason)),
                        new Event(RecordedSession.CUSTOMER, new JournalEvent.ShareStopped("customer", reason)),
                        new Event(RecordedSession.CUSTOMER, new JournalEvent.SessionEnded("customer", "customer-ended",
                                "", "")))));
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }
}
