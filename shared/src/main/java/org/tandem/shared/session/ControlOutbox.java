package org.tandem.shared.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ProtocolException;

/**
 * The numbers of the control messages one side sends, and the ones the other side has not yet
 * acknowledged, kept so that they can be sent again on a resumed connection (decision 0013). The
 * kept messages are bounded in count and in bytes: a peer that stops acknowledging cannot make
 * this side hold more, the session ends instead. Not thread-safe: the channel's send lock guards it.
 */
final class ControlOutbox {
    /** Unacknowledged messages at most. */
    static final int MAX_MESSAGES = 4096;
    /** Unacknowledged bytes (encoded) at most. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private final Deque<Kept> kept = new ArrayDeque<>();
    private final int maxMessages;
    private final long maxBytes;
    private long lastNumber;
    private long keptBytes;

    ControlOutbox() {
        this(MAX_MESSAGES, MAX_BYTES);
    }

    ControlOutbox(int maxMessages, long maxBytes) {
        this.maxMessages = maxMessages;
        this.maxBytes = maxBytes;
    }

    /** Thrown when the other side left too much unacknowledged; the session cannot go on. */
    static final class OverflowException extends Exception {
        OverflowException(String message) {
            super(message);
        }
    }

    /**
     * Numbers {@code message} and keeps it until acknowledged.
     *
     * @param encodedBytes its size on the wire, for the byte bound
     */
    ControlMessage.Numbered number(ControlMessage message, int encodedBytes) throws OverflowException {
        if (kept.size() >= maxMessages || keptBytes + encodedBytes > maxBytes) {
            throw new OverflowException("The other side left " + kept.size() + " control messages (" + keptBytes
                    + " bytes) unacknowledged");
        }
        ControlMessage.Numbered numbered = new ControlMessage.Numbered(++lastNumber, message);
        kept.addLast(new Kept(numbered, encodedBytes));
        keptBytes += encodedBytes;
        return numbered;
    }

    /**
     * The other side has everything up to {@code upTo}: forget those.
     *
     * @throws ProtocolException when it acknowledges a number never sent
     */
    void acknowledge(long upTo) throws ProtocolException {
        if (upTo > lastNumber) {
            throw new ProtocolException("The other side acknowledged control message " + upTo + ", but only "
                    + lastNumber + " were sent");
        }
        while (!kept.isEmpty() && kept.peekFirst().message().seq() <= upTo) {
            keptBytes -= kept.removeFirst().bytes();
        }
    }

    /** What to send again after a resume whose other side received up to {@code upTo}, in order. */
    List<ControlMessage.Numbered> unacknowledgedAfter(long upTo) throws ProtocolException {
        acknowledge(upTo);
        List<ControlMessage.Numbered> again = new ArrayList<>(kept.size());
        for (Kept one : kept) {
            again.add(one.message());
        }
        return again;
    }

    /** How many are waiting for an acknowledgement. */
    int unacknowledged() {
        return kept.size();
    }

    private record Kept(ControlMessage.Numbered message, int bytes) {}
}
