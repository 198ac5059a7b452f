package org.tandem.agent.ui.chat;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.agent.conversation.AgentConversation;
import org.tandem.agent.ui.ConversationAccess;
import org.tandem.agent.ui.Texts;
import org.tandem.shared.conversation.ChatLine;
import org.tandem.shared.message.ControlMessage;

/**
 * The chat with the customer: the messages both ways with their marks, what the technician is
 * typing (the customer sees "typing…"), whether the customer is typing, and the canned replies.
 * Recording and sending go through one serial executor, never the FX thread.
 */
public final class ChatViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ChatViewModel.class);

    private final Executor fx;
    private final Executor send;
    private final ConversationAccess access;
    private final CannedReplies cannedStore;
    private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableList<ChatLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<String> canned = FXCollections.observableArrayList();
    /** Read-only, and always the same list: a listener added to it stays. */
    private final ObservableList<String> cannedView = FXCollections.unmodifiableObservableList(canned);
    private final StringProperty draft = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper customerTyping = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<ChatLine> latestFromCustomer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private boolean typingSent;

    public ChatViewModel(Executor fx, Executor send, ConversationAccess access, CannedReplies cannedStore) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.send = Objects.requireNonNull(send, "send");
        this.access = Objects.requireNonNull(access, "access");
        this.cannedStore = Objects.requireNonNull(cannedStore, "cannedStore");
        draft.addListener((obs, was, now) -> typing(now != null && !now.isBlank()));
        shown.addListener((obs, was, now) -> {
            if (now) {
                markRead();
            }
        });
    }

    /** Every message of the session, oldest first. */
    public ObservableList<ChatLine> lines() {
        return linesView;
    }

    /** What the technician is writing; the customer sees that they are typing. */
    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyBooleanProperty customerTypingProperty() {
        return customerTyping.getReadOnlyProperty();
    }

    /** The customer's messages the technician has not had in front of them yet. */
    public ReadOnlyIntegerProperty unreadProperty() {
        return unread.getReadOnlyProperty();
    }

    /** The customer's newest message, for a notification while the console is in the background. */
    public ReadOnlyObjectProperty<ChatLine> latestFromCustomerProperty() {
        return latestFromCustomer.getReadOnlyProperty();
    }

    /** Why the last message was not sent, in words; "" when it was. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the chat is in front of the technician (tab selected, window focused): messages are read. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ObservableList<String> cannedReplies() {
        return cannedView;
    }

    /** Sends the draft; it is cleared at once and comes back in {@link #lines()} once recorded. */
    public void sendDraft() {
        String text = draft.get() == null ? "" : draft.get().strip();
        if (text.isEmpty()) {
            return;
        }
        if (text.length() > ControlMessage.ChatSent.MAX_TEXT) {
            message.set(Texts.format("chat.tooLong", ControlMessage.ChatSent.MAX_TEXT));
            return;
        }
        Optional<AgentConversation> conversation = access.conversation();
        if (conversation.isEmpty()) {
            message.set(Texts.get("chat.noCustomer"));
            return;
        }
        message.set("");
        draft.set("");
        send.execute(() -> {
            if (!conversation.get().sendChat(text)) {
                fx.execute(() -> {
                    message.set(Texts.get("chat.notRecorded"));
                    if (draft.get().isEmpty()) {
                        draft.set(text);
                    }
                });
            }
        });
    }

    /** Puts a canned reply in the draft, to send as it is or after a change. */
    public void useCanned(String reply) {
        draft.set(reply);
    }

    /** Reads the canned replies from the data folder, in the background. */
    public void loadCanned(Executor io) {
        io.execute(() -> {
            try {
                List<String> replies = cannedStore.load();
                fx.execute(() -> canned.setAll(replies));
            } catch (IOException e) {
                LOG.warn("Could not read the canned replies", e);
                fx.execute(() -> message.set(Texts.get("chat.cannedUnreadable")));
            }
        });
    }

    /** Keeps the edited canned replies, in the background; the list shows them once written. */
    public void saveCanned(List<String> replies, Executor io) {
        List<String> copy = List.copyOf(replies);
        io.execute(() -> {
            try {
                List<String> kept = cannedStore.save(copy);
                fx.execute(() -> canned.setAll(kept));
            } catch (IOException e) {
                LOG.warn("Could not save the canned replies", e);
                fx.execute(() -> message.set(Texts.get("chat.cannedNotSaved")));
            }
        });
    }

    /** A new session starts with an empty chat. */
    public void clear() {
        lines.clear();
        unread.set(0);
        customerTyping.set(false);
        latestFromCustomer.set(null);
        typingSent = false;
        message.set("");
    }

    // What the session reports, from its threads.

    public void chatChanged(List<ChatLine> now) {
        fx.execute(() -> {
            ChatLine newest = null;
            for (ChatLine line : now) {
                boolean known = lines.stream().anyMatch(l -> l.mine() == line.mine() && l.id().equals(line.id()));
                if (!line.mine() && !known) {
                    newest = line;
                }
            }
            lines.setAll(now);
            unread.set((int) now.stream().filter(l -> !l.mine() && l.mark() != ChatLine.Mark.READ).count());
            if (newest != null) {
                customerTyping.set(false);
                latestFromCustomer.set(newest);
            }
            if (shown.get() && unread.get() > 0) {
                markRead();
            }
        });
    }

    public void customerTyping(boolean typing) {
        fx.execute(() -> customerTyping.set(typing));
    }

    private void markRead() {
        if (unread.get() == 0) {
            return;
        }
        access.conversation().ifPresent(conversation -> send.execute(conversation::read));
    }

    private void typing(boolean typing) {
        if (typing == typingSent) {
            return;
        }
        Optional<AgentConversation> conversation = access.conversation();
        if (conversation.isEmpty()) {
            return;
        }
        typingSent = typing;
        send.execute(() -> conversation.get().typing(typing));
    }
}
