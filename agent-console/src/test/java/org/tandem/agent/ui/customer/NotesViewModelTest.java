package org.tandem.agent.ui.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.agent.ui.ConversationRig;
import org.tandem.shared.log.JournalEvent;

/** Private notes are recorded on the console only and never sent. */
class NotesViewModelTest {
    private final ConversationRig rig = new ConversationRig();
    private final NotesViewModel model = new NotesViewModel(Runnable::run, Runnable::run, rig.access(),
            Clock.fixed(Instant.parse("2026-03-02T10:20:00Z"), ZoneOffset.UTC));

    @Test
    void aNoteIsRecordedAndNeverSent() {
        model.draftProperty().set("  Customer uses an old driver; suggest an update next time  ");
        model.keep();
        assertEquals(List.of(new JournalEvent.Note("Customer uses an old driver; suggest an update next time")),
                rig.recorded);
        assertTrue(rig.sent.isEmpty(), "notes stay on the console");
        assertEquals(List.of(new NotesViewModel.Note(Instant.parse("2026-03-02T10:20:00Z"),
                "Customer uses an old driver; suggest an update next time")), model.notes());
        assertEquals("", model.draftProperty().get());
    }

    @Test
    void aNoteThatCannotBeRecordedStaysInTheDraft() {
        rig.journalFails.set(true);
        model.draftProperty().set("Old driver");
        model.keep();
        assertTrue(model.notes().isEmpty());
        assertEquals("Old driver", model.draftProperty().get());
        assertEquals("The note could not be recorded in the session log.", model.messageProperty().get());
    }
}
