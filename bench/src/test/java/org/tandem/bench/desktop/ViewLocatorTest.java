package org.tandem.bench.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ViewLocatorTest {

    @Test
    void findsTheRemoteScreenInsideTheViewersDisplayDespiteAPointerDrawnOnIt() {
        ScreenPixels remote = desktop(320, 200, 7);
        ScreenPixels local = embed(remote, 500, 400, 37, 61);
        // A 16x16 pointer drawn over the picture by the viewer.
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                local.rgb()[(61 + 100 + y) * 500 + 37 + 150 + x] = 0xFF00FF;
            }
        }

        assertEquals(Optional.of(new Point(37, 61)), ViewLocator.locate(remote, local));
    }

    @Test
    void findsNothingWhenTheViewerShowsSomethingElse() {
        ScreenPixels remote = desktop(320, 200, 7);
        ScreenPixels local = embed(desktop(320, 200, 8), 500, 400, 37, 61);

        assertTrue(ViewLocator.locate(remote, local).isEmpty());
    }

    @Test
    void findsNothingInADisplaySmallerThanTheRemoteScreen() {
        assertTrue(ViewLocator.locate(desktop(320, 200, 7), desktop(200, 200, 7)).isEmpty());
    }

    /** A dark background with a few windows of text-like noise. */
    private static ScreenPixels desktop(int width, int height, long seed) {
        Random random = new Random(seed);
        int[] rgb = new int[width * height];
        for (int w = 0; w < 4; w++) {
            int x0 = random.nextInt(width / 2);
            int y0 = random.nextInt(height / 2);
            for (int y = y0; y < y0 + height / 3; y++) {
                for (int x = x0; x < x0 + width / 3; x++) {
                    rgb[y * width + x] = random.nextInt(4) == 0 ? 0x202020 : 0xF6F5F4;
                }
            }
        }
        return new ScreenPixels(width, height, rgb);
    }

    private static ScreenPixels embed(ScreenPixels remote, int width, int height, int ox, int oy) {
        int[] rgb = new int[width * height];
        java.util.Arrays.fill(rgb, 0x444444);
        for (int y = 0; y < remote.height(); y++) {
            System.arraycopy(remote.rgb(), y * remote.width(), rgb, (oy + y) * width + ox, remote.width());
        }
        return new ScreenPixels(width, height, rgb);
    }
}
