package org.tandem.customer.capture;

import java.awt.Rectangle;

/** Reads part of the desktop's pixels. */
public interface PixelGrabber extends AutoCloseable {
    /**
     * Reads {@code area} (desktop coordinates) into {@code into} as opaque ARGB, its first pixel at
     * {@code offset} and its rows {@code stride} apart.
     */
    void grab(Rectangle area, int[] into, int offset, int stride);

    @Override
    default void close() {}
}
