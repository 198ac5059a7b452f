package org.tandem.agent.ui;

/**
 * How the customer's screen is shown: scaled to fit the window, pixel for pixel, or zoomed to one of
 * the steps larger or smaller ({@link ScreenViewSettings}).
 */
public enum ScreenViewMode {
    FIT,
    ACTUAL_SIZE,
    ZOOM
}
