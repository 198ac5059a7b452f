package org.tandem.agent.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.history.Integrity;
import org.tandem.agent.history.PastSessions;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.history.SessionRecord;
import org.tandem.shared.log.SampleSessionLogs;

/** The view model alone, with both executors running tasks at once, so no FX toolkit is needed. */
class HistoryViewModelTest {
    @TempDir
    Path data;

    private HistoryViewModel model;

    @BeforeEach
    void load() throws Exception {
        PastSessions.write(data);
        model = new HistoryViewModel(new SessionHistory(data), Runnable::run, Runnable::run, ZoneOffset.UTC);
        model.refresh().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSessionsLengthIsRoundedAsTheRecapRoundsIt() {
        // The recap of the same session says "under a minute", "1 minute" (for 30 s), "15 minutes", "1 hour".
        assertEquals("under 1 min", HistoryViewModel.durationText(java.time.Duration.ofSeconds(20)));
        assertEquals("1 min", HistoryViewModel.durationText(java.time.Duration.ofSeconds(30)));
        assertEquals("15 min", HistoryViewModel.durationText(java.time.Duration.ofSeconds(14 * 60 + 40)));
        assertEquals("1 h 0 min", HistoryViewModel.durationText(java.time.Duration.ofSeconds(59 * 60 + 45)));
    }

    @Test
    void refreshListsTheSessionsAndCountsTheAlteredOnes() {
        assertEquals(3, model.sessions().size());
        assertEquals("3 sessions, 1 altered", model.statusProperty().get());
        assertFalse(model.loadingProperty().get());
        assertEquals("3 Mar 2026, 10:00", model.dateText(model.sessions().get(0)));
    }

    @Test
    void searchAndFilterNarrowTheList() {
        model.searchProperty().set("Grace");
        assertEquals(List.of(PastSessions.ALTERED), ids());

        model.searchProperty().set("");
        model.filterProperty().set(HistoryFilter.NOT_CLOSED);
        assertEquals(List.of(PastSessions.NOT_CLOSED), ids());

        model.filterProperty().set(HistoryFilter.ALL);
        assertEquals(3, ids().size());
    }

    @Test
    void theSearchFindsASessionByCustomerTicketCodeDateOrWhatHappenedInAnyOrderAndCase() {
        model.searchProperty().set("4711");
        assertEquals(List.of(PastSessions.INTACT), ids(), "the ticket");
        model.searchProperty().set("117-BBB");
        assertEquals(List.of(PastSessions.NOT_CLOSED), ids(), "the session's code");
        model.searchProperty().set("2026-03-01");
        assertEquals(List.of(PastSessions.ALTERED), ids(), "the day, as a date is written");
        model.searchProperty().set("lovelace  2 MAR");
        assertEquals(List.of(PastSessions.NOT_CLOSED), ids(), "the date as the table shows it, with a name");
        model.searchProperty().set("vlc ticket");
        assertEquals(List.of(PastSessions.INTACT), ids(), "what happened: the program the customer kept");
    }

    @Test
    void anEmptyResultSaysWhyInPlainWords() throws Exception {
        model.searchProperty().set("zebra");
        assertEquals(List.of(), ids());
        assertEquals("No session matches “zebra”. Press Esc to clear the search.", model.emptyTextProperty().get());

        model.searchProperty().set("lovelace");
        model.filterProperty().set(HistoryFilter.ALTERED);
        assertEquals(List.of(), ids());
        assertEquals("No altered session matches “lovelace”. Press Esc to clear the search.",
                model.emptyTextProperty().get());

        model.searchProperty().set("");
        assertEquals(List.of(PastSessions.ALTERED), ids());

        HistoryViewModel none = new HistoryViewModel(new SessionHistory(data.resolve("nothing")), Runnable::run,
                Runnable::run, ZoneOffset.UTC);
        none.refresh().get(10, TimeUnit.SECONDS);
        assertEquals("No sessions yet. A session shows here once its customer has connected.", none.emptyTextProperty().get());
    }

    @Test
    void theSearchFindsWordsOfTheChat() throws Exception {
        Path other = data.resolve("other");
        SampleSessionLogs.write(Files.createDirectories(other.resolve(SessionHistory.SESSIONS_DIRECTORY).resolve("482-dddddd")),
                Instant.parse("2026-03-04T10:00:00Z"));
        HistoryViewModel chatty = new HistoryViewModel(new SessionHistory(other), Runnable::run, Runnable::run, ZoneOffset.UTC);
        chatty.refresh().get(10, TimeUnit.SECONDS);

        chatty.searchProperty().set("printer offline");
        assertEquals(1, chatty.sessions().size());
        chatty.searchProperty().set("printer scanner");
        assertEquals(0, chatty.sessions().size());
    }

    @Test
    void openingASessionShowsItsTimelineInPlainWords() throws Exception {
        model.open(model.sessions().get(0)).get(10, TimeUnit.SECONDS);

        assertEquals(18, model.timeline().size(), "22 entries, of which 4 are the log's seals");
        assertEquals("10:00:20  Dana Scully — Session connected, customer: Ticket 4711", model.timeline().get(0));
        List<String> lines = List.copyOf(model.timeline());
        assertTrue(lines.contains("10:06:00  Customer — Customer allowed: control the customer's mouse and keyboard"), lines.toString());
        assertTrue(lines.contains("10:08:40  Dana Scully — Action finished: List installed programs — done"),
                lines.toString());
        assertTrue(lines.contains("10:11:00  Customer — Customer said no: Uninstall a program called “vlc”"), lines.toString());
        // The log's seals are for verifying, and the integrity line says what they prove.
        assertTrue(lines.stream().noneMatch(line -> line.contains("Checkpoint")), "a checkpoint listed: " + lines);
        assertTrue(lines.stream().noneMatch(line -> line.contains("Final checkpoint")), "the final one listed: " + lines);
        assertTrue(lines.stream().noneMatch(line -> line.contains("Receipt")), "the other side's receipt listed: " + lines);
        assertTrue(model.chat().isEmpty(), "no chat in this session");
        assertTrue(model.canExportProperty().get());

        model.open(null).get(10, TimeUnit.SECONDS);
        assertTrue(model.timeline().isEmpty() && model.chat().isEmpty());
        assertFalse(model.canExportProperty().get());
    }

    @Test
    void openingASessionWithChatShowsWhoSaidWhat() throws Exception {
        Path other = data.resolve("other");
        SampleSessionLogs.write(Files.createDirectories(other.resolve(SessionHistory.SESSIONS_DIRECTORY).resolve("482-dddddd")),
                Instant.parse("2026-03-04T10:00:00Z"));
        HistoryViewModel chatty = new HistoryViewModel(new SessionHistory(other), Runnable::run, Runnable::run, ZoneOffset.UTC);
        chatty.refresh().get(10, TimeUnit.SECONDS);

        chatty.open(chatty.sessions().get(0)).get(10, TimeUnit.SECONDS);

        assertEquals(7, chatty.chat().size());
        assertEquals("10:02:28  Dana Scully: Hello Zoë, this is Dana from Contoso Support.", chatty.chat().get(0));
        // The customer by the name the log gives them, as the recap and History's Customer column call them.
        assertEquals("10:03:05  Zoë Park: Hi! My printer says \"offline\".", chatty.chat().get(1));
    }

    @Test
    void aCustomerTheLogGivesNoNameIsCustomerInTheChat() throws Exception {
        Path other = data.resolve("nameless");
        SampleSessionLogs.write(Files.createDirectories(other.resolve(SessionHistory.SESSIONS_DIRECTORY).resolve("482-eeeeee")),
                SampleSessionLogs.SESSION, Instant.parse("2026-03-04T10:00:00Z"), SampleSessionLogs.script(""));
        HistoryViewModel chatty = new HistoryViewModel(new SessionHistory(other), Runnable::run, Runnable::run, ZoneOffset.UTC);
        chatty.refresh().get(10, TimeUnit.SECONDS);

        chatty.open(chatty.sessions().get(0)).get(10, TimeUnit.SECONDS);

        assertEquals("10:03:05  Customer: Hi! My printer says \"offline\".", chatty.chat().get(1));
    }

    @Test
    void exportWritesMarkdownOrHtmlByTheFileName() throws Exception {
        model.open(model.sessions().get(0)).get(10, TimeUnit.SECONDS);

        Path markdown = model.exportRecap(data.resolve("recap.md")).get(10, TimeUnit.SECONDS);
        Path html = model.exportRecap(data.resolve("Recap.HTML")).get(10, TimeUnit.SECONDS);

        assertTrue(Files.readString(markdown).startsWith("# Support session on Tuesday 3 March 2026\n**Customer:** Ticket 4711"),
                Files.readString(markdown));
        assertTrue(Files.readString(markdown).contains("This record was checked and is intact."));
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        assertEquals("Recap saved to " + html, model.statusProperty().get());
    }

    @Test
    void aSavedRecapNamesTheTechnicianWhereTheRecapShownInTheConsoleSaysYou() throws Exception {
        Path other = data.resolve("other");
        Path folder = Files.createDirectories(other.resolve(SessionHistory.SESSIONS_DIRECTORY).resolve("482-dddddd"));
        SampleSessionLogs.write(folder, Instant.parse("2026-03-04T10:00:00Z"));
        SessionHistory.writeRecapBeside(folder.resolve(SessionHistory.LOG_FILE));
        HistoryViewModel chatty = new HistoryViewModel(new SessionHistory(other), Runnable::run, Runnable::run, ZoneOffset.UTC);
        chatty.refresh().get(10, TimeUnit.SECONDS);
        chatty.open(chatty.sessions().get(0)).get(10, TimeUnit.SECONDS);

        String saved = Files.readString(chatty.exportRecap(data.resolve("for-a-colleague.md")).get(10, TimeUnit.SECONDS));
        assertTrue(saved.contains(" Dana Scully: Hello Zoë, this is Dana from Contoso Support."), saved);
        assertTrue(saved.contains(" Zoë Park: Hi! My printer says"), saved);
        assertFalse(saved.contains(" You: "), saved);

        String shown = Files.readString(folder.resolve(SessionHistory.RECAP_FILE));
        assertTrue(shown.contains(" You: Hello Zoë, this is Dana from Contoso Support."), "the technician's own: " + shown);
    }

    @Test
    void theRecapOfAnAlteredSessionSaysSo() throws Exception {
        SessionRecord altered = model.sessions().stream().filter(r -> r.integrity() == Integrity.BROKEN).findFirst().orElseThrow();
        model.open(altered).get(10, TimeUnit.SECONDS);

        Path recap = model.exportRecap(data.resolve("altered.md")).get(10, TimeUnit.SECONDS);

        assertTrue(Files.readString(recap).contains("Warning: this record was altered after it was written (line "
                + PastSessions.ALTERED_LINE));
    }

    @Test
    void badgesReadPlainly() {
        assertEquals("Intact", HistoryViewModel.badgeText(Integrity.INTACT));
        assertEquals("Not closed", HistoryViewModel.badgeText(Integrity.NOT_CLOSED));
        assertEquals("Altered!", HistoryViewModel.badgeText(Integrity.BROKEN));
    }

    private List<String> ids() {
        return model.sessions().stream().map(SessionRecord::id).toList();
    }
}
