package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.LogVerification.Broken;
import org.tandem.shared.log.LogVerification.NotClosed;
import org.tandem.shared.log.SampleSessionLogs.Event;

class RecapGeneratorTest {
    @TempDir
    Path dir;

    private final RecapGenerator recaps = new RecapGenerator(ZoneOffset.UTC);
    private List<LogEntry> entries;
    private LogVerification integrity;

    @BeforeEach
    void writeLog() throws Exception {
        SampleSessionLogs.Pair logs = SampleSessionLogs.write(dir, Instant.parse("2026-03-01T09:00:00Z"));
        entries = LogReader.read(logs.technicianLog());
        integrity = SessionLogVerifier.verify(logs.technicianLog());
    }

    @Test
    void theRecapSaysWhoHelpedWhenAndForHowLong() {
        String recap = recaps.markdown(entries, integrity);

        assertTrue(recap.startsWith("# Your support session on Sunday 1 March 2026\n"), recap);
        assertTrue(recap.contains("**Who helped you:** Dana Scully of Contoso Support (verified)"), recap);
        assertTrue(recap.contains("**For:** Zoë Park"), recap);
        assertTrue(recap.contains("**When:** Sunday 1 March 2026, 09:00 to 09:27 (Z)"), recap);
        assertTrue(recap.contains("**How long:** 27 minutes"), recap);
    }

    @Test
    void theRecapListsEveryConsentDecisionAndWhatItWasFor() {
        String recap = recaps.markdown(entries, integrity);

        assertTrue(recap.contains("- 09:04 Asked for permission to show your screen to the technician — you allowed it."), recap);
        assertTrue(recap.contains("- 09:08 Asked for permission to let the technician control your mouse and keyboard — you said no."), recap);
        assertTrue(recap.contains("- 09:16 Asked for permission to run: Print a test page — nobody answered in time, so it was not allowed."), recap);
        assertTrue(recap.contains("- 09:18 Asked for permission to run: Print a test page — you allowed it."), recap);
        assertTrue(recap.contains("- 09:23 You withdrew your permission to show your screen to the technician."), recap);
    }

    @Test
    void theRecapListsEveryActionWithItsResultAndThePlan() {
        String recap = recaps.markdown(entries, integrity);

        assertTrue(recap.contains("- 09:10 Restart the print spooler — it worked: The print spooler restarted."), recap);
        assertTrue(recap.contains("- 09:15 Print a test page — it was asked for but not carried out."), recap);
        assertTrue(recap.contains("- 09:17 Print a test page — it did not work: The printer reported a paper jam."), recap);
        assertTrue(recap.contains("- Print a test page: done after clearing a paper jam"), recap);
        assertTrue(recap.contains("8 chat messages were exchanged."), recap);
        assertTrue(recap.contains("call Contoso Support on 555-0100."), recap);
        assertTrue(recap.endsWith("*This record was checked and is intact.*\n"), recap);
    }

    @Test
    void theHtmlRecapIsOnePageWithTheSameContent() {
        String html = recaps.html(entries, integrity);

        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<style>"), html);
        assertFalse(html.contains("<script") || html.contains("src=") || html.contains("href="), "self-contained");
        assertTrue(html.contains("<li>09:08 Asked for permission to let the technician control your mouse and keyboard — you said no.</li>"), html);
        assertTrue(html.contains("<li>Look at the printer queue &amp; settings: done</li>"), html);
        assertTrue(html.contains("<footer>This record was checked and is intact.</footer>"), html);
    }

    @Test
    void everythingFromTheLogIsEscaped() throws Exception {
        String hostile = "<script>alert('x')</script> & *bold* [link](http://evil)";
        List<LogEntry> log = write(List.of(
                new Event("technician:" + hostile, LogEventTypes.CHAT, Map.of("text", "hi")),
                new Event("system", LogEventTypes.PLAN_CHANGED, Map.of("step", hostile, "status", "done")),
                new Event("system", LogEventTypes.SESSION_ENDED, Map.of("next", hostile))));

        String html = recaps.html(log);
        String markdown = recaps.markdown(log);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; *bold*"), html);
        assertFalse(markdown.contains("<script>") || markdown.contains("*bold*") || markdown.contains("[link]"), markdown);
        assertTrue(markdown.contains("\\<script\\>alert('x')\\</script\\> & \\*bold\\* \\[link\\](http://evil)"), markdown);
    }

    @Test
    void aSessionWithoutAPlanOrNextStepsSaysSoPlainly() throws Exception {
        List<LogEntry> log = write(List.of(
                new Event("system", LogEventTypes.SESSION_CONNECTED, Map.of("customerName", "Ada")),
                new Event("system", LogEventTypes.IDENTITY_UNVERIFIED, Map.of("technician", "Sam")),
                new Event("system", LogEventTypes.SESSION_ENDED, Map.of("reason", "finished"))));

        String recap = recaps.markdown(log);

        assertTrue(recap.contains("No plan was recorded."), recap);
        assertTrue(recap.contains("You were not asked for any permission."), recap);
        assertTrue(recap.contains("No actions were carried out on your computer."), recap);
        assertTrue(recap.contains("No chat messages were exchanged."), recap);
        assertTrue(recap.contains("**Who helped you:** Sam (their organisation was not verified)"), recap);
        assertTrue(recap.contains("start a new session and mention session s-1."), recap);
        assertTrue(recap.contains("This record was not checked for changes."), recap);
    }

    @Test
    void theIntegrityLineSaysWhenTheLogIsNotClosedOrAltered() {
        assertTrue(recaps.markdown(entries, new NotClosed(20)).contains("intact up to event 20, but it was not closed properly"));
        assertTrue(recaps.html(entries, new Broken(7, "hash does not match the event"))
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
        SessionFacts facts = SessionFacts.of(entries);

        assertEquals("Zoë Park", facts.customerName());
        assertEquals("Dana Scully", facts.technician());
        assertEquals(3, facts.actions().size());
        assertEquals(6, facts.consentDecisionCount());
        assertEquals(8, facts.chatMessages());
        assertEquals(Duration.ofSeconds(44 * 37), facts.duration());
    }

    private List<LogEntry> write(List<Event> events) throws Exception {
        Path file = dir.resolve("small.log");
        try (SessionLogWriter log = SessionLogWriter.create(file, "s-1", "customer", SampleSessionLogs.newKey(), 100,
                new SampleSessionLogs.SteppingClock(Instant.parse("2026-03-01T09:00:00Z"), Duration.ofMinutes(1)))) {
            for (Event event : events) {
                log.append(event.actor(), event.type(), event.details());
            }
        }
        return LogReader.read(file);
    }
}
