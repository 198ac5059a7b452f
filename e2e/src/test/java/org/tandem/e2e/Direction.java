package org.tandem.e2e;

/** Which way bytes cross the {@link FaultProxy}. */
enum Direction {
    /** From the app to the relay. */
    TO_RELAY,
    /** From the relay to the app. */
    TO_APP
}
