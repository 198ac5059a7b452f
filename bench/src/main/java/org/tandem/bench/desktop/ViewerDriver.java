package org.tandem.bench.desktop;

import java.awt.AWTException;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * The technician's hands and eyes on the technician's display (this process's own X display):
 * keys and mouse through XTest, and the screen read back, to time a keystroke from the moment it
 * is sent to the moment the viewer's window shows its echo.
 */
final class ViewerDriver {
    private static final long POLL_NANOS = 250_000;
    private final Robot robot;

    ViewerDriver() throws AWTException {
        robot = new Robot();
        robot.setAutoWaitForIdle(false);
        robot.setAutoDelay(0);
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
    long echo(int keyCode, Rectangle watch, long timeoutMillis) {
        int[] before = pixels(watch);
        long start = System.nanoTime();
        robot.keyPress(keyCode);
        robot.keyRelease(keyCode);
        long deadline = start + timeoutMillis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (!Arrays.equals(before, pixels(watch))) {
                return System.nanoTime() - start;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(POLL_NANOS);
        }
        return -1;
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
