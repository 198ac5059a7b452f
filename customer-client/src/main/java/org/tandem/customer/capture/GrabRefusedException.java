package org.tandem.customer.capture;

/**
 * The platform gave no pixels for an area that was asked for: the screen was made smaller since
 * it was last read, say. The grabber has looked the screen's size up again, so a grab of what is
 * {@link PixelGrabber#readable readable} now may succeed.
 */
public final class GrabRefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public GrabRefusedException(String message) {
        super(message);
    }
}
