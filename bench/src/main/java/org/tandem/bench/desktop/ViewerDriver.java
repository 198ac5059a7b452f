package org.tandem.bench.desktop;

import java.awt.AWTException;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tandem.customer.capture.XDamageSignal;

/**
 * The technician's hands and eyes on the technician's display (this process's own X display):
 * keys and mouse through XTest, and the screen read back, to time a keystroke from the moment it
 * is sent to the moment the viewer's window shows its echo. The X server's damage reports say when
 * anything on the display was drawn; only then is the watched area read back, so that waiting for
 * an echo takes no processor time from the viewers (it polled a capture every 250 µs before, most
 * of one core).
 */
final class ViewerDriver implements AutoCloseable {
    private final Robot robot;
    private final Semaphore drawn = new Semaphore(0);
    private final XDamageSignal drawing;

    /** @throws IOException when the display has no damage reports: the echo cannot be timed without them */
    ViewerDriver() throws AWTException, IOException {
        robot = new Robot();
        robot.setAutoWaitForIdle(false);
        robot.setAutoDelay(0);
        drawing = XDamageSignal.start(drawn::release, Duration.ZERO);
    }

    @Override
    public void close() {
        drawing.close();
    }

    ScreenPixels screenshot() {
        Rectangle all = new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
        return new ScreenPixels(all.width, all.height, pixels(all));
    }

