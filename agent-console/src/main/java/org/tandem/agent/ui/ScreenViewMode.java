package org.tandem.agent.ui;

/** How the customer's screen is shown: scaled to fit the window, pixel for pixel, or zoomed to a step larger or smaller. */
public enum ScreenViewMode {
    FIT,
    ACTUAL_SIZE,
    ZOOM
}
