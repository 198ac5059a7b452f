package org.tandem.agent.ui.viewer;

import java.util.Properties;

/**
 * How often JavaFX may draw the console. A changed tile is drawn at JavaFX's next pulse, and pulses
 * come 60 times a second unless told otherwise, so an update of the customer's screen, uploaded as
 * soon as it is decoded, then waited up to 16.7 ms (about 10 ms at the median, measured through the
 * real apps) before it was drawn. At {@value #PER_SECOND} a second it waits at most about 4 ms.
 * Pulses are not drawings: JavaFX draws only when something changed, and it stops its pulse timer
 * while nothing changes or animates, so a faster rate adds no drawing and little work. Must be set
 * before the JavaFX toolkit starts.
 */
public final class PulseRate {
    /** Pulses a second. */
    public static final int PER_SECOND = 240;
    static final String PROPERTY = "javafx.animation.pulse";

    private PulseRate() {}

    /** Sets the console's rate in {@code system} (the system properties), unless one was given, say with {@code -D}. */
    public static void applyUnlessSet(Properties system) {
        if (system.getProperty(PROPERTY) == null) {
            system.setProperty(PROPERTY, Integer.toString(PER_SECOND));
        }
    }
}
