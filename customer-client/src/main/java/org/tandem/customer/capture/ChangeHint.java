package org.tandem.customer.capture;

import org.tandem.shared.screen.Frame;

/**
 * A frame source that can tell, for next to nothing, whether the screen may have changed since its
 * last capture, so an idle screen is neither captured nor compared; and that keeps a copy of the
 * screen it can lend out instead of copying it.
 */
public interface ChangeHint {
    /** False only when nothing was drawn on the shared area since the last capture. */
    boolean mayHaveChanged();

    /**
     * Captures as {@code capture()} does, but the frame is the source's own copy of the screen, lent:
     * valid until the next capture, which changes it. For a caller that hands it straight to a
     * {@code ScreenEncoder} (which keeps no reference to a frame) and then lets go of it. With it come
     * the rectangles drawn on since the frame lent before (captures to keep in between do not
     * count): everything else is as it was then.
     */
    LentFrame captureLent();

    /**
     * Asks to be told, from a thread of the source's own, soon after anything is drawn on the desktop
     * (the shared area or not), so that the caller can look then instead of polling closely. Until
     * the source is closed; one listener a source.
     *
     * @return whether the source will tell; false leaves the caller to poll
     */
    default boolean tellWhenDrawn(Runnable drawn) {
        return false;
    }
}
