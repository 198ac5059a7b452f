package org.tandem.customer.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tandem.shared.session.resume.SessionResumer;

/**
 * The "Reconnecting… m:ss" banner while a lost connection is being resumed (decision 0013): shown
 * from the loss until the session is back or over, counting down to the end of the resume window.
 * Cancel ends the session as the customer ending it, off the FX thread.
 */
final class ReconnectingViewModel implements SessionResumer.Progress {
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final Executor fx;
    private final Clock clock;
    private final Runnable cancel;
    private Instant deadline;

    /**
     * @param fx runs property changes on the FX thread ({@code Platform::runLater}; {@code Runnable::run} in tests)
     * @param cancel stops reconnecting and ends the session; must not block (it is called on the FX thread)
     */
    ReconnectingViewModel(Executor fx, Clock clock, Runnable cancel) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cancel = Objects.requireNonNull(cancel, "cancel");
    }

    @Override
    public void reconnecting(Instant until) {
        fx.execute(() -> {
            deadline = until;
            showing.set(true);
            tick();
        });
    }

    @Override
    public void resumed() {
        fx.execute(this::hide);
    }

    @Override
    public void gaveUp() {
        fx.execute(this::hide);
    }

    /** Brings the countdown up to date; the view calls it every second. */
    void tick() {
        if (deadline == null) {
            return;
        }
        Duration left = Duration.between(clock.instant(), deadline);
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        text.set(Texts.get("reconnecting.countdown", seconds / 60, String.format(java.util.Locale.ROOT, "%02d",
                seconds % 60)));
    }

    /** Cancel: stop trying and end the session. */
    void cancel() {
        hide();
        cancel.run();
    }

    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    private void hide() {
        deadline = null;
        showing.set(false);
        text.set("");
    }
}
