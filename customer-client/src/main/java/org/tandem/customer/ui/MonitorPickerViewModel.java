package org.tandem.customer.ui;

import java.awt.Rectangle;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tandem.customer.capture.SharedArea;

/**
 * Which monitor the customer shares: one line per monitor, then "All monitors", shown only when there
 * is more than one. Picking one asks for the switch (the session records it and, while sharing,
 * switches at once); a switch the technician asked for shows here too.
 */
final class MonitorPickerViewModel {
    private final Executor fx;
    private final SharedArea area;
    private final IntConsumer choose;
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private int monitors;

    /**
     * @param fx runs on the FX thread ({@code Runnable::run} in tests)
     * @param area the customer's monitors and the one shared
     * @param choose asks for monitor 1..n or {@link SharedArea#ALL}; called off the caller's thread by the app
     */
    MonitorPickerViewModel(Executor fx, SharedArea area, IntConsumer choose) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.area = Objects.requireNonNull(area, "area");
        this.choose = Objects.requireNonNull(choose, "choose");
        area.onChange(() -> fx.execute(this::refresh));
        refresh();
    }

    /** Lines for the picker: "Monitor 1 (1280×800, main)", …, "All monitors (2304×800)". */
    ObservableList<String> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }

    /** The line of the monitor shared now. */
    ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Whether there is a choice to make: more than one monitor. */
    ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The customer picked this line. */
    void select(int index) {
        if (index < 0 || index > monitors || index == selected.get()) {
            return;
        }
        choose.accept(index == monitors ? SharedArea.ALL : index + 1);
    }

    /** Reads the monitors again, as when the window opens for a session. */
    void refresh() {
        List<Rectangle> screens = area.monitors();
        monitors = screens.size();
        choices.clear();
        for (int i = 0; i < screens.size(); i++) {
            Rectangle screen = screens.get(i);
            choices.add(Texts.get(i == 0 ? "monitors.primary" : "monitors.one", String.valueOf(i + 1),
                    String.valueOf(screen.width), String.valueOf(screen.height)));
        }
        Rectangle all = area.boundsOf(SharedArea.ALL);
        choices.add(Texts.get("monitors.all", String.valueOf(all.width), String.valueOf(all.height)));
        int chosen = area.chosen();
        selected.set(chosen == SharedArea.ALL ? monitors : chosen - 1);
        shown.set(monitors > 1);
    }
}
