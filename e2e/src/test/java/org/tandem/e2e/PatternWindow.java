package org.tandem.e2e;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JWindow;
import javax.swing.SwingUtilities;

/**
 * A borderless window on the real X display that shows a known pattern at a known place: what the
 * customer's screen holds, so the test can look for it in the console's image.
 */
final class PatternWindow implements AutoCloseable {
    static final int BLOCK = 24;
    static final int COLUMNS = 8;
    static final int ROWS = 5;

    private final int x;
    private final int y;
    private Window window;

    PatternWindow(int x, int y) {
        this.x = x;
        this.y = y;
    }

    static int width() {
        return BLOCK * COLUMNS;
    }

    static int height() {
        return BLOCK * ROWS;
    }

    /** The colour of the pattern at (px, py) relative to its top-left corner. */
    static int colourAt(int px, int py) {
        int column = px / BLOCK;
        int row = py / BLOCK;
        int r = (column * 37 + 40) & 0xFF;
        int g = (row * 53 + 20) & 0xFF;
        int b = ((column + row) % 2 == 0) ? 0xE0 : 0x30;
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    void show() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JWindow shown = new JWindow();
            shown.setAlwaysOnTop(true);
            shown.setBounds(x, y, width(), height());
            shown.setContentPane(new JPanel() {
                @Override
                protected void paintComponent(Graphics g) {
                    for (int py = 0; py < height(); py += BLOCK) {
                        for (int px = 0; px < width(); px += BLOCK) {
                            g.setColor(new Color(colourAt(px, py), true));
                            g.fillRect(px, py, BLOCK, BLOCK);
                        }
                    }
                }
            });
            shown.setVisible(true);
            window = shown;
        });
    }

    /** True once the X server really shows the pattern (checked with a screen capture). */
    boolean isOnScreen(Robot robot) {
        BufferedImage shot = robot.createScreenCapture(new Rectangle(x, y, width(), height()));
        for (int py = BLOCK / 2; py < height(); py += BLOCK) {
            for (int px = BLOCK / 2; px < width(); px += BLOCK) {
                if ((shot.getRGB(px, py) | 0xFF000000) != colourAt(px, py)) {
                    return false;
                }
            }
        }
        return true;
    }

    int x() {
        return x;
    }

    int y() {
        return y;
    }

    @Override
    public void close() throws java.lang.reflect.InvocationTargetException, java.io.IOException {
        try {
            closeOnEventThread();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.IOException("Interrupted while closing the pattern window", e);
        }
    }

    private void closeOnEventThread() throws InterruptedException, java.lang.reflect.InvocationTargetException {
        SwingUtilities.invokeAndWait(() -> {
            if (window != null) {
                window.dispose();
            }
        });
    }
}
