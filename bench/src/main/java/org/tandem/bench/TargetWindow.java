package org.tandem.bench;

import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Frame;
import java.awt.Graphics;
import java.awt.event.KeyAdapter;
import java.awt.event.KeyEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small borderless window that changes colour on every key press: the visible effect of a
 * keystroke, which the benchmark looks for on the screen (locally) or in the console's frames
 * (through Tandem). It repaints itself the way an ordinary application does, through the event queue.
 */
final class TargetWindow implements AutoCloseable {
    static final int WIDTH = 200;
    static final int HEIGHT = 120;

    /** Opaque colours, each unlike its neighbours, so every press shows as a new colour. */
    private static final int[] PALETTE = {
        0xFFD32F2F, 0xFF388E3C, 0xFF1976D2, 0xFFFBC02D, 0xFF7B1FA2, 0xFF00838F, 0xFFF57C00, 0xFF5D4037,
    };

    private final int x;
    private final int y;
    private final AtomicInteger presses = new AtomicInteger();
    private Frame frame;

    TargetWindow(int x, int y) {
        this.x = x;
        this.y = y;
    }

    /** The colour the window shows after this many key presses. */
    static int colourAfter(int presses) {
        return PALETTE[Math.floorMod(presses, PALETTE.length)];
    }

    void show() throws InterruptedException, InvocationTargetException {
        EventQueue.invokeAndWait(() -> {
            Frame shown = new Frame("Tandem benchmark target") {
                @Override
                public void paint(Graphics g) {
                    g.setColor(new Color(colourAfter(presses.get()), true));
                    g.fillRect(0, 0, getWidth(), getHeight());
                }

                @Override
                public void update(Graphics g) {
                    paint(g); // no clearing first: the old colour goes straight to the new one
                }
            };
            shown.setUndecorated(true);
            shown.setAlwaysOnTop(true);
            shown.setBounds(x, y, WIDTH, HEIGHT);
            shown.addKeyListener(new KeyAdapter() {
                @Override
                public void keyPressed(KeyEvent e) {
                    presses.incrementAndGet();
                    shown.repaint();
                }
            });
            shown.setVisible(true);
            shown.toFront();
            shown.requestFocus();
            frame = shown;
        });
    }

    /** Asks for keyboard focus again (the pointer must be over the window too: X focus follows it). */
    void requestFocus() throws InterruptedException, InvocationTargetException {
        EventQueue.invokeAndWait(() -> {
            frame.toFront();
            frame.requestFocus();
        });
    }

    /** Key presses the window has seen so far. */
    int presses() {
        return presses.get();
    }

    /** The window's top-left corner on the screen. */
    int x() {
        return x;
    }

    int y() {
        return y;
    }

    /** The screen point whose colour tells the window's state: its centre. */
    int probeX() {
        return x + WIDTH / 2;
    }

    int probeY() {
        return y + HEIGHT / 2;
    }

    @Override
    public void close() throws InterruptedException, InvocationTargetException {
        EventQueue.invokeAndWait(() -> {
            if (frame != null) {
                frame.dispose();
            }
        });
    }
}
