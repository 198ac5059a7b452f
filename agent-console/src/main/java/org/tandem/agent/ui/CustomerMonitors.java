package org.tandem.agent.ui;

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
import org.tandem.shared.message.ControlMessage;

/**
 * The customer's monitors as the console offers them: one line per monitor, then "All monitors",
 * the one shared selected; shown only when the customer has more than one. Picking a line asks the
 * customer's computer to switch; the selection follows what the customer reports, so it never shows
 * a switch that did not happen.
 */
public final class CustomerMonitors {
    private final Executor fx;
    private final IntConsumer switcher;
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ObservableList<String> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private int count;

    /**
     * @param fx runs on the FX thread ({@code Runnable::run} in tests)
     * @param switcher asks the session for monitor 1..n, or 0 for all
     */
    public CustomerMonitors(Executor fx, IntConsumer switcher) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.switcher = Objects.requireNonNull(switcher, "switcher");
    }

    /** The customer reported its monitors; from any thread. */
    public void changed(ControlMessage.ScreenMonitors monitors) {
        fx.execute(() -> show(monitors));
    }

    /** A new session: no monitors known. */
    public void clear() {
        fx.execute(() -> {
            count = 0;
            choices.clear();
            selected.set(-1);
            shown.set(false);
        });
    }

    /** "Monitor 1 (1280×800)", …, "All monitors (2304×800)". */
    public ObservableList<String> choices() {
        return choicesView;
    }

    /** The line of the monitor shared now; -1 while none is known. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Whether the customer has more than one monitor to choose from. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The technician picked this line. */
    public void select(int index) {
        if (index < 0 || index > count || index == selected.get() || count == 0) {
            return;
        }
        switcher.accept(index == count ? ControlMessage.ScreenMonitors.ALL : index + 1);
    }

    private void show(ControlMessage.ScreenMonitors monitors) {
        List<ControlMessage.Monitor> listed = monitors.monitors();
        count = listed.size();
        choices.clear();
        for (int i = 0; i < count; i++) {
            ControlMessage.Monitor monitor = listed.get(i);
            choices.add(Texts.format("monitors.one", String.valueOf(i + 1), String.valueOf(monitor.width()),
                    String.valueOf(monitor.height())));
        }
        int right = listed.stream().mapToInt(m -> m.x() + m.width()).max().orElse(0);
        int left = listed.stream().mapToInt(ControlMessage.Monitor::x).min().orElse(0);
        int bottom = listed.stream().mapToInt(m -> m.y() + m.height()).max().orElse(0);
        int top = listed.stream().mapToInt(ControlMessage.Monitor::y).min().orElse(0);
        choices.add(Texts.format("monitors.all", String.valueOf(right - left), String.valueOf(bottom - top)));
        selected.set(monitors.shared() == ControlMessage.ScreenMonitors.ALL ? count : monitors.shared() - 1);
        shown.set(count > 1);
    }
}
