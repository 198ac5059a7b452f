package org.tandem.customer.capture;

import org.tandem.shared.message.PointerMessage;

/**
 * Turns a pointer image as X11 gives it (premultiplied ARGB, any size) into the shape the console
 * takes: straight ARGB, at most {@value PointerMessage.Shape#MAX_SIDE} on a side. A larger pointer is
 * cut to the square around its hotspot, so the part that points is never lost.
 */
final class CursorImages {
    private CursorImages() {}

    /**
     * @param premultiplied {@code width × height} pixels, row by row, colour already multiplied by alpha
     */
    static PointerMessage.Shape shape(int width, int height, int hotspotX, int hotspotY, int[] premultiplied) {
        if (width < 1 || height < 1 || premultiplied.length < width * height) {
            throw new IllegalArgumentException("A pointer image of " + width + "×" + height + " with "
                    + premultiplied.length + " pixels");
        }
        int hotX = Math.max(0, Math.min(width - 1, hotspotX));
        int hotY = Math.max(0, Math.min(height - 1, hotspotY));
        int side = PointerMessage.Shape.MAX_SIDE;
        int w = Math.min(width, side);
        int h = Math.min(height, side);
        int left = Math.max(0, Math.min(width - w, hotX - w / 2));
        int top = Math.max(0, Math.min(height - h, hotY - h / 2));
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = straight(premultiplied[(top + y) * width + left + x]);
            }
        }
        return new PointerMessage.Shape(w, h, hotX - left, hotY - top, argb);
    }

    /** Undoes the multiplication by alpha; a fully transparent pixel is 0. */
    static int straight(int premultiplied) {
        int a = premultiplied >>> 24;
        if (a == 0) {
            return 0;
        }
        if (a == 255) {
            return premultiplied;
        }
        int r = Math.min(255, ((premultiplied >>> 16) & 0xFF) * 255 / a);
        int g = Math.min(255, ((premultiplied >>> 8) & 0xFF) * 255 / a);
        int b = Math.min(255, (premultiplied & 0xFF) * 255 / a);
        return a << 24 | r << 16 | g << 8 | b;
    }
}
