package org.tandem.customer.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the code form says while connecting (decision 0028): the step under way in the session's words
 * and, once it has taken more than a few seconds, how long the customer has waited; after a while,
 * that Cancel is there and what to check. Changes come on the FX thread.
 */
final class ConnectingViewModel {
    /** A wait shorter than this goes without a clock: most connects are over by then. */
    static final Duration SHOW_WAIT_AFTER = Duration.ofSeconds(3);
    /** From here on the customer is told the wait is unusual, and what they can do. */
    static final Duration SLOW_AFTER = Duration.ofSeconds(10);

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final Clock clock;
    private Instant since;
    private String step = "";

    ConnectingViewModel(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Connecting, now at {@code words}; the wait counts from the first step of this try. */
    void step(String words) {
        if (since == null) {
            since = clock.instant();
        }
        step = words == null ? "" : words;
        showing.set(true);
        tick();
    }

    /** The try is over: connected, failed or cancelled. */
    void stopped() {
        since = null;
        step = "";
        showing.set(false);
        text.set("");
    }

    /** Brings the time waited up to date; the view calls it every second while connecting. */
    void tick() {
        if (since == null) {
            return;
        }
        Duration waited = Duration.between(since, clock.instant());
        if (waited.compareTo(SHOW_WAIT_AFTER) < 0) {
            text.set(step);
            return;
        }
        long seconds = waited.toSeconds();
        String line = Texts.get("connecting.waited", step, seconds / 60,
                String.format(Locale.ROOT, "%02d", seconds % 60));
        text.set(waited.compareTo(SLOW_AFTER) < 0 ? line : line + "\n" + Texts.get("connecting.slow"));
    }

    /** True while connecting: Cancel is offered and Escape cancels. */
    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** e.g. "Reaching Tandem's connection server… (waiting 0:07)"; empty when not connecting. */
    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
