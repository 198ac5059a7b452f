package org.tandem.agent.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.ssh.Ed25519Keys;

class SessionHistoryTest {
    @TempDir
    Path data;

    private SessionHistory history;

    @BeforeEach
    void writeSessions() throws Exception {
        PastSessions.write(data);
        history = new SessionHistory(data);
    }

    @Test
    void listsEverySessionNewestFirstWithItsIntegrity() throws Exception {
        List<SessionRecord> records = history.list();

        assertEquals(List.of(PastSessions.INTACT, PastSessions.NOT_CLOSED, PastSessions.ALTERED),
                records.stream().map(SessionRecord::id).toList());
        assertEquals(List.of(Integrity.INTACT, Integrity.NOT_CLOSED, Integrity.BROKEN),
                records.stream().map(SessionRecord::integrity).toList());
        assertTrue(records.get(1).integrityDetail().startsWith("not closed (the log stops after event"),
                records.get(1).integrityDetail());
        assertEquals("broken at line " + PastSessions.ALTERED_LINE + ": hash does not match the event",
                records.get(2).integrityDetail());
    }

    @Test
    void endedByYouIsSaidOfThisConsolesOwnLogsByItsKeyNotByTheTechniciansName(@TempDir Path other) throws Exception {
        KeyPair mine = Ed25519Keys.generate();
        CustomerSessions.past(other, "101-aaaaaa", Instant.parse("2026-03-02T10:00:00Z"), "Ticket 4711", "", "", mine);
        // Copied from a colleague's console: a technician of the same name, but their key.
        CustomerSessions.past(other, "102-bbbbbb", Instant.parse("2026-03-01T10:00:00Z"), "Ticket 4711", "", "",
                Ed25519Keys.generate());

        List<SessionRecord> here = new SessionHistory(OwnSessions.of(other, mine, new OpenLogs())).list();
        List<SessionRecord> anywhere = new SessionHistory(other).list();

        assertEquals(List.of("ended by you", "ended by Dana Scully"), here.stream().map(SessionRecord::ending).toList());
        assertEquals(List.of("ended by Dana Scully", "ended by Dana Scully"),
                anywhere.stream().map(SessionRecord::ending).toList(), "read by no console in particular, none is yours");
    }

    @Test
    void aSessionShowsItsCustomerTechnicianWhenHowLongAndHowMuchWasDone() throws Exception {
        SessionRecord intact = history.list().get(0);

        assertEquals("Ticket 4711", intact.customerName(), "the reference the technician typed at New session");
        assertEquals("Dana Scully", intact.technician());
        assertEquals(Instant.parse("2026-03-03T10:00:20Z"), intact.date());
        assertEquals(Duration.ofSeconds(42 * 20), intact.duration());
        assertEquals(2, intact.actions(), "the look and the uninstall, each asked for once");
        assertEquals(3, intact.consentDecisions(), "the session, control, and the uninstall the customer refused");
        assertEquals(Optional.empty(), intact.recap());
    }

    @Test
    void aSessionCutShortCountsWhatItHolds() throws Exception {
        SessionRecord notClosed = history.list().get(1);

        assertEquals("Ada Lovelace", notClosed.customerName());
        assertEquals(1, notClosed.actions());
        assertEquals(2, notClosed.consentDecisions());
    }

    @Test
    void searchFindsNamesAndAnythingThatHappenedInTheTimelinesWords() throws Exception {
        assertEquals(List.of(PastSessions.NOT_CLOSED), ids(history.search("ada", Optional.empty())));
        assertEquals(List.of(PastSessions.INTACT), ids(history.search("4711", Optional.empty())));
        assertEquals(List.of(PastSessions.ALTERED), ids(history.search("zero programs", Optional.empty())));
        assertEquals(List.of(PastSessions.INTACT, PastSessions.ALTERED),
                ids(history.search("customer said no vlc", Optional.empty())), "the session that was not closed stopped earlier");
        assertEquals(3, history.search("customer allowed", Optional.empty()).size());
        assertEquals(List.of(PastSessions.INTACT), ids(history.search("", Optional.of(Integrity.INTACT))));
        assertEquals(List.of(), ids(history.search("grace", Optional.of(Integrity.INTACT))));
    }

    @Test
    void aRecapNextToTheLogIsFound() throws Exception {
        Path recap = data.resolve("sessions").resolve(PastSessions.INTACT).resolve(SessionHistory.RECAP_FILE);
        Files.writeString(recap, "# Recap\n");

        assertEquals(Optional.of(recap), history.list().get(0).recap());
    }

    @Test
    void theRecapWrittenBesideALogIsTheTechniciansCopy() throws Exception {
        Path log = data.resolve("sessions").resolve(PastSessions.INTACT).resolve(SessionHistory.LOG_FILE);

        SessionHistory.writeRecapBeside(log);

        String recap = Files.readString(log.resolveSibling(SessionHistory.RECAP_FILE));
        assertTrue(recap.contains("**Customer:** Ticket 4711  \n**Technician:** Dana Scully of Contoso Support "
                + "(certificate presented)"), recap);
        assertTrue(recap.contains("## What the customer was asked to allow"), recap);
        assertTrue(recap.contains("Asked for permission to uninstall a program called “vlc” — the customer said no."), recap);
    }

    @Test
    void aFileThatIsNotALogAtAllIsListedAsAltered() throws Exception {
        Path folder = Files.createDirectories(data.resolve("sessions").resolve("000-garbage"));
        Files.writeString(folder.resolve(SessionHistory.LOG_FILE), "this is not a log\n");
        Files.createDirectories(data.resolve("sessions").resolve("no-log-here"));

        List<SessionRecord> records = history.list();

        assertEquals(4, records.size(), "a folder without a log is not a session");
        SessionRecord garbage = records.stream().filter(r -> r.id().equals("000-garbage")).findFirst().orElseThrow();
        assertEquals(Integrity.BROKEN, garbage.integrity());
        assertTrue(garbage.integrityDetail().startsWith("broken at line 1: not valid JSON"), garbage.integrityDetail());
    }

    @Test
    void noSessionsFolderMeansNoSessions() throws Exception {
        assertEquals(List.of(), new SessionHistory(data.resolve("elsewhere")).list());
    }

    @Test
    void aSessionIdCannotLeaveTheSessionsFolder() {
        assertEquals(data.resolve("sessions").resolve("482-abc"), history.folderOf("482-abc"));
        assertThrows(IllegalArgumentException.class, () -> history.folderOf("../technician_ed25519"));
        assertThrows(IllegalArgumentException.class, () -> history.folderOf("a/b"));
    }

    private static List<String> ids(List<SessionRecord> records) {
        return records.stream().map(SessionRecord::id).toList();
    }
}
