package org.tandem.agent.ui;

import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * How well the customer's screen arrives, for the status bar: frames drawn per second, measured over
 * the last second or more, and the connection's round trip and bandwidth. Call {@link #frameDrawn()}
 * for each frame and the ticks about once a second. A figure is republished only when it really
 * moves (by a fifth, or a few units), so that a status line whose figures waver by noise is not
 * repainted every second, which on a software-rendered console costs a window's repaint.
 */
public final class ConnectionQualityViewModel {
    private static final long SECOND = 1_000_000_000L;
    /** A figure is shown anew when it moves by this share of the shown one… */
    private static final double NOTICEABLE_SHARE = 0.2;
    /**
     * …and at least by this much: milliseconds of round trip, KB/s of bandwidth. A round trip of a few
     * milliseconds wavers by several on a busy computer, and each change cost a whole repaint of the window.
     */
    private static final long NOTICEABLE_MILLIS = 10;
    private static final long NOTICEABLE_KBPS = 2;

    private final LongSupplier nanoTime;
    private final ReadOnlyStringWrapper framesPerSecond = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
    private long frames;
    private long since;
    private long bytesAtLastTick = -1;
    private long lastTick;
    private long shownRoundTrip = -1;
    private long shownBandwidth = -1;

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
            shownRoundTrip = -1;
            shownBandwidth = -1;
            return;
        }
        org.tandem.shared.session.SessionChannel.Quality now = quality.get();
        now.roundTrip().ifPresent(d -> shownRoundTrip = noticeable(shownRoundTrip, Math.max(1, d.toMillis()),
                NOTICEABLE_MILLIS));
        if (bytesAtLastTick >= 0 && elapsedNanos > 0) {
            double perSecond = (now.bytesReceived() - bytesAtLastTick) * (double) SECOND / elapsedNanos;
            shownBandwidth = noticeable(shownBandwidth, Math.round(perSecond / 1024), NOTICEABLE_KBPS);
        }
        bytesAtLastTick = now.bytesReceived();
        String roundTrip = shownRoundTrip < 0 ? "" : Texts.format("status.roundTrip", shownRoundTrip);
        String bandwidth = shownBandwidth < 0 ? "" : Texts.format("status.bandwidth", shownBandwidth);
        connection.set(roundTrip.isEmpty() || bandwidth.isEmpty() ? roundTrip + bandwidth : roundTrip + " · " + bandwidth);
    }

    /** The figure to show: the new one when it differs noticeably from the shown one, else the shown one. */
    private static long noticeable(long shown, long measured, long least) {
        if (shown < 0 || Math.abs(measured - shown) >= Math.max(least, shown * NOTICEABLE_SHARE)) {
            return measured;
        }
        return shown;
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
