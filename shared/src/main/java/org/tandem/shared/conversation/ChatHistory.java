package org.tandem.shared.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The chat of one session on one side, in order, with the marks of one's own messages. Thread-safe;
 * every change returns the whole history, which the view shows as it is.
 */
public final class ChatHistory {
    private final Clock clock;
    private final List<ChatLine> lines = new ArrayList<>();

    public ChatHistory(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A fresh id for a message of one's own. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** One's own message, sent. */
    public synchronized List<ChatLine> sent(String id, String author, String text) {
        lines.add(new ChatLine(id, true, author, text, clock.instant(), ChatLine.Mark.SENT));
        return List.copyOf(lines);
    }

    /** The other side's message, received; false when a message with this id was received already. */
    public synchronized boolean received(String id, String author, String text) {
        if (lines.stream().anyMatch(line -> !line.mine() && line.id().equals(id))) {
            return false;
        }
        lines.add(new ChatLine(id, false, author, text, clock.instant(), ChatLine.Mark.DELIVERED));
        return true;
    }

    /** The other side has one's own message, or has shown it; marks never go back. */
    public synchronized List<ChatLine> receipt(String id, boolean read) {
        for (int i = 0; i < lines.size(); i++) {
            ChatLine line = lines.get(i);
            if (line.mine() && line.id().equals(id)) {
                lines.set(i, line.marked(read ? ChatLine.Mark.READ : ChatLine.Mark.DELIVERED));
            }
        }
        return List.copyOf(lines);
    }

    /** Ids of the other side's messages not yet marked read here; they are read from now on. */
    public synchronized List<String> markTheirsRead() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ChatLine line = lines.get(i);
            if (!line.mine() && line.mark() != ChatLine.Mark.READ) {
                ids.add(line.id());
                lines.set(i, line.marked(ChatLine.Mark.READ));
            }
        }
        return ids;
    }

    public synchronized List<ChatLine> lines() {
        return List.copyOf(lines);
    }
}
