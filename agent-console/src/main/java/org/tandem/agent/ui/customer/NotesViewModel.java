package org.tandem.agent.ui.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.agent.conversation.AgentConversation;
import org.tandem.agent.ui.ConversationAccess;
import org.tandem.agent.ui.Texts;

/**
 * The technician's private notes: recorded in the console's session log only, never sent to the
 * customer. A note shows in the list once it is recorded.
 */
public final class NotesViewModel {
    /** A note as kept. */
    public record Note(Instant at, String text) {}

    private final Executor fx;
    private final Executor send;
    private final ConversationAccess access;
    private final Clock clock;
    private final StringProperty draft = new SimpleStringProperty("");
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableList<Note> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public NotesViewModel(Executor fx, Executor send, ConversationAccess access, Clock clock) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.send = Objects.requireNonNull(send, "send");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ObservableList<Note> notes() {
        return notesView;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Records the draft as a note. */
    public void keep() {
        String text = draft.get() == null ? "" : draft.get().strip();
        if (text.isEmpty()) {
            return;
        }
        Optional<AgentConversation> conversation = access.conversation();
        if (conversation.isEmpty()) {
            message.set(Texts.get("notes.noSession"));
            return;
        }
        draft.set("");
        Instant at = clock.instant();
        send.execute(() -> {
            boolean kept = conversation.get().note(text);
            fx.execute(() -> {
                if (kept) {
                    notes.add(new Note(at, text));
                    message.set(Texts.get("notes.kept"));
                } else {
                    message.set(Texts.get("notes.notRecorded"));
                    draft.set(text);
                }
            });
        });
    }

    public void clear() {
        notes.clear();
        draft.set("");
        message.set("");
    }
}
