package org.tandem.agent.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tandem.agent.session.AgentState;

/**
 * What one session's pane says while the console asks the relay for a code (decision 0028): the
 * step in the session's words and, past a few seconds, how long it has waited; past ten, what the
 * technician can do. Cancel (or Esc) gives the try up; the session then says "Connection cancelled."
 */
public final class ConnectingViewModel {
    /** A wait shorter than this goes without a clock: the relay answers within it when it is there. */
    static final Duration SHOW_WAIT_AFTER = Duration.ofSeconds(3);
    /** From here on the technician is told the wait is unusual, and what they can do. */
    static final Duration SLOW_AFTER = Duration.ofSeconds(10);

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final Executor fx;
    private final Clock clock;
    private final Runnable cancel;
    private Instant since;
    private String step = "";

    /**
     * @param fx     runs property changes on the FX thread ({@code Platform::runLater}; {@code Runnable::run} in tests)
     * @param cancel gives the session's try up; must not block (it is called on the FX thread)
     */
    public ConnectingViewModel(Executor fx, Clock clock, Runnable cancel) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cancel = Objects.requireNonNull(cancel, "cancel");
    }

    /** Where the session stands now, in its words. Any thread. */
    public void stateChanged(AgentState state, String detail) {
        fx.execute(() -> {
            if (state != AgentState.CREATING) {
                since = null;
                step = "";
                showing.set(false);
                text.set("");
                hint.set("");
                return;
            }
            if (since == null) {
                since = clock.instant();
            }
            step = detail == null ? "" : detail;
            showing.set(true);
            tick();
        });
    }

    /** Brings the time waited up to date; the view calls it every second while it shows. FX thread. */
    public void tick() {
        if (since == null) {
            return;
        }
        Duration waited = Duration.between(since, clock.instant());
        long seconds = waited.toSeconds();
        text.set(waited.compareTo(SHOW_WAIT_AFTER) < 0 ? step : Texts.format("connecting.waited", step, seconds / 60,
                String.format(Locale.ROOT, "%02d", seconds % 60)));
        hint.set(waited.compareTo(SLOW_AFTER) < 0 ? "" : Texts.get("connecting.slow"));
    }

    /** Cancel or Esc: gives the try up. True when there was one to give up. FX thread. */
    public boolean cancel() {
        if (!showing.get()) {
            return false;
        }
        cancel.run();
        return true;
    }

    /** True while the console asks the relay for a code. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** e.g. "Asking the relay for a session code… (waiting 0:07)"; empty while hidden. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** What the technician can do about a wait past {@link #SLOW_AFTER}; empty before. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }
}
