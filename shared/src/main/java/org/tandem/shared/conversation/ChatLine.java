package org.tandem.shared.conversation;

import java.time.Instant;
import java.util.Objects;

/**
 * One chat message as a person sees it.
 *
 * @param mine   written on this side
 * @param author who wrote it, as shown ("You", "Dana Scully", "The customer")
 * @param mark   for one's own messages: sent, delivered or read by the other side
 */
public record ChatLine(String id, boolean mine, String author, String text, Instant at, Mark mark) {

    /** How far one's own message got. */
    public enum Mark { SENT, DELIVERED, READ }

    public ChatLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(mark, "mark");
    }

    ChatLine marked(Mark next) {
        return next.ordinal() > mark.ordinal() ? new ChatLine(id, mine, author, text, at, next) : this;
    }
}
