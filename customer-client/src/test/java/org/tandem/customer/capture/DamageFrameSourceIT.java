package org.tandem.customer.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Captures a real X server's screen by its damage reports: what was drawn is seen and grabbed, the
 * picture is the one Robot sees, and a screen nobody draws on is reported unchanged. Needs DISPLAY
 * (an Xvfb server will do); skipped without one, except on CI.
 */
class DamageFrameSourceIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Rectangle PLACE = new Rectangle(40, 60, 160, 90);

    private Frame window;
    private DamageFrameSource source;

    @BeforeEach
    void requireDisplay() {
        String display = System.getenv("DISPLAY");
        boolean present = display != null && !display.isBlank() && !GraphicsEnvironment.isHeadless();
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI must run the capture tests on an X display (Xvfb); DISPLAY is not set");
        }
        assumeTrue(present, "No X display: set DISPLAY (for example to an Xvfb server) to capture a real screen");
    }

    @AfterEach
    void close() throws Exception {
        if (source != null) {
            source.close();
        }
        EventQueue.invokeAndWait(() -> {
            if (window != null) {
                window.dispose();
            }
        });
    }

    @Test
    void whatIsDrawnIsSeenGrabbedAndTheSameAsRobotSees() throws Exception {
        SharedArea area = SharedArea.ofThisDesktop();
        RobotFrameSource robot = new RobotFrameSource(area);
        showRedWindow("capture");
        source = ScreenCaptures.damageTracking(area);
        Rectangle shared = area.bounds();
        int centre = (PLACE.y + PLACE.height / 2 - shared.y) * shared.width + PLACE.x + PLACE.width / 2 - shared.x;
        await("the red window is on the screen", () -> (source.capture().argb()[centre] & 0xFFFFFF) == 0xFF0000);
        await("the screen is quiet", () -> {
            source.capture();
            return !source.mayHaveChanged();
        });
        assertArrayEquals(robot.capture().argb(), source.capture().argb(), "the picture Robot sees");

        EventQueue.invokeAndWait(() -> {
            window.setBackground(Color.BLUE);
            window.repaint();
        });

        await("the drawing is reported", source::mayHaveChanged);
        await("the blue window is grabbed", () -> (source.capture().argb()[centre] & 0xFFFFFF) == 0x0000FF);
        await("the screen is quiet again", () -> !source.mayHaveChanged());
        assertArrayEquals(robot.capture().argb(), source.capture().argb(), "the picture Robot sees, patched");
        assertEquals(0x0000FF, source.capture().argb()[centre] & 0xFFFFFF);
    }

    @Test
    void drawingIsToldAsItHappensUntilTheSourceCloses() throws Exception {
        SharedArea area = SharedArea.ofThisDesktop();
        showRedWindow("told");
        source = ScreenCaptures.damageTracking(area);
        Semaphore told = new Semaphore(0);
        assertTrue(source.tellWhenDrawn(told::release), "an X server with DAMAGE tells of drawing");
        assertFalse(source.tellWhenDrawn(() -> {}), "one listener a source");
        Rectangle shared = area.bounds();
        int centre = (PLACE.y + PLACE.height / 2 - shared.y) * shared.width + PLACE.x + PLACE.width / 2 - shared.x;
        await("the red window is on the screen", () -> (source.capture().argb()[centre] & 0xFFFFFF) == 0xFF0000);
        told.drainPermits();

        EventQueue.invokeAndWait(() -> {
            window.setBackground(Color.BLUE);
            window.repaint();
        });

        assertTrue(told.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS), "the drawing was not told within " + WAIT);
        Thread signal = drawnSignal().orElseThrow(() -> new AssertionError("no thread of its own tells"));
        source.close();
        signal.join(WAIT.toMillis());
        assertFalse(signal.isAlive(), "closing the source did not stop the thread within " + WAIT);
    }

    /** A plain red window at {@link #PLACE}, on top. */
    private void showRedWindow(String title) throws Exception {
        EventQueue.invokeAndWait(() -> {
            window = new Frame(title);
            window.setUndecorated(true);
            window.setBounds(PLACE);
            window.setBackground(Color.RED);
            window.setVisible(true);
        });
    }

    private static java.util.Optional<Thread> drawnSignal() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().equals("tandem-screen-drawn")).findFirst();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("Waited " + WAIT.toSeconds() + " s in vain: " + what);
            }
            Thread.sleep(5); // polling a condition with a deadline, not waiting a fixed time
        }
    }
}
