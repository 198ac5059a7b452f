package org.tandem.customer.capture;

/** Where the platform says the desktop was drawn on, as it happens (XDamage on X11). */
public interface ScreenDamage extends AutoCloseable {
    /**
     * Adds what was drawn since the last call to {@code into}, in desktop coordinates. Cheap when
     * nothing was drawn: no round trip to the display server.
     */
    void collect(DamageRegion into);

    @Override
    void close();
}
