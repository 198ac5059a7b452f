package org.tandem.shared.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameSource;

/**
 * A synthetic screen: a known pattern that changes a little with every capture, and a count of
 * captures so tests can prove nothing was captured.
 */
public final class PatternFrameSource implements FrameSource {
    private final int width;
    private final int height;
    private final AtomicInteger captures = new AtomicInteger();

    public PatternFrameSource(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public Frame capture() {
        return frame(captures.getAndIncrement());
    }

    /** The frame the n-th capture (from 0) returns. */
    public Frame frame(int n) {
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = expectedPixel(x, y);
            }
        }
        // A moving marker, so consecutive frames differ in one small place.
        int mx = (n * 7) % width;
        int my = (n * 5) % height;
        argb[my * width + mx] = 0xFF000000 | (n * 0x010203 & 0xFFFFFF);
        return new Frame(width, height, argb);
    }

    /** The background pattern: bands, a gradient and a checkerboard. */
    public static int expectedPixel(int x, int y) {
        int r = (x * 255 / 97) & 0xFF;
        int g = ((x / 16 + y / 16) % 2 == 0) ? 0x20 : 0xD0;
        int b = (y * 3) & 0xFF;
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    public int captures() {
        return captures.get();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