    void click(Point at) throws InterruptedException {
        robot.mouseMove(at.x, at.y);
        Thread.sleep(50);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        Thread.sleep(30);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    /** Presses at {@code from}, moves by (dx, dy) a step at a time, and lets go. */
    void drag(Point from, int dx, int dy, int steps, long stepMillis) throws InterruptedException {
        robot.mouseMove(from.x, from.y);
        Thread.sleep(100);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        Thread.sleep(100);
        for (int i = 1; i <= steps; i++) {
            robot.mouseMove(from.x + dx * i, from.y + dy * i);
            Thread.sleep(stepMillis);
        }
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }

    void move(Point to) {
        robot.mouseMove(to.x, to.y);
    }

    /** One key, pressed and released. */
    void key(int keyCode) {
        robot.keyPress(keyCode);
        robot.keyRelease(keyCode);
    }

    /** Keys held together, in order, released in reverse: e.g. Ctrl+Shift+0. */
    void chord(int... keyCodes) throws InterruptedException {
        for (int code : keyCodes) {
            robot.keyPress(code);
            Thread.sleep(20);
        }
        for (int i = keyCodes.length - 1; i >= 0; i--) {
            robot.keyRelease(keyCodes[i]);
            Thread.sleep(20);
        }
    }

    /**
     * Presses and releases the key, then reads {@code watch} until a pixel in it differs from what
     * it showed just before: the time from the press to that moment in nanoseconds, or -1 when
     * nothing changed within {@code timeoutMillis}.
     */
    long echo(int keyCode, Rectangle watch, long timeoutMillis) throws InterruptedException {
        int[] before = pixels(watch);
        drawn.drainPermits();
        long start = System.nanoTime();
        robot.keyPress(keyCode);
        robot.keyRelease(keyCode);
        long deadline = start + timeoutMillis * 1_000_000;
        for (long left = deadline - start; left > 0; left = deadline - System.nanoTime()) {
            if (!drawn.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                return -1;
            }
            drawn.drainPermits(); // one look covers every drawing reported so far
            if (!Arrays.equals(before, pixels(watch))) {
                return System.nanoTime() - start;
            }
        }
        return -1;
    }

    /**
     * How long the viewer took to show the end of a phase: from {@code lastInputNanos} (the phase's last
     * input) to the first reading of {@code viewed} (where the viewer shows {@code area} of the customer's
     * screen) that agrees with the customer's screen there, in nanoseconds; -1 when it did not within
     * {@code timeoutMillis}. The viewer's picture is read each time the display is drawn, from the moment
     * this is called, while {@code reference} takes the customer's screenshot (which takes a while).
     */
    long caughtUp(long lastInputNanos, Rectangle viewed, Rectangle area, ScreenshotSource reference, long timeoutMillis)
            throws IOException, InterruptedException {
        List<Reading> readings = new CopyOnWriteArrayList<>();
        long deadline = lastInputNanos + timeoutMillis * 1_000_000;
        AtomicBoolean done = new AtomicBoolean();
        Rectangle whole = new Rectangle(0, 0, viewed.width, viewed.height);
        drawn.drainPermits();
        Thread watcher = new Thread(() -> {
            try {
                for (boolean first = true; !done.get() && System.nanoTime() < deadline; first = false) {
                    if (!first && !drawn.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                        continue;
                    }
                    drawn.drainPermits(); // one look covers every drawing reported so far
                    long at = System.nanoTime();
                    readings.add(new Reading(at, CatchUp.grid(new ScreenPixels(viewed.width, viewed.height, pixels(viewed)),
                            whole)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "catch-up");
        watcher.setDaemon(true);
        watcher.start();
        try {
            int[] wanted = CatchUp.grid(reference.screenshot(), area);
            for (int seen = 0; ; ) {
                boolean watching = watcher.isAlive();
                for (; seen < readings.size(); seen++) {
                    if (CatchUp.shows(readings.get(seen).grid(), wanted)) {
                        return readings.get(seen).nanos() - lastInputNanos;
                    }
                }
                if (!watching) {
                    if (!readings.isEmpty()) {
                        System.err.printf(java.util.Locale.ROOT, "The viewer did not catch up within %d ms: %d of %d points"
                                + " still differed at the last reading%n", timeoutMillis,
                                CatchUp.differing(readings.get(readings.size() - 1).grid(), wanted), wanted.length);
                    }
                    return -1;
                }
                Thread.sleep(5); // polled: the watcher adds a reading each time the display is drawn
            }
        } finally {
            done.set(true);
            watcher.join(1_000);
        }
    }

    private record Reading(long nanos, int[] grid) {}

    /**
     * Pictures a second the viewer showed of {@code viewed} over {@code millis}: the area is read each
     * time the display is drawn, and each reading unlike the one before counts as a picture shown.
     */
    double picturesShown(Rectangle viewed, long millis) throws InterruptedException {
        drawn.drainPermits();
        long start = System.nanoTime();
        long deadline = start + millis * 1_000_000;
        int[] last = pixels(viewed);
        int pictures = 0;
        for (long left = deadline - start; left > 0; left = deadline - System.nanoTime()) {
            if (!drawn.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                break;
            }
            drawn.drainPermits(); // one look covers every drawing reported so far
            int[] now = pixels(viewed);
            if (!Arrays.equals(now, last)) {
                pictures++;
                last = now;
            }
        }
        return pictures * 1e9 / (System.nanoTime() - start);
    }

    /** The customer's screen, read when asked. */
    interface ScreenshotSource {
        ScreenPixels screenshot() throws IOException, InterruptedException;
    }

    /** The key code for a character the workload types: a lowercase letter, a space or a newline. */
    static int keyCode(char c) {
        if (c >= 'a' && c <= 'z') {
            return KeyEvent.VK_A + (c - 'a');
        }
        if (c == ' ') {
            return KeyEvent.VK_SPACE;
        }
        if (c == '\n') {
            return KeyEvent.VK_ENTER;
        }
        throw new IllegalArgumentException("The workload types lowercase letters, spaces and newlines, not '" + c + "'");
    }

    private int[] pixels(Rectangle area) {
        BufferedImage image = robot.createScreenCapture(area);
        if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && ints.getNumBanks() == 1 && ints.getData().length == area.width * area.height) {
            int[] data = ints.getData();
            int[] rgb = new int[data.length];
            for (int i = 0; i < data.length; i++) {
                rgb[i] = data[i] & 0xFFFFFF;
            }
            return rgb;
        }
        int[] rgb = image.getRGB(0, 0, area.width, area.height, null, 0, area.width);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] &= 0xFFFFFF;
        }
        return rgb;
    }
}
