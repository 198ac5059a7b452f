package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.shared.log.RecordedSession.CUSTOMER;
import static org.tandem.shared.log.RecordedSession.SYSTEM;
import static org.tandem.shared.log.RecordedSession.TECHNICIAN;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.JournalEvent.Answer;
import org.tandem.shared.log.LogVerification.Broken;
import org.tandem.shared.log.LogVerification.NotClosed;
import org.tandem.shared.log.RecapGenerator.Viewpoint;
import org.tandem.shared.log.SampleSessionLogs.Event;

/**
 * The recap of each side's own log, as the apps record it: the console's copy speaks of the
 * customer and of the certificate it presented, the customer's copy speaks to the customer, and
 * both say exactly how every action ended.
 */
class RecapGeneratorTest {
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    private final RecapGenerator recaps = new RecapGenerator(ZoneOffset.UTC);
    private RecordedSession.Logs logs;
    private List<LogEntry> technicianEntries;
    private List<LogEntry> customerEntries;

    @BeforeEach
    void recordSession() throws Exception {
        logs = RecordedSession.lookAndRefusedUninstall(dir, "482-7f3c9a", START, "Ticket 4711");
        technicianEntries = LogReader.read(logs.technicianLog());
        customerEntries = LogReader.read(logs.customerLog());
    }

    @Test
    void theTechniciansCopySaysWhoTheCustomerWasWhatTheyAllowedAndHowEachActionEnded() throws Exception {
        String recap = recaps.markdown(technicianEntries, SessionLogVerifier.verify(logs.technicianLog()));

        assertEquals("""
                # Support session on Sunday 1 March 2026
                **Customer:** Ticket 4711 \s
                **Technician:** Dana Scully of Contoso Support (certificate presented) \s
                **When:** Sunday 1 March 2026, 09:00 to 09:14 (Z) \s
                **How long:** 14 minutes \s
                **Session:** 482-7f3c9a \s

                ## The plan

                No plan was recorded.

                ## What the customer was asked to allow

                - 09:03 Asked for permission to see the customer's screen and basic information about their computer \
                (system details, installed programs, running programs) — the customer allowed it.
                - 09:04 Asked for permission to control the customer's mouse and keyboard — the customer allowed it.
                - 09:10 Asked for permission to uninstall a program called “vlc” — the customer said no.

                ## What was done

                - 09:06–09:11 You were in control of the customer's mouse and keyboard for 5 minutes (you gave it back).
                - 09:08 List installed programs — done: 1,204 programs are installed.

                ## Messages

                No chat messages were exchanged.

                ## What comes next

                Nothing more was agreed. If the problem comes back, the customer can start a new session and \
                mention session 482-7f3c9a.

                ---

                *This record was checked and is intact.*
                """, recap);
    }

    @Test
    void theCustomersCopySpeaksToTheCustomer() throws Exception {
        String recap = recaps.markdown(customerEntries, SessionLogVerifier.verify(logs.customerLog()));

        assertEquals("""
                # Your support session on Sunday 1 March 2026
                **Who helped you:** Dana Scully of Contoso Support (verified) \s
                **When:** Sunday 1 March 2026, 09:00 to 09:13 (Z) \s
                **How long:** 14 minutes \s
                **Session:** 482-7f3c9a \s

                ## The plan

                No plan was recorded.

                ## What you were asked to allow

                - 09:02 Asked for permission to see your screen and basic information about your computer (system \
                details, installed programs, running programs) — you allowed it.
                - 09:04 Asked for permission to control your mouse and keyboard — you allowed it.
                - 09:09 Asked for permission to uninstall “vlc” version 3.0.18 (52 MB) — you said no.

                ## What was done

                - 09:05–09:12 Dana Scully controlled your mouse and keyboard for 7 minutes (they gave it back).
                - 09:07 List installed programs — done: 1,204 programs are installed.

                ## Messages

                No chat messages were exchanged.

                ## What comes next

                Nothing more is needed from you. If the problem comes back, start a new session and mention \
                session 482-7f3c9a.

                ---

                *This record was checked and is intact.*
                """, recap);
    }

