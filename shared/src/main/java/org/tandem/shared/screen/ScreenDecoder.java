package org.tandem.shared.screen;

import org.tandem.shared.message.ScreenUpdate;

/** Applies screen updates to a local copy of the remote screen. */
public interface ScreenDecoder extends AutoCloseable {

    /**
     * Applies one update.
     *
     * @return true when this update completed a frame
     * @throws ScreenCodecException when the update does not decode; the decoder then ignores updates
     *     until one starts a new stream, and the picture keeps what was drawn
     */
    boolean apply(ScreenUpdate update) throws ScreenCodecException;

    /** Forgets the stream, as after an error: updates are ignored until one starts a new stream. */
    void reset();

    /** A copy of the picture as of the last complete frame; null before the first. */
    Frame frame();

    /** The live picture with the rectangles changed since the view last took them; null before the first update. */
    ScreenBuffer screen();

    /**
     * Frees the decompressor's native memory at once, rather than when the decoder is collected;
     * updates are refused after. The picture stays readable. Closing again does nothing.
     */
    @Override
    void close();
}
