package org.tandem.customer.capture;

import java.awt.Rectangle;

/** Reads part of the desktop's pixels. */
public interface PixelGrabber extends AutoCloseable {
    /**
     * Reads {@code area} (desktop coordinates) into {@code into} as opaque ARGB, its first pixel at
     * {@code offset} and its rows {@code stride} apart.
     */
    void grab(Rectangle area, int[] into, int offset, int stride);

    /**
     * The part of {@code wanted} (desktop coordinates) there are pixels for now: the screen may have
     * been made smaller or larger since the capture began. With {@code lookAgain} the grabber asks
     * the platform afresh, else it answers from what it last knew. All of it by default.
     */
    default Rectangle readable(Rectangle wanted, boolean lookAgain) {
        return new Rectangle(wanted);
    }

    @Override
    default void close() {}
}
