package org.tandem.desktop.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How many JavaFX pulses a stretch of waiting holds, for the tests that check an app at rest draws
 * nothing: an animation drives about 60 pulses a second, a still window none. Pulses are the whole
 * process's, so such a test runs in a JVM of its own.
 */
public final class PulseCount {
    private PulseCount() {}

    /** Pulses laid out in {@code scene} over {@code millis}, once what the last step queued has run and been drawn. */
    public static int over(FxRobot robot, Scene scene, long millis) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicInteger pulses = new AtomicInteger();
        Runnable count = pulses::incrementAndGet;
        robot.interact(() -> scene.addPostLayoutPulseListener(count));
        // Not a wait for a condition: the figure is how many pulses a stretch of waiting holds.
        CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS)).get();
        robot.interact(() -> scene.removePostLayoutPulseListener(count));
        return pulses.get();
    }
}
