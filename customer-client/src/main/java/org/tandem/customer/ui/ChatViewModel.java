package org.tandem.customer.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.customer.conversation.CustomerConversation;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.message.ControlMessage;

/**
 * The chat with the technician: the messages with time and marks, whether the technician is typing,
 * and what the customer is writing. Sending, typing and read marks go to the conversation on the
 * worker (they write the journal and the network); everything here changes on the FX thread.
 */
final class ChatViewModel {
    /** One message as shown. */
    record Entry(String id, boolean mine, String author, String text, String time, String mark) {
    }

    private final Executor fx;
    private final Executor worker;
    private final Supplier<Optional<CustomerConversation>> conversation;
    private final DateTimeFormatter clock;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    // One wrapper, kept: a wrapper made per call would drop its listeners once collected.
    private final ObservableList<Entry> shownEntries = FXCollections.unmodifiableObservableList(entries);
    private final StringProperty draft = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper typing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSend = new ReadOnlyBooleanWrapper();
    private final BooleanProperty inView = new SimpleBooleanProperty();
    private boolean saidTyping;
    private boolean unread;

    ChatViewModel(Executor fx, Executor worker, Supplier<Optional<CustomerConversation>> conversation, ZoneId zone) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.clock = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(zone);
        draft.addListener((obs, was, now) -> draftChanged(now));
        inView.addListener((obs, was, now) -> markReadIfSeen());
    }

    /** The whole chat as the conversation has it now. */
    void show(List<ChatLine> lines) {
        entries.setAll(lines.stream().map(this::entry).toList());
        unread = lines.stream().anyMatch(line -> !line.mine() && line.mark() != ChatLine.Mark.READ);
        markReadIfSeen();
    }

    void technicianTyping(String name, boolean now) {
        typing.set(now ? Texts.get("chat.typing", name) : "");
    }

    /** Forgets the last session's chat. */
    void clear() {
        entries.clear();
        typing.set("");
        problem.set("");
        draft.set("");
        unread = false;
    }

    /** Sends what the customer wrote; the field empties at once, and says so if it could not be sent. */
    void send() {
        String text = draft.get().strip();
        if (!canSend.get()) {
            return;
        }
        problem.set("");
        draft.set("");
        worker.execute(() -> {
            boolean sent = conversation.get().map(talk -> talk.sendChat(text)).orElse(false);
            if (!sent) {
                fx.execute(() -> {
                    draft.set(text); // nothing the customer wrote is lost
                    problem.set(Texts.get("chat.notSent"));
                });
            }
        });
    }

    /** The chat is in front of the customer (window focused): the technician's messages count as read. */
    BooleanProperty inViewProperty() {
        return inView;
    }

    ObservableList<Entry> entries() {
        return shownEntries;
    }

    StringProperty draftProperty() {
        return draft;
    }

    /** "Dana Scully is typing…", or empty. */
    ReadOnlyStringProperty typingProperty() {
        return typing.getReadOnlyProperty();
    }

    /** Why the last message did not go, or empty. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canSendProperty() {
        return canSend.getReadOnlyProperty();
    }

    private void draftChanged(String now) {
        String text = now == null ? "" : now.strip();
        canSend.set(!text.isEmpty() && text.length() <= ControlMessage.ChatSent.MAX_TEXT);
        problem.set(text.length() > ControlMessage.ChatSent.MAX_TEXT
                ? Texts.get("chat.tooLong", ControlMessage.ChatSent.MAX_TEXT) : "");
        boolean writing = !text.isEmpty();
        if (writing != saidTyping) {
            saidTyping = writing;
            worker.execute(() -> conversation.get().ifPresent(talk -> talk.typing(writing)));
        }
    }

    private void markReadIfSeen() {
        if (unread && inView.get()) {
            unread = false;
            worker.execute(() -> conversation.get().ifPresent(CustomerConversation::read));
        }
    }

    private Entry entry(ChatLine line) {
        String mark = line.mine() ? Texts.get("chat.mark." + line.mark().name()) : "";
        return new Entry(line.id(), line.mine(), line.author(), line.text(), clock.format(line.at()), mark);
    }
}
