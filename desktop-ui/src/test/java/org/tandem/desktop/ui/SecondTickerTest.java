package org.tandem.desktop.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The status line's once-a-second tick runs on a timer thread, not as an animation, and stops for good. */
class SecondTickerTest {
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void ticksThroughTheGivenExecutorUntilStopped() throws Exception {
        timer.setRemoveOnCancelPolicy(true);
        CountDownLatch ticks = new CountDownLatch(2);
        CountDownLatch throughFx = new CountDownLatch(2);
        SecondTicker ticker = new SecondTicker(timer, task -> {
            throughFx.countDown();
            task.run();
        }, ticks::countDown);

        ticker.start();
        ticker.start(); // a second start changes nothing

        assertTrue(ticks.await(10, TimeUnit.SECONDS), "two ticks within ten seconds");
        assertTrue(throughFx.await(0, TimeUnit.SECONDS), "each tick ran through the FX executor");
        assertTrue(ticker.running());

        ticker.stop();

        assertFalse(ticker.running());
        assertTrue(timer.getQueue().isEmpty(), "nothing left to run once stopped");
    }

    @Test
    void ticksOnlyWhileWhatItFollowsHolds() {
        javafx.beans.property.SimpleBooleanProperty showing = new javafx.beans.property.SimpleBooleanProperty(true);
        SecondTicker ticker = new SecondTicker(timer, Runnable::run, () -> { }).tickWhile(showing);
        assertTrue(ticker.running(), "started at once: it holds already");

        showing.set(false);
        assertFalse(ticker.running());
        showing.set(true);
        assertTrue(ticker.running());
        showing.set(false);
        assertFalse(ticker.running());
    }
}
