package org.tandem.agent.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.Bindings;

/**
 * How the technician wants the customer's screen shown: the view mode, the zoom factor used in
 * {@link ScreenViewMode#ZOOM}, and full screen. The screen view reads {@link #scaleProperty()}:
 * 0 means "fit the space", any other value is view pixels per screen pixel.
 */
public final class ScreenViewSettings {
    static final double MIN_ZOOM = 1.25;
    static final double MAX_ZOOM = 4;
    static final double ZOOM_STEP = 1.25;

    private final ObjectProperty<ScreenViewMode> mode = new SimpleObjectProperty<>(ScreenViewMode.FIT);
    private final DoubleProperty zoom = new SimpleDoubleProperty(2);
    private final BooleanProperty fullScreen = new SimpleBooleanProperty();
    private final ReadOnlyDoubleWrapper shown = new ReadOnlyDoubleWrapper();
    private final DoubleBinding scale = Bindings.createDoubleBinding(() -> switch (mode.get() == null
            ? ScreenViewMode.FIT : mode.get()) {
        case FIT -> 0.0;
        case ACTUAL_SIZE -> 1.0;
        case ZOOM -> zoom.get();
    }, mode, zoom);

    public ObjectProperty<ScreenViewMode> modeProperty() {
        return mode;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    /** 0 to fit the space, otherwise view pixels per screen pixel. */
    public DoubleBinding scaleProperty() {
        return scale;
    }

    /** How large the customer's screen is shown now, fitted or not: view pixels per screen pixel; 0 when none is. */
    public ReadOnlyDoubleProperty shownScaleProperty() {
        return shown.getReadOnlyProperty();
    }

    void shown(double scale) {
        shown.set(scale);
    }

    /** Zooms in one step (from fit or 1:1, to the first zoom step). */
    public void zoomIn() {
        if (mode.get() == ScreenViewMode.ZOOM) {
            zoom.set(Math.min(MAX_ZOOM, zoom.get() * ZOOM_STEP));
        } else {
            zoom.set(MIN_ZOOM);
            mode.set(ScreenViewMode.ZOOM);
        }
    }

    /** Zooms out one step; below the smallest zoom, back to 1:1. */
    public void zoomOut() {
        if (mode.get() != ScreenViewMode.ZOOM) {
            return;
        }
        double next = zoom.get() / ZOOM_STEP;
        if (next < MIN_ZOOM - 1e-9) {
            mode.set(ScreenViewMode.ACTUAL_SIZE);
        } else {
            zoom.set(next);
        }
    }
}
