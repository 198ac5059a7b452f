package org.tandem.shared.screen;

import java.util.List;
import org.tandem.shared.message.ScreenUpdate;

/**
 * Turns captured frames into screen updates, sending only what changed since the previous frame.
 * Each update fits one session record.
 */
public interface ScreenEncoder {

    /** Encodes the difference to the previous frame; the first frame, or a resize, is sent whole. */
    List<ScreenUpdate> encode(Frame frame);

    /** Forgets the previous frame, so the next one is sent whole (a new viewer, say). */
    void reset();
}
