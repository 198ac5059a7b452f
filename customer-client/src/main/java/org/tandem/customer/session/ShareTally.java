package org.tandem.customer.session;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.message.ScreenUpdate;

/**
 * What one share sent, for the log when it stops: frames, their updates and picture bytes, pointer
 * moves; each frame at debug level too. Not thread-safe: the sharer counts under its own lock.
 */
final class ShareTally {
    private static final Logger LOG = LoggerFactory.getLogger(ShareTally.class);

    private long frames;
    private long updates;
    private long pictureBytes;
    private long pointerMoves;

    void frameSent(List<ScreenUpdate> parts) {
        int bytes = 0;
        int rectangles = 0;
        for (ScreenUpdate update : parts) {
            bytes += update.payload().length;
            rectangles += update.rectCount();
        }
        frames++;
        updates += parts.size();
        pictureBytes += bytes;
        LOG.debug("Frame of {} updates, {} rectangles, {} bytes", parts.size(), rectangles, bytes);
    }

    void pointerMoved() {
        pointerMoves++;
    }

    /** Logs what was sent since the last time, if anything, and starts again from nothing. */
    void logAndClear() {
        if (frames > 0 || pointerMoves > 0) {
            LOG.info("Sent {} frames ({} updates, {} bytes of pictures) and {} pointer moves", frames, updates,
                    pictureBytes, pointerMoves);
        }
        frames = updates = pictureBytes = pointerMoves = 0;
    }
}
