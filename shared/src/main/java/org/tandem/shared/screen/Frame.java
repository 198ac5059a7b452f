package org.tandem.shared.screen;

import java.util.Objects;

/**
 * A screen image: {@code width × height} opaque pixels in ARGB, row by row (alpha is not carried). The array is shared, not
 * copied: whoever hands a frame over must not change it afterwards.
 */
public record Frame(int width, int height, int[] argb) {
    public Frame {
        Objects.requireNonNull(argb, "argb");
        if (width < 1 || height < 1 || (long) width * height != argb.length) {
            throw new IllegalArgumentException("A " + width + "x" + height + " frame needs "
                    + ((long) width * height) + " pixels, got " + argb.length);
        }
    }

    public int pixel(int x, int y) {
        return argb[y * width + x];
    }
}
