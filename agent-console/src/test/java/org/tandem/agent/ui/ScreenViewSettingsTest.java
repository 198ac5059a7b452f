package org.tandem.agent.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(1.5, settings.scaleProperty().get(), 1e-9);
        for (int i = 0; i < 20; i++) {
            settings.zoomIn();
        }
        assertEquals(4.0, settings.scaleProperty().get(), 1e-9, "zoom stops at 4×");
        for (int i = 0; i < 20; i++) {
            settings.zoomOut();
        }
        assertEquals(ScreenViewMode.ZOOM, settings.modeProperty().get());
        assertEquals(0.25, settings.scaleProperty().get(), 1e-9, "zooming out ends at a quarter");
        for (int i = 0; i < 5; i++) {
            settings.zoomIn(); // ⅓, ½, ⅔, 80 %, 1:1
        }
        assertEquals(ScreenViewMode.ACTUAL_SIZE, settings.modeProperty().get(), "stepping through 1:1 shows it as 1:1");
    }

    @Test
    void zoomingInOrOutFromFitStepsFromTheScaleShownToTheNextStep() {
        ScreenViewSettings settings = new ScreenViewSettings();
        settings.shown(0.42);
        settings.zoomIn();
        assertEquals(ScreenViewMode.ZOOM, settings.modeProperty().get());
        assertEquals(0.5, settings.scaleProperty().get(), 1e-9, "the first step above 42 %, not a zoom of before");

        settings.modeProperty().set(ScreenViewMode.FIT);
        settings.shown(0.42);
        settings.zoomOut();
        assertEquals(ScreenViewMode.ZOOM, settings.modeProperty().get());
        assertEquals(1.0 / 3, settings.scaleProperty().get(), 1e-9, "the first step below 42 %");

        settings.modeProperty().set(ScreenViewMode.FIT);
        settings.shown(2.8);
        settings.zoomIn();
        assertEquals(3.0, settings.scaleProperty().get(), 1e-9, "a small screen fitted large: in is larger still");
        settings.modeProperty().set(ScreenViewMode.FIT);
        settings.shown(2.8);
        settings.zoomOut();
        assertEquals(2.5, settings.scaleProperty().get(), 1e-9, "and out is smaller");

        settings.modeProperty().set(ScreenViewMode.FIT);
        settings.shown(0.9);
        settings.zoomIn();
        assertEquals(ScreenViewMode.ACTUAL_SIZE, settings.modeProperty().get(), "the step above 90 % is 1:1");
    }

    @Test
    void aStepIsOnlyOfferedWhereThereIsOne() {
        ScreenViewSettings settings = new ScreenViewSettings();
        settings.shown(5);
        assertFalse(settings.canZoomInProperty().get(), "fitted larger than the largest step");
        assertTrue(settings.canZoomOutProperty().get());
        settings.zoomIn();
        assertEquals(ScreenViewMode.FIT, settings.modeProperty().get(), "nothing larger to go to");

        settings.shown(0.2);
        assertTrue(settings.canZoomInProperty().get());
        assertFalse(settings.canZoomOutProperty().get(), "fitted smaller than the smallest step");
        settings.zoomOut();
        assertEquals(ScreenViewMode.FIT, settings.modeProperty().get(), "nothing smaller to go to");
    }
}
