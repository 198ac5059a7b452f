package org.tandem.agent.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.session.SessionLogbook;
import org.tandem.shared.ssh.Ed25519Keys;

/** The Activity tab reads the console's own session log, in plain words, after each change. */
class ActivityViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theTimelineIsTheSessionLogInPlainWordsReadOffTheFxThread() throws Exception {
        Path file = dir.resolve("technician.log");
        String id = SessionLogbook.sessionIdFrom(new byte[32]);
        SessionLogbook book = new SessionLogbook(SessionLogWriter.create(file, id, "technician:Dana",
                Ed25519Keys.generate(), 20, Clock.systemUTC()), "technician:Dana");
        List<Runnable> background = new ArrayList<>();
        ActivityViewModel model = new ActivityViewModel(Runnable::run, background::add, ZoneOffset.UTC);

        book.record("technician:Dana", new JournalEvent.SessionConnected("482", "Alice Martin"));
        model.logOpened(file);
        model.changed();
        assertEquals(1, background.size(), "changes while a read waits make one read");
        assertTrue(model.items().isEmpty(), "nothing is read on the calling thread");
        background.remove(0).run();
        assertEquals(List.of("Session connected, customer: Alice Martin"), whats(model));
        assertEquals("Dana", model.items().get(0).who());

        book.record("customer", new JournalEvent.Chat("m1", "The printer is offline"));
        model.changed();
        background.remove(0).run();
        assertEquals(List.of("Session connected, customer: Alice Martin", "Chat: The printer is offline"), whats(model));
        assertEquals("Customer", model.items().get(1).who());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void aLongChatLineOrNoteReadsWholeForItsLineWraps() throws Exception {
        Path file = dir.resolve("technician.log");
        SessionLogbook book = new SessionLogbook(SessionLogWriter.create(file, SessionLogbook.sessionIdFrom(new byte[32]),
                "technician:Dana", Ed25519Keys.generate(), 20, Clock.systemUTC()), "technician:Dana");
        ActivityViewModel model = new ActivityViewModel(Runnable::run, Runnable::run, ZoneOffset.UTC);
        String chat = "The printer in the back office shows a blinking orange light and the model on its label"
                + " reads LaserJet M404dn";
        String note = "Customer says the scanner stopped working after the update on Tuesday; driver version"
                + " 4.2.1 is installed";

        book.record("customer", new JournalEvent.Chat("m1", chat));
        book.record("technician:Dana", new JournalEvent.Note(note));
        model.logOpened(file);

        assertEquals(List.of("Chat: " + chat, "Private note: " + note), whats(model),
                "the words past the 80th character are the ones that name the printer and the driver");
    }

    @Test
    void theLogsSealsAreLeftToLogShowAndNotListedAmongWhatHappened() throws Exception {
        Path file = dir.resolve("technician.log");
        SessionLogbook book = new SessionLogbook(SessionLogWriter.create(file, SessionLogbook.sessionIdFrom(new byte[32]),
                "technician:Dana", Ed25519Keys.generate(), 2, Clock.systemUTC()), "technician:Dana");
        ActivityViewModel model = new ActivityViewModel(Runnable::run, Runnable::run, ZoneOffset.UTC);

        book.record("customer", new JournalEvent.Chat("m1", "Hello"));
        book.record("technician:Dana", new JournalEvent.Chat("m2", "Hello, I am looking now"));
        book.record("customer", new JournalEvent.Chat("m3", "Thank you"));
        assertTrue(org.tandem.shared.log.LogReader.read(file).stream().anyMatch(e -> e.type().equals(org.tandem.shared.log.LogEventTypes.CHECKPOINT)),
                "the log holds a checkpoint to leave out");
        model.logOpened(file);

        assertEquals(List.of("Chat: Hello", "Chat: Hello, I am looking now", "Chat: Thank you"), whats(model));
    }

    @Test
    void anUnreadableLogSaysSoInPlainWords() throws Exception {
        Path file = dir.resolve("technician.log");
        Files.writeString(file, "this is not a log\n");
        ActivityViewModel model = new ActivityViewModel(Runnable::run, Runnable::run, ZoneOffset.UTC);
        model.logOpened(file);
        assertEquals("The session’s activity could not be read; the console’s log has the details.",
                model.messageProperty().get());
    }

    private static List<String> whats(ActivityViewModel model) {
        return model.items().stream().map(ActivityViewModel.Item::what).toList();
    }
}
