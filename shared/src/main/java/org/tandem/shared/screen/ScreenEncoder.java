package org.tandem.shared.screen;

import java.util.List;
import org.tandem.shared.message.ScreenUpdate;

/**
 * Turns captured frames into screen updates, sending only what changed since the previous frame.
 * Each update fits one session record, and the updates of one frame must all be sent, in order.
 */
public interface ScreenEncoder {

    /**
     * Encodes the difference to the previous frame; the first frame, or one after a reset or a
     * resize, is sent whole and starts a new stream. None when nothing changed. The encoder keeps no
     * reference to the frame.
     */
    List<ScreenUpdate> encode(Frame frame);

    /**
     * Encodes as {@link #encode(Frame)} does, told where the frame may differ from the previous
     * frame this encoder was given: outside {@code changed} (frame coordinates; parts outside the
     * frame are ignored) the caller vouches that every pixel is the same, so an encoder may skip
     * looking there. A frame sent whole (the first, after a reset or a resize) is sent whole whatever
     * {@code changed} says. This one ignores the hint.
     */
    default List<ScreenUpdate> encode(Frame frame, List<FrameRect> changed) {
        return encode(frame);
    }

    /** Forgets the previous frame, so the next one is sent whole in a new stream (a new viewer, say). */
    void reset();

    /**
     * Sets how exactly the following frames are sent, as the viewer asked. Going back to
     * {@link ScreenQuality#LOSSLESS} makes the encoder send the regions it sent lossy again, exactly,
     * on the first frame in which nothing changed (see {@link #refining()}).
     */
    void quality(ScreenQuality quality);

    /**
     * Whether regions the viewer holds lossy wait to be sent exact: the caller should then encode a
     * frame even when it believes nothing changed, since that frame carries the exact pixels.
     */
    boolean refining();
}
