package org.tandem.customer.ui;

import java.util.Properties;

/**
 * How often JavaFX may draw the customer's window: {@value #PER_SECOND} times a second, half its
 * default. On GTK the toolkit's pulse timer wakes the display thread at this rate for the whole
 * session, even while nothing changes and JavaFX has paused drawing; at 60 that was the largest part
 * of the client's processor time at idle (measured in {@code docs/performance.md}, "The customer's
 * pulse rate"). The window shows a banner, prompts and the chat, which 30 frames a second draw well.
 * Must be set before the JavaFX toolkit starts.
 */
public final class PulseRate {
    /** Pulses a second. */
    public static final int PER_SECOND = 30;
    static final String PROPERTY = "javafx.animation.pulse";

    private PulseRate() {}

    /** Sets the client's rate in {@code system} (the system properties), unless one was given with {@code -D}. */
    public static void applyUnlessSet(Properties system) {
        if (system.getProperty(PROPERTY) == null) {
            system.setProperty(PROPERTY, Integer.toString(PER_SECOND));
        }
    }
}