    @Test
    void whoseCopyALogIsIsReadFromTheLogAndCanBeSaidOutright() throws Exception {
        assertEquals(Viewpoint.TECHNICIAN, Viewpoint.of(technicianEntries));
        assertEquals(Viewpoint.CUSTOMER, Viewpoint.of(customerEntries));
        // Before its first checkpoint, a log is the technician's when a technician wrote any of it.
        assertEquals(Viewpoint.TECHNICIAN, Viewpoint.of(technicianEntries.subList(0, 3)));
        assertEquals(Viewpoint.CUSTOMER, Viewpoint.of(customerEntries.subList(0, 3)));

        String asCustomer = recaps.markdown(technicianEntries, SessionLogVerifier.verify(logs.technicianLog()),
                Viewpoint.CUSTOMER);
        assertTrue(asCustomer.startsWith("# Your support session on Sunday 1 March 2026\n**For:** Ticket 4711"), asCustomer);
        assertTrue(asCustomer.contains("- 09:04 Asked for permission to control your mouse and keyboard — you allowed it."),
                asCustomer);
    }

    @Test
    void eachCopyNamesThePermissionsInItsReadersWords() throws Exception {
        List<LogEntry> log = oneSide(TECHNICIAN, List.of(
                new Event(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, ConsentPurposes.SESSION, "", "")),
                new Event(CUSTOMER, new JournalEvent.ConsentAsked(ConsentPurposes.CONTROL, "", "")),
                new Event(CUSTOMER, new JournalEvent.ConsentDecided(Answer.TIMED_OUT, ConsentPurposes.CONTROL, "", "")),
                new Event(CUSTOMER, new JournalEvent.ConsentDecided(Answer.REVOKED, ConsentPurposes.SESSION, "", ""))));

        String technicians = recaps.markdown(log, new NotClosed(4), Viewpoint.TECHNICIAN);
        String customers = recaps.markdown(log, new NotClosed(4), Viewpoint.CUSTOMER);

