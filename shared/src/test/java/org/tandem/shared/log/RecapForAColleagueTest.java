package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.shared.log.RecordedSession.TECHNICIAN;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.RecapGenerator.Viewpoint;
import org.tandem.shared.log.SampleSessionLogs.Event;

/**
 * The technician's recap as it leaves the console (saved from History): whoever reads it next must know
 * whose session it was, so it names the technician where the technician's own copy says "you", and the
 * customer by the name the technician gave them (decision 0046). The copy the technician reads in the
 * console still says "you".
 */
class RecapForAColleagueTest {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    @TempDir
    Path dir;

    @Test
    void aSavedRecapNamesTheTechnicianAndTheCustomerWhereTheTechniciansOwnCopySaysYou() throws Exception {
        List<Event> script = new ArrayList<>(SampleSessionLogs.script(""));
        script.add(5, new Event(TECHNICIAN, new JournalEvent.CustomerNamed("Zoë Park")));
        script.add(new Event(TECHNICIAN, new JournalEvent.Note("Printer is a 2009 model.")));
        script.set(script.size() - 2, new Event(TECHNICIAN, new JournalEvent.SessionEnded(TECHNICIAN, "technician-ended",
                "", "")));
        script.remove(script.size() - 3); // the technician's goodbye: the session ends on the note
        Path log = SampleSessionLogs.write(dir, "s1", START, script).technicianLog();
        List<LogEntry> entries = LogReader.read(log);
        RecapGenerator recaps = new RecapGenerator(ZoneOffset.UTC);

        String saved = recaps.markdown(entries, SessionLogVerifier.verify(log), Viewpoint.COLLEAGUE);
        assertTrue(saved.contains("**Customer:** Zoë Park"), saved);
        assertTrue(saved.contains("**Technician:** Dana Scully of Contoso Support"), saved);
        List<String> messages = RecapControlTest.section(saved, "## Messages");
        assertEquals("- 09:02 Dana Scully: Hello Zoë, this is Dana from Contoso Support.", messages.get(0));
        assertEquals("- 09:03 Zoë Park: Hi! My printer says \"offline\".", messages.get(1));
        assertEquals(List.of("- Dana Scully ended the session."), RecapControlTest.section(saved, "## How it ended"));
        assertEquals(List.of("- 09:18 Printer is a 2009 model."),
                RecapControlTest.section(saved, "## Private notes of Dana Scully").stream()
                        .map(line -> line.replaceAll("\\d\\d:\\d\\d", "09:18")).toList());
        assertFalse(saved.lines().anyMatch(line -> line.matches("(- )?(\\d\\d:\\d\\d )?(You|Your)\\b.*")), saved);

        String own = recaps.markdown(entries, SessionLogVerifier.verify(log), Viewpoint.TECHNICIAN);
        assertTrue(own.contains("- 09:03 Zoë Park: Hi!"), "the customer is named in both: " + own);
        assertTrue(own.contains("- 09:02 You: Hello Zoë"), own);
        assertEquals(List.of("- You ended the session."), RecapControlTest.section(own, "## How it ended"));
        assertTrue(own.contains("## Your private notes"), own);
    }

    @Test
    void eachWayTheTechniciansOwnWordsSayYouNamesThemForAColleague() {
        SessionFacts facts = SessionFacts.of(List.of());
        SessionFacts dana = technician("Dana $1 Scully");
        assertEquals("The technician asked to ", RecapWords.FOR_COLLEAGUE.askedTo(facts));
        assertEquals("Dana $1 Scully asked to ", RecapWords.FOR_COLLEAGUE.askedTo(dana));
        assertEquals("You asked to ", RecapWords.FOR_TECHNICIAN.askedTo(dana));
        assertEquals("Dana $1 Scully was in control of the customer's mouse and keyboard for 3 minutes (Dana $1 Scully "
                + "gave it back).", RecapWords.FOR_COLLEAGUE.named("You were in control of the customer's mouse and "
                + "keyboard for 3 minutes (you gave it back).", dana));
        assertEquals("The session was ended because data between the technician and the customer arrived damaged or "
                + "changed on the way.", RecapWords.FOR_COLLEAGUE.named(
                        org.tandem.shared.session.SessionEnding.INVALID_DATA.toTechnician(), facts));
    }

    @Test
    void theLastNameTheTechnicianGaveStandsOverATicketTypedAndTheComputersName() {
        List<JournalEvent> events = List.of(new JournalEvent.SessionConnected("482", "Ticket 4711"),
                new JournalEvent.CustomerNamed("Ana"), new JournalEvent.ComputerNamed("vm"),
                new JournalEvent.CustomerNamed("Ana Martin"));
        List<LogEntry> log = new ArrayList<>();
        for (JournalEvent event : events) {
            log.add(new LogEntry(log.size() + 1, START, "s1", TECHNICIAN, event.type(), event.details(), "", ""));
        }
        assertEquals("Ticket 4711", SessionFacts.of(log.subList(0, 1)).customerName());
        assertEquals("Ana", SessionFacts.of(log.subList(0, 3)).customerName(), "a computer's name does not replace it");
        assertEquals("Ana Martin", SessionFacts.of(log).customerName());
        assertEquals("Named the customer “Ana Martin”", LogEntryFormatter.wholeTitles(log).get(3));
    }

    /** A log that names only its technician, as the certificate presented does. */
    private static SessionFacts technician(String name) {
        JournalEvent presented = new JournalEvent.IdentityPresented(name, "");
        return SessionFacts.of(List.of(new LogEntry(1, START, "s1", TECHNICIAN, presented.type(), presented.details(),
                "", "")));
    }
}
