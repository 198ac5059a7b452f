package org.tandem.agent.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the technician wants the customer's screen shown: the view mode, the zoom factor used in
 * {@link ScreenViewMode#ZOOM}, and full screen. The screen view reads {@link #scaleProperty()}:
 * 0 means "fit the space", any other value is view pixels per screen pixel.
 *
 * <p>Zooming in or out goes from the scale the screen is shown at, fitted or not, to the next of
 * {@link #STEPS} above or below it; the step of 100 % is 1:1.
 */
public final class ScreenViewSettings {
    /** The scales zooming steps through, smallest first. */
    static final List<Double> STEPS = List.of(0.25, 1.0 / 3, 0.5, 2.0 / 3, 0.8, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0);
    /** Scales this close count as the same step: a fitted 50.0001 % zooms in to 67 %, not to 50 %. */
    private static final double SAME = 1e-3;

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
    private final BooleanBinding canZoomIn = Bindings.createBooleanBinding(() -> above(from()).isPresent(),
            mode, zoom, shown);
    private final BooleanBinding canZoomOut = Bindings.createBooleanBinding(() -> below(from()).isPresent(),
            mode, zoom, shown);

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

    /** Whether there is a step larger than the screen is shown at. */
    public BooleanBinding canZoomInProperty() {
        return canZoomIn;
    }

    /** Whether there is a step smaller than the screen is shown at. */
    public BooleanBinding canZoomOutProperty() {
        return canZoomOut;
    }

    /** Zooms in to the next step above the scale the screen is shown at, fitted or not. */
    public void zoomIn() {
        above(from()).ifPresent(this::show);
    }

    /** Zooms out to the next step below the scale the screen is shown at, fitted or not. */
    public void zoomOut() {
        below(from()).ifPresent(this::show);
    }

    /**
     * The scale zooming starts from: the one the mode asks for, or fitted, the one the screen is shown
     * at; before any screen is, 1:1.
     */
    private double from() {
        return switch (mode.get() == null ? ScreenViewMode.FIT : mode.get()) {
            case FIT -> shown.get() > 0 ? shown.get() : 1.0;
            case ACTUAL_SIZE -> 1.0;
            case ZOOM -> zoom.get();
        };
    }

    private static Optional<Double> above(double scale) {
        return STEPS.stream().filter(step -> step > scale * (1 + SAME)).findFirst();
    }

    private static Optional<Double> below(double scale) {
        return STEPS.stream().filter(step -> step < scale * (1 - SAME)).reduce((smaller, larger) -> larger);
    }

    private void show(double step) {
        if (step == 1.0) {
            mode.set(ScreenViewMode.ACTUAL_SIZE);
        } else {
            zoom.set(step);
            mode.set(ScreenViewMode.ZOOM);
        }
    }
}
