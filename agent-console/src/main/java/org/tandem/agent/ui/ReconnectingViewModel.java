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
import javafx.beans.value.ObservableStringValue;

/**
 * The "Reconnecting to Alice… m:ss" banner of one session while its lost connection is being
 * resumed (decision 0013): shown from the loss until the session is back or over, counting down to
 * the end of the resume window. Cancel ends the session as the technician ending it.
 */
public final class ReconnectingViewModel {
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final Executor fx;
    private final Clock clock;
    private final ObservableStringValue customer;
    private final Runnable cancel;
    private Instant deadline;

    /**
     * @param fx       runs property changes on the FX thread ({@code Platform::runLater}; {@code Runnable::run} in tests)
     * @param customer the customer's name or ticket as the technician typed it; empty when none was
     * @param cancel   stops reconnecting and ends the session; must not block (it is called on the FX thread)
     */
    public ReconnectingViewModel(Executor fx, Clock clock, ObservableStringValue customer, Runnable cancel) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.cancel = Objects.requireNonNull(cancel, "cancel");
    }

    /** The connection was lost; the session ends at {@code until} unless it is resumed before. Any thread. */
    public void reconnecting(Instant until) {
        Objects.requireNonNull(until, "until");
        fx.execute(() -> {
            deadline = until;
            showing.set(true);
            tick();
        });
    }

    /** The session goes on over a new connection. Any thread. */
    public void resumed() {
        fx.execute(this::hide);
    }

    /** The session is over (resume window closed, either side ended it). Any thread. */
    public void ended() {
        fx.execute(this::hide);
    }

    /** Brings the countdown up to date; the view calls it every second while the banner shows. FX thread. */
    public void tick() {
        if (deadline == null) {
            return;
        }
        long seconds = Math.max(0, (Duration.between(clock.instant(), deadline).toMillis() + 999) / 1000);
        String left = Texts.format("reconnecting.left", seconds / 60,
                String.format(Locale.ROOT, "%02d", seconds % 60));
        String name = customer.get() == null ? "" : customer.get().strip();
        text.set(name.isEmpty() ? Texts.format("reconnecting.countdown", left)
                : Texts.format("reconnecting.countdownNamed", name, left));
    }

    /** Cancel: stop trying and end the session. FX thread. */
    public void cancel() {
        if (!showing.get()) {
            return;
        }
        hide();
        cancel.run();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** "Reconnecting to Alice… 1:59"; empty while the banner is hidden. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    private void hide() {
        deadline = null;
        showing.set(false);
        text.set("");
    }
}
