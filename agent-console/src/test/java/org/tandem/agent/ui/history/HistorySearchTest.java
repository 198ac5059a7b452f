package org.tandem.agent.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.agent.history.SessionHistory;
import org.tandem.agent.history.SessionRecord;
import org.tandem.shared.log.ActionWords;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.LogEntryFormatter;
import org.tandem.shared.log.LogReader;
import org.tandem.shared.log.RecordedSession;
import org.tandem.shared.log.SampleSessionLogs;
import org.tandem.shared.session.SessionEnding;

/**
 * History's search reads each line of a session whole, as the timeline shows it wrapped: a word the
 * technician wrote or read at the end of a long note, chat line, rating, follow-up or action's target
 * finds its session, though the same line is cut after 80 characters where it is shown short.
 */
class HistorySearchTest {
    private static final String LONG = "482-aaaaaa";
    private static final String OTHER = "117-bbbbbb";
    private static final String NOTE = "Customer mentioned the same printer failed in March; check whether the vendor"
            + " driver package was replaced by the generic one, the model is a Kyocera";
    private static final String CHAT = "The printer in the upstairs office stopped printing after this morning's update"
            + " and now it says the driver is missing whenever I print on the TASKalfa";
    private static final String COMMENT = "Dana was friendly and explained every step she took on my computer before"
            + " she took it, thank you for the patience";
    private static final String FOLLOW_UP_NOTE = "Please call the front desk first and ask for me by name, they will"
            + " put you through to extension 4417";
    private static final String FOLDER = "/home/alice/Documents/Quarterly reports/2026/Board meeting preparation"
            + "/Scanned attachments";

    @TempDir
    Path data;

    private HistoryViewModel model;

    @BeforeEach
    void load() throws Exception {
        Path sessions = data.resolve(SessionHistory.SESSIONS_DIRECTORY);
        String measure = ActionWords.recorded("Find what fills the disk", Map.of("folder", FOLDER));
        RecordedSession.oneSide(Files.createDirectories(sessions.resolve(LONG)).resolve(SessionHistory.LOG_FILE),
                RecordedSession.TECHNICIAN, Instant.parse("2026-03-03T10:00:00Z"), List.of(
                        event(RecordedSession.TECHNICIAN, new JournalEvent.SessionConnected("482", "Alice Martin")),
                        event(RecordedSession.CUSTOMER, new JournalEvent.Chat("m1", CHAT)),
                        event(RecordedSession.TECHNICIAN, new JournalEvent.Note(NOTE)),
                        event(RecordedSession.TECHNICIAN, new JournalEvent.ActionRequested(RecordedSession.LOOK_ID,
                                measure, "disk-usage", "scan", Map.of("folder", FOLDER))),
                        event(RecordedSession.CUSTOMER, new JournalEvent.Rating(5, COMMENT)),
                        event(RecordedSession.CUSTOMER, new JournalEvent.FollowUp("Next week", FOLLOW_UP_NOTE)),
                        ended()));
        // Another session with short lines, so that a search that finds every session proves nothing.
        RecordedSession.oneSide(Files.createDirectories(sessions.resolve(OTHER)).resolve(SessionHistory.LOG_FILE),
                RecordedSession.TECHNICIAN, Instant.parse("2026-03-02T10:00:00Z"), List.of(
                        event(RecordedSession.TECHNICIAN, new JournalEvent.SessionConnected("117", "Bob Stone")),
                        event(RecordedSession.CUSTOMER, new JournalEvent.Chat("m1", "My printer says offline.")),
                        event(RecordedSession.TECHNICIAN, new JournalEvent.Note("Printer driver reinstalled.")),
                        ended()));
        model = new HistoryViewModel(new SessionHistory(data), Runnable::run, Runnable::run, ZoneOffset.UTC);
        model.refresh().get(10, TimeUnit.SECONDS);
        assertEquals(2, model.sessions().size());
    }

    @Test
    void aWordPastTheEightiethCharacterOfALineFindsItsSession() throws Exception {
        SessionRecord record = model.sessions().stream().filter(r -> r.id().equals(LONG)).findFirst().orElseThrow();
        List<String> lines = LogEntryFormatter.wholeTitles(LogReader.read(record.log()));
        for (String word : List.of("Kyocera", "TASKalfa", "patience", "4417", "attachments")) {
            String line = lines.stream().filter(l -> l.contains(word)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line of the timeline says “" + word + "”: " + lines));
            assertTrue(line.indexOf(word) > 80, "“" + word + "” lies past the 80th character of “" + line + "”");

            model.searchProperty().set(word);
            assertEquals(List.of(LONG), ids(), "the search for “" + word + "”");
        }
    }

    @Test
    void wordsFromTheStartAndTheEndOfLongLinesFindTheSessionTogetherInAnyCase() {
        model.searchProperty().set("printer kyocera taskalfa");
        assertEquals(List.of(LONG), ids());
        model.searchProperty().set("PRINTER REINSTALLED");
        assertEquals(List.of(OTHER), ids());
        model.searchProperty().set("kyocera reinstalled");
        assertEquals(List.of(), ids(), "every word, in one session");
    }

    private static SampleSessionLogs.Event event(String actor, JournalEvent event) {
        return new SampleSessionLogs.Event(actor, event);
    }

    /** The technician ended the session, as the console records it. */
    private static SampleSessionLogs.Event ended() {
        SessionEnding how = SessionEnding.TECHNICIAN_ENDED;
        return event(RecordedSession.TECHNICIAN,
                new JournalEvent.SessionEnded(RecordedSession.TECHNICIAN, how.code(), how.to(false), ""));
    }

    private List<String> ids() {
        return model.sessions().stream().map(SessionRecord::id).toList();
    }
}
