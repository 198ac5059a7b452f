package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.shared.log.RecapGenerator.Viewpoint;
import org.tandem.shared.log.RecordedControl.Ends;
import org.tandem.shared.log.RecordedSession.Logs;
import org.tandem.shared.log.SampleSessionLogs.Event;

/**
 * Control of the customer's mouse and keyboard, and pauses in sharing, as both recaps tell them:
 * when control began and ended, for how long, and who ended it; a question the end of the session
 * cut off reads alike in both copies; a pause in sharing is a pause, not a permission withdrawn
 * and asked for again. The logs are recorded as the apps record them ({@link RecordedControl}).
 */
class RecapControlTest {
    private static final Instant START = Instant.parse("2026-12-07T05:24:00Z");

    @TempDir
    Path dir;

    private final RecapGenerator recaps = new RecapGenerator(ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(Ends.class)
    void eachCopySaysWhenTheTechnicianWasInControlAndThatTheCustomerTookItBack(Ends ends) throws Exception {
        Logs logs = RecordedControl.takenBackThenEndedWhileAsking(dir, START, ends);

        String customers = customers(logs);
        String technicians = technicians(logs);

        assertEquals(List.of(
                "- 05:28–05:30 Dana Scully controlled your mouse and keyboard for 2 minutes (you took it back).",
                "Nothing else was run on your computer."), section(customers, "## What was done"));
        assertEquals(List.of(
                "- 05:28–05:29 You were in control of the customer's mouse and keyboard for 2 minutes (the customer took "
                        + "it back).",
                "Nothing else was run on the customer's computer."), section(technicians, "## What was done"));
        assertFalse(customers.contains("No actions were carried out"), customers);
    }

    @Test
    void aQuestionTheEndOfTheSessionCutOffReadsTheSameInBothCopies() throws Exception {
        Logs logs = RecordedControl.takenBackThenEndedWhileAsking(dir, START, Ends.NAMED);

        List<String> customers = section(customers(logs), "## What you were asked to allow");
        List<String> technicians = section(technicians(logs), "## What the customer was asked to allow");

        assertEquals("- 05:31 Asked for permission to control your mouse and keyboard — your technician ended the session "
                + "before you answered, so it was not allowed.", customers.get(customers.size() - 1));
        assertEquals("- 05:30 Asked for permission to control the customer's mouse and keyboard — you ended the session "
                + "before the customer answered, so it was not allowed.", technicians.get(technicians.size() - 1));
    }

    @Test
    void aQuestionADroppedConnectionCutOffReadsTheSameInBothCopies() throws Exception {
        String control = ConsentPurposes.CONTROL;
        List<LogEntry> customers = oneSide("customer.log", RecordedSession.CUSTOMER, List.of(
                new Event(RecordedSession.SYSTEM, new JournalEvent.ConsentAsked(control, "", "Let the technician control …?")),
                new Event(RecordedSession.CUSTOMER, new JournalEvent.ConnectionLost("connection-lost")),
                new Event(RecordedSession.SYSTEM, new JournalEvent.ConsentDecided(JournalEvent.Answer.DENIED, control, "",
                        "The connection to your technician was lost, so the open questions were answered no.")),
                new Event(RecordedSession.CUSTOMER, new JournalEvent.ConnectionResumed()),
                new Event(RecordedSession.CUSTOMER, new JournalEvent.SessionEnded("customer", "customer-ended", "", ""))));
        List<LogEntry> technicians = oneSide("technician.log", RecordedSession.TECHNICIAN, List.of(
                new Event(RecordedSession.CUSTOMER, new JournalEvent.ConsentAsked(control, "", "")),
                new Event(RecordedSession.TECHNICIAN, new JournalEvent.ConnectionLost("connection-lost")),
                new Event(RecordedSession.TECHNICIAN, new JournalEvent.ConnectionResumed()),
                new Event(RecordedSession.TECHNICIAN, new JournalEvent.SessionEnded("customer", "customer-ended", "", ""))));

        assertEquals(List.of("- 05:24 Asked for permission to control your mouse and keyboard — the connection dropped "
                + "before you answered, so it was not allowed."),
                section(recaps.markdown(customers), "## What you were asked to allow"));
        assertEquals(List.of("- 05:24 Asked for permission to control the customer's mouse and keyboard — the connection "
                + "dropped before the customer answered, so it was not allowed."),
                section(recaps.markdown(technicians), "## What the customer was asked to allow"));
    }

    @Test
    void aQuestionClosedAsSharingStoppedKeepsItsReasonWhenTheSessionEndsNext() throws Exception {
        List<LogEntry> log = oneSide("customer.log", RecordedSession.CUSTOMER, List.of(
                new Event(RecordedSession.CUSTOMER, new JournalEvent.ShareStarted(1920, 1080)),
                new Event(RecordedSession.SYSTEM, new JournalEvent.ConsentAsked(ConsentPurposes.CONTROL, "", "")),
                new Event(RecordedSession.CUSTOMER, new JournalEvent.ConsentDecided(JournalEvent.Answer.REVOKED,
                        "see your screen", "", "The customer stopped sharing.")),
                new Event(RecordedSession.SYSTEM, new JournalEvent.ConsentDecided(JournalEvent.Answer.DENIED,
                        ConsentPurposes.CONTROL, "", "You stopped sharing your screen, so the open questions were answered no.")),
                new Event(RecordedSession.CUSTOMER, new JournalEvent.ShareStopped("customer",
                        "The customer stopped sharing the screen.")),
                new Event(RecordedSession.CUSTOMER, new JournalEvent.SessionEnded("customer", "customer-ended", "", ""))));

        assertEquals(List.of(
                "- 05:25 Asked for permission to control your mouse and keyboard — it was not allowed: You stopped sharing "
                        + "your screen, so the open questions were answered no.",
                "- 05:28 You paused sharing your screen."),
                section(recaps.markdown(log), "## What you were asked to allow"));
    }

    @ParameterizedTest
    @EnumSource(Ends.class)
    void controlTheTechnicianGaveBackReadsSoInBothCopies(Ends ends) throws Exception {
        Logs logs = RecordedControl.actionsWhileInControl(dir, START, ends);

        assertEquals("- 05:28–05:35 Dana Scully controlled your mouse and keyboard for 7 minutes (they gave it back).",
                section(customers(logs), "## What was done").get(0));
        assertEquals("- 05:28–05:35 You were in control of the customer's mouse and keyboard for 7 minutes (you gave it "
                + "back).", section(technicians(logs), "## What was done").get(0));
    }

    @ParameterizedTest
    @EnumSource(Ends.class)
    void controlEndsWithSharingAndControlStillHeldEndsWithTheSession(Ends ends) throws Exception {
        Logs logs = RecordedControl.endedInControl(dir, START, ends);

        assertEquals(List.of(
                "- 05:28–05:30 Dana Scully controlled your mouse and keyboard for 2 minutes (until you paused sharing your "
                        + "screen).",
                "- 05:33–05:34 Dana Scully controlled your mouse and keyboard for 1 minute (until the session ended).",
                "Nothing else was run on your computer."), section(customers(logs), "## What was done"));
        assertEquals(List.of(
                "- 05:28 You were in control of the customer's mouse and keyboard for 1 minute (until the customer "
                        + "paused sharing their screen).",
                "- 05:32 You were in control of the customer's mouse and keyboard for 1 minute (until the session "
                        + "ended).",
                "Nothing else was run on the customer's computer."), section(technicians(logs), "## What was done"));
    }

    @Test
    void controlEndsWhenTheConnectionDrops() throws Exception {
        List<LogEntry> log = oneSide("dropped.log", RecordedSession.TECHNICIAN, List.of(
                        new Event(RecordedSession.TECHNICIAN, new JournalEvent.ControlStarted()),
                        new Event(RecordedSession.TECHNICIAN, new JournalEvent.ConnectionLost("connection-lost")),
                        new Event(RecordedSession.TECHNICIAN, new JournalEvent.ConnectionResumed()),
                        new Event(RecordedSession.TECHNICIAN, new JournalEvent.SessionEnded(RecordedSession.TECHNICIAN,
                                "technician-ended", "", ""))));

        assertEquals(List.of(
                "- 05:24–05:25 You were in control of the customer's mouse and keyboard for 1 minute (until the "
                        + "connection dropped).",
                "Nothing else was run on the customer's computer."),
                section(recaps.markdown(log, new LogVerification.NotClosed(4), Viewpoint.TECHNICIAN), "## What was done"));
    }

    /** @param stopped the reason as the apps record it, and as they did before decision 0042 */
    @ParameterizedTest
    @ValueSource(strings = {"The customer paused sharing the screen.", "The customer stopped sharing the screen."})
    void controlTandemEndedAsSharingStoppedReadsSoWhateverIsRecordedBeforeTheStopOfSharing(String stopped)
            throws Exception {
        List<LogEntry> log = oneSide("console.log", RecordedSession.TECHNICIAN, List.of(
                new Event(RecordedSession.TECHNICIAN, new JournalEvent.ControlStarted()),
                new Event(RecordedSession.TECHNICIAN, new JournalEvent.ControlStopped("system", stopped)),
                new Event(RecordedSession.TECHNICIAN, new JournalEvent.ActionResult("a1", "List running programs",
                        "The customer paused sharing before they answered, so nothing was done.", "cancelled",
                        "CANCELLED", -1)),
                new Event(RecordedSession.TECHNICIAN, new JournalEvent.ShareStopped("customer", stopped)),
                new Event(RecordedSession.TECHNICIAN, new JournalEvent.SessionEnded(RecordedSession.TECHNICIAN,
                        "technician-ended", "", ""))));

        assertEquals("- 05:24–05:25 You were in control of the customer's mouse and keyboard for 1 minute (until the "
                + "customer paused sharing their screen).",
                section(recaps.markdown(log, new LogVerification.NotClosed(5), Viewpoint.TECHNICIAN), "## What was done")
                        .get(0));
    }

    @Test
    void controlTandemEndedForAReasonTheRecapDoesNotKnowIsNotSaidToBeTheCustomers() throws Exception {
        List<LogEntry> log = oneSide("customer.log", RecordedSession.CUSTOMER, List.of(
                new Event(RecordedSession.CUSTOMER, new JournalEvent.ControlStarted()),
                new Event(RecordedSession.CUSTOMER, new JournalEvent.ControlStopped("system",
                        "The computer went to sleep.")),
                new Event(RecordedSession.CUSTOMER, new JournalEvent.SessionEnded("customer", "customer-ended", "", ""))));

        String recap = recaps.markdown(log, new LogVerification.NotClosed(3), Viewpoint.CUSTOMER);
        assertEquals("- 05:24–05:25 Your technician controlled your mouse and keyboard for 1 minute (Tandem ended it).",
                section(recap, "## What was done").get(0));
    }

    @Test
    void aPauseInSharingIsAPauseInBothCopies() throws Exception {
        Logs logs = RecordedControl.sharingPaused(dir, START);

        List<String> customers = section(customers(logs), "## What you were asked to allow");
        List<String> technicians = section(technicians(logs), "## What the customer was asked to allow");

        assertEquals(List.of(
                "- 05:25 Asked for permission to see your screen and basic information about your computer (system "
                        + "details, installed programs, running programs) — you allowed it.",
                "- 05:27 You paused sharing your screen and shared it again at 05:28."), customers);
        assertEquals(List.of(
                "- 05:25 Asked for permission to see the customer's screen and basic information about their computer "
                        + "(system details, installed programs, running programs) — the customer allowed it.",
                "- 05:26 The customer paused sharing their screen and shared it again at 05:27."), technicians);
    }

    @Test
    void sharingStoppedForGoodSaysSo() throws Exception {
        SampleSessionLogs.Pair sample = SampleSessionLogs.write(dir, START);
        String recap = recaps.markdown(LogReader.read(sample.customerLog()), SessionLogVerifier.verify(sample.customerLog()));

        List<String> questions = section(recap, "## What you were asked to allow");
        assertEquals("- 05:48 You paused sharing your screen.", questions.get(questions.size() - 1));
        assertFalse(recap.contains("withdrew your permission"), recap);
    }

    private List<LogEntry> oneSide(String name, String own, List<Event> events) throws Exception {
        return LogReader.read(RecordedSession.oneSide(dir.resolve(name), own, START, events));
    }

    private String customers(Logs logs) throws Exception {
        return recaps.markdown(LogReader.read(logs.customerLog()), SessionLogVerifier.verify(logs.customerLog()));
    }

    private String technicians(Logs logs) throws Exception {
        return recaps.markdown(LogReader.read(logs.technicianLog()), SessionLogVerifier.verify(logs.technicianLog()));
    }

    /** The lines under a heading, up to the next heading, without blank ones. */
    static List<String> section(String markdown, String heading) {
        List<String> lines = markdown.lines().toList();
        int from = lines.indexOf(heading) + 1;
        assertTrue(from > 0, () -> "no " + heading + " in " + markdown);
        return lines.subList(from, lines.size()).stream()
                .takeWhile(line -> !line.startsWith("## ") && !line.equals("---"))
                .filter(line -> !line.isBlank())
                .toList();
    }
}
