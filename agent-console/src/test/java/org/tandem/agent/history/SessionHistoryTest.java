package org.tandem.agent.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertEquals("not closed (the log stops after event 20; its end is missing or it was cut short)",
                records.get(1).integrityDetail());
        assertEquals("broken at line 12: hash does not match the event", records.get(2).integrityDetail());
    }

    @Test
    void aSessionShowsWhoWhenHowLongAndHowMuchWasDone() throws Exception {
        SessionRecord intact = history.list().get(0);

        assertEquals("Zoë Park", intact.customerName());
        assertEquals("Dana Scully", intact.technician());
        assertEquals(Instant.parse("2026-03-03T10:00:00Z"), intact.date());
        assertEquals(Duration.ofSeconds(44 * 37), intact.duration());
        assertEquals(3, intact.actions());
        assertEquals(6, intact.consentDecisions());
        assertEquals(Optional.empty(), intact.recap());
    }

    @Test
    void searchFindsNamesAndAnythingThatHappened() throws Exception {
        assertEquals(List.of(PastSessions.NOT_CLOSED), ids(history.search("ada", Optional.empty())));
        assertEquals(List.of(PastSessions.ALTERED), ids(history.search("your files", Optional.empty())));
        assertEquals(3, history.search("consent.denied", Optional.empty()).size());
        assertEquals(List.of(PastSessions.INTACT, PastSessions.ALTERED),
                ids(history.search("paper jam", Optional.empty())), "the session that was not closed ended earlier");
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
