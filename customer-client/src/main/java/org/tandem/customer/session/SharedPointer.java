package org.tandem.customer.session;

import org.tandem.customer.capture.PointerSource;
import org.tandem.shared.message.PointerMessage;

/**
 * The customer's pointer as a screen share sends it, apart from the pixels: read with each frame
 * captured and, between frames, at most once every {@code every} (close looks for an echo would
 * otherwise add a round trip to the X server each); sent only when it moved from where the viewer
 * last saw it, or put it. Reading is the capture thread's; what was sent is kept under the sharer's lock.
 */
final class SharedPointer {
    /** What one reading found: where the pointer is and its look if that changed; nulls when it was not read. */
    record Reading(PointerMessage.Moved at, PointerMessage.Shape shape) {
        static final Reading NONE = new Reading(null, null);
    }

    private final long everyNanos;
    private volatile PointerSource source = PointerSource.NONE;
    private long readAt;
    private PointerMessage.Moved sent;

    SharedPointer(long everyNanos) {
        this.everyNanos = everyNanos;
    }

    /** The pointer is read from {@code from} from now on. */
    void readFrom(PointerSource from) {
        source = from;
    }

    /** On the capture thread, at {@code now} (nanoseconds): a reading, or {@link Reading#NONE} when it is not due. */
    Reading read(boolean frameCaptured, long now) {
        if (!frameCaptured && now - readAt < everyNanos) {
            return Reading.NONE;
        }
        readAt = now;
        PointerSource from = source;
        return new Reading(from.position(), from.shapeIfChanged());
    }

    /** Whether {@code at} is news to the viewer; when it is, it counts as sent. */
    boolean moved(PointerMessage.Moved at) {
        if (at == null || at.equals(sent)) {
            return false;
        }
        sent = at;
        return true;
    }

    /**
     * The technician's input put the pointer at {@code (x, y)}: the console, which sent it there, already
     * shows it there, so a reading of that place is no news (while the technician drags, the pointer is
     * not sent back for every step).
     */
    void putByViewer(int x, int y) {
        sent = new PointerMessage.Moved(x, y, true);
    }

    /** The viewer starts over (a new share, another monitor): the next position read is news. */
    void forget() {
        sent = null;
    }
}
