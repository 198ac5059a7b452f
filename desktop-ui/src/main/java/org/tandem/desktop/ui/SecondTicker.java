package org.tandem.desktop.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;

/**
 * Runs a small task on the FX thread about once a second, from a timer thread. Not a JavaFX
 * {@code Timeline}: a running animation keeps the toolkit pulsing sixty times a second, however
 * rarely its key frames fall due, which kept the idle console busy.
 */
public final class SecondTicker {
    private final ScheduledExecutorService timer;
    private final Executor fx;
    private final Runnable task;
    private ScheduledFuture<?> running;

    /**
     * @param timer runs the schedule; {@link #sharedTimer()} in the app
     * @param fx runs the task: {@code Platform::runLater} in the app
     */
    public SecondTicker(ScheduledExecutorService timer, Executor fx, Runnable task) {
        this.timer = Objects.requireNonNull(timer, "timer");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.task = Objects.requireNonNull(task, "task");
    }

    /** Starts ticking, a second from now; does nothing when already ticking. */
    public synchronized void start() {
        if (running == null) {
            running = timer.scheduleAtFixedRate(() -> fx.execute(task), 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Stops ticking; a tick already handed to the FX thread may still run. */
    public synchronized void stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
        }
    }

    /**
     * Ticks while {@code showing} holds (a banner, a wait shown): starts now if it holds, and starts and
     * stops as it changes. Returns this ticker.
     */
    public SecondTicker tickWhile(ObservableValue<Boolean> showing) {
        showing.addListener((obs, was, now) -> {
            if (Boolean.TRUE.equals(now)) {
                start();
            } else {
                stop();
            }
        });
        if (Boolean.TRUE.equals(showing.getValue())) {
            start();
        }
        return this;
    }

    /** A ticker on the app's shared timer that runs {@code task} on the FX thread while {@code showing} holds. */
    public static SecondTicker onFxWhile(ObservableValue<Boolean> showing, Runnable task) {
        return new SecondTicker(sharedTimer(), Platform::runLater, task).tickWhile(showing);
    }

    public synchronized boolean running() {
        return running != null;
    }

    /** One daemon thread for the ticks of this app (every session, every banner). */
    public static ScheduledExecutorService sharedTimer() {
        return Shared.TIMER;
    }

    private static final class Shared {
        static final ScheduledExecutorService TIMER = create();

        private static ScheduledExecutorService create() {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, work -> {
                Thread thread = new Thread(work, "tandem-ticks");
                thread.setDaemon(true);
                return thread;
            });
            timer.setRemoveOnCancelPolicy(true);
            return timer;
        }
    }
}
