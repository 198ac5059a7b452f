package org.tandem.agent.ui;

import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * How well the customer's screen arrives, for the status bar: frames drawn per second, measured over
 * the last second or more. Call {@link #frameDrawn()} for each frame and {@link #tick()} about once a
 * second.
 */
public final class ConnectionQualityViewModel {
    private static final long SECOND = 1_000_000_000L;

    private final LongSupplier nanoTime;
    private final ReadOnlyStringWrapper framesPerSecond = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
    private long frames;
    private long since;
    private long bytesAtLastTick = -1;
    private long lastTick;

    /** @param nanoTime {@code System::nanoTime} in the app, a hand-moved clock in tests */
    public ConnectionQualityViewModel(LongSupplier nanoTime) {
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        since = nanoTime.getAsLong();
    }

    public void frameDrawn() {
        frames++;
    }

    /** Publishes the rate once at least a second has passed since the last one. */
    public void tick() {
        long now = nanoTime.getAsLong();
        long elapsed = now - since;
        if (elapsed < SECOND) {
            return;
        }
        double rate = frames * (double) SECOND / elapsed;
        framesPerSecond.set(Texts.format("status.fps", Math.round(rate * 10) / 10.0));
        frames = 0;
        since = now;
    }

    /**
     * Publishes the round trip and the incoming bandwidth once a second has passed: "12 ms · 340 KB/s".
     * Call with the session's figures about once a second; empty clears them.
     */
    public void tick(java.util.Optional<org.tandem.shared.session.SessionChannel.Quality> quality) {
        long nowNanos = nanoTime.getAsLong();
        long elapsedNanos = nowNanos - lastTick;
        lastTick = nowNanos;
        if (quality.isEmpty()) {
            connection.set("");
            bytesAtLastTick = -1;
            return;
        }
        org.tandem.shared.session.SessionChannel.Quality now = quality.get();
        String roundTrip = now.roundTrip().map(d -> Texts.format("status.roundTrip", Math.max(1, d.toMillis())))
                .orElse("");
        String bandwidth = "";
        if (bytesAtLastTick >= 0 && elapsedNanos > 0) {
            double perSecond = (now.bytesReceived() - bytesAtLastTick) * (double) SECOND / elapsedNanos;
            bandwidth = Texts.format("status.bandwidth", Math.round(perSecond / 1024));
        }
        bytesAtLastTick = now.bytesReceived();
        connection.set(roundTrip.isEmpty() || bandwidth.isEmpty() ? roundTrip + bandwidth : roundTrip + " · " + bandwidth);
    }

    /** e.g. "12 ms · 340 KB/s"; "" without a connected session. */
    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** Nothing is shown while no screen is. */
    public void reset() {
        frames = 0;
        since = nanoTime.getAsLong();
        framesPerSecond.set("");
    }

    /** e.g. "12.5 frames/s"; "" while no screen is shown. */
    public ReadOnlyStringProperty framesPerSecondProperty() {
        return framesPerSecond.getReadOnlyProperty();
    }
}
