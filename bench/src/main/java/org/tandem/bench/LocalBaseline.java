package org.tandem.bench;

import java.awt.AWTException;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The same keystroke pressed on this machine with AWT's Robot and watched by polling the target's
 * pixel with Robot screen captures, with no Tandem in between: how fast the display itself turns a
 * key press into a changed pixel. Tandem's figures are read against it.
 */
final class LocalBaseline {
    static final int KEY_CODE = KeyEvent.VK_A;
    private static final long POLL_PAUSE_NANOS = 250_000;

    private final Robot robot;
    private final TargetWindow target;
    private final Duration timeout;
    private final TypingPace pace = new TypingPace();
    private int timeouts;

    LocalBaseline(TargetWindow target, Duration timeout) throws AWTException {
        this.robot = new Robot();
        this.robot.setAutoDelay(0);
        this.robot.setAutoWaitForIdle(false);
        this.target = target;
        this.timeout = timeout;
    }

    /**
     * Puts the pointer over the target and gives it keyboard focus (without a window manager, X gives
     * the keyboard to the window under the pointer), then checks that a key press really changes it.
     *
     * @throws IllegalStateException when key presses do not reach the target
     */
    void focusTarget() throws InterruptedException, InvocationTargetException {
        for (int attempt = 0; attempt < 5; attempt++) {
            robot.mouseMove(target.probeX(), target.probeY());
            target.requestFocus();
            robot.waitForIdle();
            if (pressAndWatch() >= 0) {
                return;
            }
        }
        throw new IllegalStateException("Key presses do not reach the benchmark's target window; another window may "
                + "hold the keyboard focus (run it on an X display of its own, such as Xvfb)");
    }

    /** Warm-up presses first, then {@code count} measured ones; timed-out presses are counted, not measured. */
    LatencySample measure(int warmup, int count) throws InterruptedException {
        LatencySample sample = new LatencySample("local-press-to-pixel");
        for (int i = 0; i < warmup + count; i++) {
            pace.pause();
            long elapsed = pressAndWatch();
            if (i < warmup) {
                continue;
            }
            if (elapsed < 0) {
                timeouts++;
            } else {
                sample.add(elapsed);
            }
        }
        return sample;
    }

    /** Measured presses whose pixel did not change within the timeout. */
    int timeouts() {
        return timeouts;
    }

    /** Nanoseconds from the press to the first capture showing the new colour, or -1 after the timeout. */
    private long pressAndWatch() {
        int expected = TargetWindow.colourAfter(target.presses() + 1);
        long start = System.nanoTime();
        robot.keyPress(KEY_CODE);
        robot.keyRelease(KEY_CODE);
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if ((robot.getPixelColor(target.probeX(), target.probeY()).getRGB() | 0xFF000000) == expected) {
                return System.nanoTime() - start;
            }
            // Polling flat out would take the cores the X server and the window need to show the change.
            LockSupport.parkNanos(POLL_PAUSE_NANOS);
        }
        return -1;
    }
}