        assertFalse(technicians.contains("your"), technicians);
        assertTrue(technicians.contains("Asked for permission to see the customer's screen and basic information about "
                + "their computer (system details, installed programs, running programs) — the customer allowed it."),
                technicians);
        assertTrue(technicians.contains("Asked for permission to control the customer's mouse and keyboard — the customer "
                + "did not answer in time, so it was not allowed."), technicians);
        assertTrue(technicians.contains("The customer withdrew their permission to see the customer's screen"), technicians);
        assertTrue(customers.contains("Asked for permission to see your screen and basic information about your computer"),
                customers);
        assertTrue(customers.contains("Asked for permission to control your mouse and keyboard — nobody answered in time"),
                customers);
        assertTrue(customers.contains("You withdrew your permission to see your screen"), customers);
    }

    @Test
    void aRequestTheTechnicianWithdrewBeforeAnAnswerReadsSoInEachCopy() throws Exception {
        List<LogEntry> log = oneSide(CUSTOMER, List.of(
                new Event(CUSTOMER, new JournalEvent.ControlRequested()),
                new Event(SYSTEM, new JournalEvent.ConsentAsked(ConsentPurposes.CONTROL, "", "Let the technician control "
                        + "your mouse and keyboard?")),
                new Event("technician:Dana Scully", new JournalEvent.ConsentDecided(Answer.WITHDRAWN, ConsentPurposes.CONTROL,
                        "", "The technician withdrew the request before you answered."))));

        assertEquals(List.of("- 09:01 Asked for permission to control your mouse and keyboard — the technician withdrew "
                + "the request before you answered."), section(recaps.markdown(log), "## What you were asked to allow"));
        assertEquals(List.of("- 09:01 Asked for permission to control the customer's mouse and keyboard — the technician "
                + "withdrew the request before the customer answered."),
                section(recaps.markdown(log, new NotClosed(3), Viewpoint.TECHNICIAN), "## What the customer was asked to allow"));
        SessionFacts facts = SessionFacts.of(log);
        assertEquals(SessionFacts.Decision.WITHDRAWN, facts.consents().get(0).decision(), "one question, closed");
        assertEquals(1, facts.consents().size());
        assertEquals("Request withdrawn before an answer: control the customer's mouse and keyboard",
                LogEntryFormatter.title(log.get(2)));
    }

    @Test
    void anActionsQuestionTheTechnicianWithdrewReadsSoInEachCopy() throws Exception {
        String what = "Uninstall “vlc” version 3.0.18 (52 MB)";
        String purpose = "uninstall “vlc” version 3.0.18 (52 MB)";
        List<LogEntry> log = oneSide(CUSTOMER, List.of(
                new Event(CUSTOMER, new JournalEvent.ActionRequested("a1", what, "uninstall", "change", Map.of())),
                new Event(SYSTEM, new JournalEvent.ConsentAsked(purpose, "a1", "")),
                new Event("technician:Dana Scully", new JournalEvent.ConsentDecided(Answer.WITHDRAWN, purpose, "a1",
                        "The technician withdrew the request before you answered.")),
                new Event(CUSTOMER, new JournalEvent.ActionResult("a1", what, "The technician withdrew the request "
                        + "before the customer answered, so nothing was done.", "cancelled", "CANCELLED", -1))));

        String customers = recaps.markdown(log);
        String technicians = recaps.markdown(log, new NotClosed(4), Viewpoint.TECHNICIAN);

        assertEquals(List.of("- 09:01 Asked for permission to uninstall “vlc” version 3.0.18 (52 MB) — the technician "
                + "withdrew the request before you answered."), section(customers, "## What you were asked to allow"));
        assertEquals(List.of("No actions were carried out on your computer."), section(customers, "## What was done"),
                "a request withdrawn before an answer did not run; its question tells it");
        assertEquals(List.of("- 09:01 Asked for permission to uninstall “vlc” version 3.0.18 (52 MB) — the technician "
                + "withdrew the request before the customer answered."),
                section(technicians, "## What the customer was asked to allow"));
        assertEquals(List.of("No actions were carried out on the customer's computer."),
                section(technicians, "## What was done"));
        assertFalse(customers.contains("not allowed"), customers);
    }

    @Test
    void everyWayAnActionEndsIsSaidInWords() throws Exception {
        List<LogEntry> log = oneSide(TECHNICIAN, List.of(
                requested("a1", "Show system information", "read"),
                new Event(TECHNICIAN, new JournalEvent.ActionStarted("a1", "Show system information")),
                result("a1", "Show system information", "Ubuntu 24.04, 16 GB of memory.", "success", "SUCCEEDED", 0),
                requested("a2", "Scan “Downloads” for malware", "scan"),
                new Event(CUSTOMER, new JournalEvent.ConsentAsked("Scan “Downloads” for malware", "a2", "")),
                new Event(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, "Scan “Downloads” for malware", "a2", "")),
                new Event(TECHNICIAN, new JournalEvent.ActionStarted("a2", "Scan “Downloads” for malware")),
                result("a2", "Scan “Downloads” for malware", "The scanner could not be started.", "failure", "FAILED", 2),
                requested("a3", "End “firefox”", "change"),
                new Event(CUSTOMER, new JournalEvent.ConsentAsked("End “firefox”", "a3", "")),
                new Event(CUSTOMER, new JournalEvent.ConsentDecided(Answer.TIMED_OUT, "End “firefox”", "a3", "")),
                result("a3", "End “firefox”", "Nobody answered within 1 minute, so nothing was done.", "timed out",
                        "TIMED_OUT", -1),
                requested("a4", "Measure what fills “/home”", "scan"),
                new Event(CUSTOMER, new JournalEvent.ConsentAsked("Measure what fills “/home”", "a4", "")),
                new Event(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, "Measure what fills “/home”", "a4", "")),
                new Event(TECHNICIAN, new JournalEvent.ActionStarted("a4", "Measure what fills “/home”")),
                result("a4", "Measure what fills “/home”", "The technician stopped it.", "cancelled", "CANCELLED", -1),
                requested("a5", "Empty the temp folder", "change"),
                result("a5", "Empty the temp folder", "This computer does not offer it.", "not available", "UNAVAILABLE", -1),
                requested("a6", "Uninstall “gimp”", "change"),
                result("a6", "Uninstall “gimp”", "The customer has not started the session yet.", "not allowed",
                        "DENIED", -1),
                requested("a7", "Scan “Documents” for malware", "scan"),
                new Event(CUSTOMER, new JournalEvent.ConsentAsked("Scan “Documents” for malware", "a7", "")),
                new Event(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, "Scan “Documents” for malware", "a7", "")),
                new Event(TECHNICIAN, new JournalEvent.ActionStarted("a7", "Scan “Documents” for malware")),
                result("a7", "Scan “Documents” for malware", "It ran longer than 30 minutes and was stopped.", "timed out",
                        "TIMED_OUT", -1),
                new Event(TECHNICIAN, new JournalEvent.ActionStarted("a8", "List running programs")),
                requested("a9", "List installed programs", "read")));

        String recap = recaps.markdown(log);

        assertEquals(List.of(
                "- 09:01 Show system information — done: Ubuntu 24.04, 16 GB of memory.",
                "- 09:06 Scan “Downloads” for malware — failed: The scanner could not be started.",
                "- 09:16 Measure what fills “/home” — cancelled: The technician stopped it.",
                "- 09:26 Scan “Documents” for malware — stopped because it took too long: It ran longer than 30 minutes and "
                        + "was stopped.",
                "- 09:28 List running programs — it was started, but no result was recorded."),
                section(recap, "## What was done"), "only what ran");
        assertEquals(List.of(
                "- 09:04 Asked for permission to scan “Downloads” for malware — the customer allowed it.",
                "- 09:09 Asked for permission to end “firefox” — the customer did not answer in time, so it was not allowed.",
                "- 09:14 Asked for permission to measure what fills “/home” — the customer allowed it.",
                "- 09:24 Asked for permission to scan “Documents” for malware — the customer allowed it."),
                section(recap, "## What the customer was asked to allow"), "only the questions put to the customer");
        assertEquals(List.of(
                "- 09:18 You asked to empty the temp folder — not available: This computer does not offer it. The customer "
                        + "was not asked about it.",
                "- 09:20 You asked to uninstall “gimp” — not allowed: The customer has not started the session yet. The "
                        + "customer was not asked about it.",
                "- 09:29 You asked to list installed programs — no result was recorded."),
                section(recap, "## What was not done"), "what did not run, and was not asked, is told with why");
        assertFalse(recap.contains("asked for but not carried out"), recap);
    }

    @Test
    void answersPairWithTheirQuestionByRequestEvenWhenTwoQuestionsReadAlike() throws Exception {
        String purpose = "uninstall “vlc” version 3.0.18 (52 MB)";
        List<LogEntry> log = oneSide(CUSTOMER, List.of(
                requested("first", "Uninstall “vlc” version 3.0.18 (52 MB)", "change"),
                new Event(SYSTEM, new JournalEvent.ConsentAsked(purpose, "first", "")),
                requested("second", "Uninstall “vlc” version 3.0.18 (52 MB)", "change"),
                new Event(SYSTEM, new JournalEvent.ConsentAsked(purpose, "second", "")),
                new Event(CUSTOMER, new JournalEvent.ConsentDecided(Answer.GRANTED, purpose, "second", "")),
                new Event(SYSTEM, new JournalEvent.ConsentDecided(Answer.DENIED, purpose, "first",
                        "The session ended before the customer answered."))));

        assertEquals(List.of(
                "- 09:01 Asked for permission to uninstall “vlc” version 3.0.18 (52 MB) — it was not allowed: The session "
                        + "ended before the customer answered.",
                "- 09:03 Asked for permission to uninstall “vlc” version 3.0.18 (52 MB) — you allowed it."),
                section(recaps.markdown(log), "## What you were asked to allow"));
    }

    @Test
    void theTechnicianIsNamedAsFarAsThisCopyOfTheLogKnowsThem() throws Exception {
        List<LogEntry> unverified = oneSide(CUSTOMER, List.of(
                new Event(CUSTOMER, new JournalEvent.IdentityUnverified("Sam", "No trusted organisation issued the "
                        + "certificate.", "Sam — not verified"))));
        List<LogEntry> noCertificate = oneSide(TECHNICIAN, List.of(
                new Event(TECHNICIAN, new JournalEvent.SessionConnected("482", "Ada Lovelace")),
                new Event(TECHNICIAN, new JournalEvent.IdentityPresented("Dana Scully", ""))));

        assertTrue(recaps.markdown(unverified).contains("**Who helped you:** Sam (their organisation was not verified)"));
        String technicians = recaps.markdown(noCertificate);
        assertTrue(technicians.contains("**Customer:** Ada Lovelace  \n**Technician:** Dana Scully (no certificate presented)"),
                technicians);
        assertTrue(technicians.contains("The customer was not asked for any permission."), technicians);
        assertTrue(technicians.contains("No actions were asked for on the customer's computer."), technicians);
    }

    @Test
    void aLongSessionListsThePlanEveryAnswerTheProblemsAndWhatComesNext() throws Exception {
        SampleSessionLogs.Pair sample = SampleSessionLogs.write(java.nio.file.Files.createDirectory(dir.resolve("sample")), START);
        String recap = recaps.markdown(LogReader.read(sample.customerLog()), SessionLogVerifier.verify(sample.customerLog()));

        assertEquals(List.of(
                "- Look at the printer queue & settings: done",
                "- Restart the print spooler: done",
                "- Print a test page: done after clearing a paper jam"), section(recap, "## The plan"));
        assertEquals(List.of(
                "- 09:04 Asked for permission to see your screen and basic information about your computer (system details, "
                        + "installed programs, running programs) — you allowed it.",
                "- 09:08 Asked for permission to control your mouse and keyboard — you said no.",
                "- 09:11 Asked for permission to restart the print spooler — you allowed it.",
                "- 09:16 Asked for permission to print a test page — nobody answered in time, so it was not allowed.",
                "- 09:18 Asked for permission to print a test page — you allowed it.",
                "- 09:24 You paused sharing your screen."), section(recap, "## What you were asked to allow"));
        assertEquals(List.of(
                "- 09:12 Restart the print spooler — done: The print spooler restarted.",
                "- 09:20 Print a test page — failed: The printer reported a paper jam."), section(recap, "## What was done"));
        assertEquals(List.of(
                "- 09:02 Dana Scully: Hello Zoë, this is Dana from Contoso Support.",
                "- 09:03 You: Hi! My printer says \"offline\".",
                "- 09:06 Dana Scully: I can see your screen. Let's look at the queue.",
                "- 09:09 Dana Scully: No problem, I will guide you instead.",
                "- 09:14 You: It says \\<ready\\> now!",
                "- 09:22 You: I cleared the paper jam and it printed.",
                "- 09:24 Dana Scully: Thanks Zoë, all done. Goodbye!"), section(recap, "## Messages"));
        assertEquals(List.of("- The printer reported a paper jam."), section(recap, "## Problems along the way"));
        assertEquals(List.of("If the printer goes offline again, restart it once; if that does not help, call Contoso "
                + "Support on 555-0100."), section(recap, "## What comes next"));
    }

    @Test
    void theHtmlRecapIsOnePageWithTheSameContent() throws Exception {
        String html = recaps.html(technicianEntries, SessionLogVerifier.verify(logs.technicianLog()));

        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<style>"), html);
        assertFalse(html.contains("<script") || html.contains("src=") || html.contains("href="), "self-contained");
        assertTrue(html.contains("<p><span class=\"label\">Technician:</span> Dana Scully of Contoso Support "
                + "(certificate presented)</p>"), html);
        assertTrue(html.contains("<li>09:10 Asked for permission to uninstall a program called “vlc” — the customer said "
                + "no.</li>"), html);
        assertTrue(html.contains("<li>09:08 List installed programs — done: 1,204 programs are installed.</li>"), html);
        assertTrue(html.contains("<footer>This record was checked and is intact.</footer>"), html);
    }

    @Test
    void everythingFromTheLogIsEscaped() throws Exception {
        String hostile = "<script>alert('x')</script> & *bold* [link](http://evil)";
        List<LogEntry> log = oneSide(CUSTOMER, List.of(
                new Event("technician:" + hostile, new JournalEvent.Chat("hi")),
                new Event(SYSTEM, new JournalEvent.PlanChanged(List.of(new JournalEvent.PlanStep(hostile, "done")))),
                new Event(SYSTEM, new JournalEvent.SessionEnded("customer", "finished", hostile))));

        String html = recaps.html(log);
        String markdown = recaps.markdown(log);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; *bold*"), html);
        assertFalse(markdown.contains("<script>") || markdown.contains("*bold*") || markdown.contains("[link]"), markdown);
        assertTrue(markdown.contains("\\<script\\>alert('x')\\</script\\> & \\*bold\\* \\[link\\](http://evil)"), markdown);
    }

    @Test
    void aMessageOfSeveralLinesKeepsItsLineBreaks() throws Exception {
        List<LogEntry> log = oneSide(CUSTOMER, List.of(
                new Event(CUSTOMER, new JournalEvent.Chat("it still does not print!!  please hurry\r\n\n- second   line ")),
                new Event(CUSTOMER, new JournalEvent.SessionEnded("customer", "finished", ""))));

        List<String> messages = section(recaps.markdown(log), "## Messages");
        String html = recaps.html(log);

        assertEquals(2, messages.size(), messages::toString);
        assertTrue(messages.get(0).matches("- \\d\\d:\\d\\d You: it still does not print!! please hurry  "), messages::toString);
        assertEquals("  \\- second line", messages.get(1), "a hard break, the next line indented into the item and "
                + "escaped as a line of its own; blank lines and runs of spaces go");
        assertTrue(html.contains("You: it still does not print!! please hurry<br>\n- second line</li>"), html);
    }

    @Test
    void aSessionTheCustomerDidNotStartGetsAShortClosingInsteadOfARecap() throws Exception {
        for (String how : List.of("customer-declined", "customer-did-not-answer")) {
            List<LogEntry> log = oneSide(CUSTOMER, List.of(
                    new Event(CUSTOMER, new JournalEvent.SessionConnected("482", "")),
                    new Event(CUSTOMER, new JournalEvent.ConsentAsked(ConsentPurposes.SESSION, "", "")),
                    new Event(CUSTOMER, new JournalEvent.ConsentDecided(how.equals("customer-declined") ? Answer.DENIED
                            : Answer.TIMED_OUT, ConsentPurposes.SESSION, "", "")),
                    new Event(CUSTOMER, new JournalEvent.SessionEnded("customer", how, "", ""))));

            String recap = recaps.markdown(log);

            assertTrue(recap.contains(how.equals("customer-declined") ? "You did not start the session; nothing was shared."
                    : "You did not answer, so the session did not start; nothing was shared."), recap);
            assertTrue(recap.contains("**Who asked to help you:** A technician (their organisation was not verified)"), recap);
            assertTrue(recap.contains("This record was not checked for changes."), recap);
            for (String recapOfASession : List.of("Your support session", "Who helped you", "How long", "## The plan",
                    "## What was done", "## Messages", "## What comes next")) {
                assertFalse(recap.contains(recapOfASession), recapOfASession + " in " + recap);
            }
            assertTrue(recaps.markdown(log, new NotClosed(3), Viewpoint.TECHNICIAN).contains("## What was done"),
                    "the technician's copy keeps its full record");
        }
    }

    @Test
    void aSessionWithoutAPlanOrNextStepsSaysSoPlainly() throws Exception {
        List<LogEntry> log = oneSide(CUSTOMER, List.of(
                new Event(CUSTOMER, new JournalEvent.SessionConnected("482", "")),
                new Event(CUSTOMER, new JournalEvent.SessionEnded("customer", "finished", ""))));

        String recap = recaps.markdown(log);

        assertTrue(recap.contains("No plan was recorded."), recap);
        assertTrue(recap.contains("You were not asked for any permission."), recap);
        assertTrue(recap.contains("No actions were carried out on your computer."), recap);
        assertTrue(recap.contains("No chat messages were exchanged."), recap);
        assertTrue(recap.contains("**Who helped you:** A technician (their organisation was not verified)"), recap);
        assertTrue(recap.contains("start a new session and mention session s-1."), recap);
        assertTrue(recap.contains("This record was not checked for changes."), recap);
    }

    @Test
    void howItEndedIsToldInTheWordsOfWhoseCopyItIs() throws Exception {
        List<Event> events = List.of(new Event(CUSTOMER, new JournalEvent.SessionConnected("482", "")),
                new Event(CUSTOMER, new JournalEvent.SessionEnded("connection", "connection-lost", "whatever was read", "")));

        String customers = recaps.markdown(oneSide(CUSTOMER, events), new NotClosed(2), Viewpoint.CUSTOMER);
        String technicians = recaps.markdown(oneSide(CUSTOMER, events), new NotClosed(2), Viewpoint.TECHNICIAN);

        assertTrue(customers.contains("## How it ended\n\n- " + org.tandem.shared.session.SessionEnding.CONNECTION_LOST.toCustomer()),
                customers);
        assertTrue(technicians.contains("- " + org.tandem.shared.session.SessionEnding.CONNECTION_LOST.toTechnician()),
                technicians);
        assertFalse(customers.contains("Nothing more is needed from you"), "a lost session was not finished: " + customers);
        assertTrue(customers.contains("The session ended before it was finished. If you still need help, start a new "
                + "session and mention session s-1."), customers);
    }

    @Test
    void aLogWrittenBeforeHowWasRecordedHasNoEndingLine() throws Exception {
        String recap = recaps.markdown(oneSide(CUSTOMER, List.of(
                new Event(CUSTOMER, new JournalEvent.SessionEnded("customer", "finished", "")))));
        assertFalse(recap.contains("How it ended"), recap);
        assertTrue(recap.contains("Nothing more is needed from you"), recap);
    }

    @Test
    void theIntegrityLineSaysWhenTheLogIsNotClosedOrAltered() {
        assertTrue(recaps.markdown(technicianEntries, new NotClosed(20)).contains("intact up to event 20, but it was not closed properly"));
        assertTrue(recaps.html(customerEntries, new Broken(7, "hash does not match the event"))
                .contains("Warning: this record was altered after it was written (line 7: hash does not match the event)."));
    }

    @Test
    void durationsReadAsWords() {
        assertEquals("under a minute", RecapGenerator.words(Duration.ofSeconds(29)));
        assertEquals("1 minute", RecapGenerator.words(Duration.ofSeconds(50)));
        assertEquals("42 minutes", RecapGenerator.words(Duration.ofMinutes(42)));
        assertEquals("1 hour", RecapGenerator.words(Duration.ofMinutes(60)));
        assertEquals("2 hours 5 minutes", RecapGenerator.words(Duration.ofMinutes(125)));
    }

    @Test
    void theFactsCountWhatTheHistoryShows() {
        SessionFacts technicians = SessionFacts.of(technicianEntries);
        SessionFacts customers = SessionFacts.of(customerEntries);

        assertEquals("Ticket 4711", technicians.customerName());
        assertEquals("Dana Scully", technicians.technician());
        assertEquals(SessionFacts.Identity.CERTIFICATE_PRESENTED, technicians.identity());
        assertEquals(SessionFacts.Identity.VERIFIED, customers.identity());
        assertEquals(2, technicians.requestedActionCount());
        assertEquals(3, technicians.consentDecisionCount());
        assertEquals(List.of("SUCCEEDED", "DENIED"), technicians.actions().stream().map(SessionFacts.ActionRecord::status).toList());
        assertEquals(Duration.ofSeconds(42 * 20), technicians.duration());
    }

    private List<LogEntry> oneSide(String own, List<Event> events) throws Exception {
        Path file = java.nio.file.Files.createTempFile(dir, "one-side", ".log");
        java.nio.file.Files.delete(file);
        return LogReader.read(RecordedSession.oneSide(file, own, START, events));
    }

    private static Event requested(String id, String action, String risk) {
        return new Event(TECHNICIAN, new JournalEvent.ActionRequested(id, action, "", risk, Map.of()));
    }

    private static Event result(String id, String action, String result, String outcome, String status, int exit) {
        return new Event(TECHNICIAN, new JournalEvent.ActionResult(id, action, result, outcome, status, exit));
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
