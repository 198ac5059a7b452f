package org.tandem.customer.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tandem.shared.message.PointerMessage;

class CursorImagesTest {

    @Test
    void premultipliedColoursAreMadeStraight() {
        assertEquals(0x80FF0000, CursorImages.straight(0x80800000));
        assertEquals(0xFF123456, CursorImages.straight(0xFF123456));
        assertEquals(0, CursorImages.straight(0x00FFFFFF));
    }

    @Test
    void aSmallPointerIsKeptWholeWithItsHotspot() {
        int[] pixels = new int[3 * 2];
        pixels[1 * 3 + 2] = 0xFF00FF00;

        PointerMessage.Shape shape = CursorImages.shape(3, 2, 2, 1, pixels);

        assertEquals(new PointerMessage.Shape(3, 2, 2, 1, pixels), shape);
    }

    @Test
    void aLargePointerIsCutToTheSquareAroundItsHotspot() {
        int width = 96;
        int height = 80;
        int[] pixels = new int[width * height];
        pixels[70 * width + 90] = 0xFF0000FF; // the hotspot's pixel

        PointerMessage.Shape shape = CursorImages.shape(width, height, 90, 70, pixels);

        assertEquals(64, shape.width());
        assertEquals(64, shape.height());
        // Cut at x 32..95, y 16..79: the hotspot keeps pointing at the same pixel.
        assertEquals(58, shape.hotspotX());
        assertEquals(54, shape.hotspotY());
        assertEquals(0xFF0000FF, shape.argb()[shape.hotspotY() * 64 + shape.hotspotX()]);
    }
}
