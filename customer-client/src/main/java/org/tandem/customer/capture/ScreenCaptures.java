package org.tandem.customer.capture;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.screen.FrameSource;

/**
 * Picks how the customer's screen is captured (decision 0017): on X11 with the DAMAGE extension,
 * only what was drawn, read with XGetImage; elsewhere the whole area with AWT's Robot at every
 * look. Which one, and why, is said once in the app's log.
 */
public final class ScreenCaptures {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenCaptures.class);
    private static final AtomicBoolean FALLBACK_LOGGED = new AtomicBoolean();

    /** The least time between two signals of drawing: a screen that keeps changing is looked at at the capture's own pace. */
    static final Duration DRAWN_GAP = Duration.ofMillis(10);

    private ScreenCaptures() {}

    /**
     * Set to {@code robot}, the whole area is captured with Robot even where damage can be had: to
     * compare the two, or to work around a display server that reports damage wrongly.
     */
    public static final String CHOICE_PROPERTY = "tandem.capture";

    /** The best frame source this desktop allows for {@code area}. */
    public static FrameSource forArea(SharedArea area) throws IOException {
        if ("robot".equalsIgnoreCase(System.getProperty(CHOICE_PROPERTY, ""))) {
            LOG.info("The screen is captured whole at every look (AWT Robot), as {}=robot asks", CHOICE_PROPERTY);
            return new RobotFrameSource(area);
        }
        try {
            return damageTracking(area);
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            if (FALLBACK_LOGGED.compareAndSet(false, true)) {
                LOG.info("The screen is captured whole at every look (AWT Robot): damage tracking is not available, {}",
                        e.getMessage());
            }
            return new RobotFrameSource(area);
        }
    }

    private static FrameSource robot(SharedArea area) {
        try {
            return new RobotFrameSource(area);
        } catch (IOException e) {
            throw new IllegalStateException("The screen cannot be captured with Robot either: " + e.getMessage(), e);
        }
    }

    /**
     * Only what the X server says was drawn, read with XGetImage.
     *
     * @throws IOException with the reason in words when this desktop cannot report damage
     */
    public static DamageFrameSource damageTracking(SharedArea area) throws IOException {
        XConnection x = XConnection.open();
        try {
            XImagePixels pixels = XImagePixels.on(x);
            XDamageWatch watch = XDamageWatch.on(x);
            LOG.info("The screen is captured where the X server reports it drawn (XDamage, XGetImage)");
            return new DamageFrameSource(area, watch, pixels, x, System::nanoTime, () -> robot(area),
                    drawn -> XDamageSignal.start(drawn, DRAWN_GAP));
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            x.close();
            throw e;
        }
    }
}
