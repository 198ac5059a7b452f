package org.tandem.shared.message;

import java.util.List;

/**
 * The technician's input in one record (session kind 6): a few events in order, with the viewer's
 * credits riding along. The console sends one when a key's release waited for the next event, or
 * when frames it drew are owed back; each costs one record on the wire instead of one per event.
 * The receiver takes the credits first ({@code credits} may be 0), then each event in order, as if
 * each had come alone. The credits count even when the input is refused.
 */
public record InputBatch(int credits, List<InputEvent> events) implements SessionMessage {
    /** Most events in one batch. */
    public static final int MAX_EVENTS = 32;

    public InputBatch {
        if (credits < 0 || credits > FrameCredit.MAX_FRAMES) {
            throw new IllegalArgumentException("credits must be 0 to " + FrameCredit.MAX_FRAMES + ", got " + credits);
        }
        events = List.copyOf(events);
        if (events.isEmpty() || events.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("A batch holds 1 to " + MAX_EVENTS + " events, got " + events.size());
        }
    }

    /** One event with credits. */
    public static InputBatch of(int credits, InputEvent... events) {
        return new InputBatch(credits, List.of(events));
    }
}
