package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Fit, 1:1 and zoom as the scale the screen view is drawn at. */
class ScreenViewSettingsTest {
    @Test
    void modesAndZoomStepsGiveTheScale() {
        ScreenViewSettings settings = new ScreenViewSettings();
        assertEquals(0.0, settings.scaleProperty().get(), "fit by default");
        settings.modeProperty().set(ScreenViewMode.ACTUAL_SIZE);
        assertEquals(1.0, settings.scaleProperty().get());
        settings.zoomIn();
        assertEquals(ScreenViewMode.ZOOM, settings.modeProperty().get());
        assertEquals(1.25, settings.scaleProperty().get(), 1e-9);
        settings.zoomIn();
        assertEquals(1.5625, settings.scaleProperty().get(), 1e-9);
        for (int i = 0; i < 20; i++) {
            settings.zoomIn();
        }
        assertEquals(4.0, settings.scaleProperty().get(), 1e-9, "zoom stops at 4×");
        for (int i = 0; i < 20; i++) {
            settings.zoomOut();
        }
        assertEquals(ScreenViewMode.ACTUAL_SIZE, settings.modeProperty().get(), "zooming out ends at 1:1");
    }
}
