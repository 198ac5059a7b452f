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
    void findsTheExactPlaceOfTerminalsOfSparseTextAsTigerVncsViewerShowedThem() throws Exception {
        // Saved by bench desktop: the customer's screen after scrolling, and the technician's screen with
        // x11vnc's picture of it in TigerVNC's viewer. Terminals of white with short lines of text on a
        // black desktop: moved by a few pixels most sampled points still agree, and a first match within
        // the mismatch allowed was five pixels off.
        ScreenPixels remote = png("customer-screen-after-scrolling.png");
        ScreenPixels local = png("technician-screen-x11vnc-viewer.png");

        Point at = ViewLocator.locate(remote, local).orElseThrow();

        int differing = 0;
        for (int y = 0; y < remote.height(); y++) {
            for (int x = 0; x < remote.width(); x++) {
                differing += local.at(at.x + x, at.y + y) != remote.at(x, y) ? 1 : 0;
            }
        }
        assertEquals(0, differing, "pixels of the picture at " + at.x + "," + at.y + " unlike the customer's screen");
    }

    private static ScreenPixels png(String name) throws java.io.IOException {
        try (java.io.InputStream in = ViewLocatorTest.class.getResourceAsStream(name)) {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(in);
            int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            for (int i = 0; i < rgb.length; i++) {
                rgb[i] &= 0xFFFFFF;
            }
            return new ScreenPixels(image.getWidth(), image.getHeight(), rgb);
        }
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
