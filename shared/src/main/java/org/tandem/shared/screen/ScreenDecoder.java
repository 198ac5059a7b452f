package org.tandem.shared.screen;

import org.tandem.shared.message.ScreenUpdate;

/** Applies screen updates to a local copy of the remote screen. */
public interface ScreenDecoder {

    /**
     * Applies one update.
     *
     * @return true when this update completed a frame and {@link #frame()} is ready to draw
     * @throws ScreenCodecException when the update does not decode; the picture is then undefined
     */
    boolean apply(ScreenUpdate update) throws ScreenCodecException;

    /** The picture as of the last complete frame; null before the first. */
    Frame frame();
}
