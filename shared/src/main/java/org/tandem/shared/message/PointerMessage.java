package org.tandem.shared.message;

import java.util.Objects;

/**
 * The customer's pointer, sent apart from the screen's pixels (which never show it), so the console
 * draws it on top of the picture and can move it at once with the technician's own mouse. Binary,
 * session kind 4; see {@link PointerMessageCodec}.
 */
public sealed interface PointerMessage extends SessionMessage {

    /**
     * Where the pointer is, in pixels of the shared screen; {@code onScreen} is false when it is
     * outside the shared screen (on another monitor), and the console then draws none.
     */
    record Moved(int x, int y, boolean onScreen) implements PointerMessage {
        public Moved {
            if (x < 0 || y < 0 || x > 0xFFFF || y > 0xFFFF) {
                throw new IllegalArgumentException("A pointer position is 0..65535 on each axis, not " + x + "," + y);
            }
        }
    }

    /**
     * A look the pointer takes for the first time in this share, with the number the customer gives
     * it: from then on {@link SameShape} with that number stands for it. Numbers are never given
     * twice in a session.
     */
    record NamedShape(long id, Shape shape) implements PointerMessage {
        public NamedShape {
            Objects.requireNonNull(shape, "shape");
            if (id < 1 || id > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("A pointer shape's number is 1..2^32-1, not " + id);
            }
        }
    }

    /**
     * The pointer takes a look again that a {@link NamedShape} gave before. The console draws the
     * standard arrow for a number it does not know (its message was lost with a connection), never
     * another look.
     */
    record SameShape(long id) implements PointerMessage {
        public SameShape {
            if (id < 1 || id > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("A pointer shape's number is 1..2^32-1, not " + id);
            }
        }
    }

    /**
     * The pointer's look as a pointer source reads it: {@code width × height} pixels in ARGB (not
     * premultiplied), row by row, at most {@value #MAX_SIDE} on a side; the hotspot is the pixel
     * that points, inside the image. It travels inside a {@link NamedShape}, or as a {@link SameShape}
     * once named; the codec refuses to send it bare.
     */
    record Shape(int width, int height, int hotspotX, int hotspotY, int[] argb) implements PointerMessage {
        /** Largest pointer image side accepted; larger pointers are refused, not scaled. */
        public static final int MAX_SIDE = 64;

        public Shape {
            Objects.requireNonNull(argb, "argb");
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                throw new IllegalArgumentException("A pointer shape of " + width + "×" + height
                        + " pixels is not 1.." + MAX_SIDE + " on a side");
            }
            if (argb.length != width * height) {
                throw new IllegalArgumentException("A " + width + "×" + height + " pointer shape needs "
                        + width * height + " pixels, got " + argb.length);
            }
            if (hotspotX < 0 || hotspotY < 0 || hotspotX >= width || hotspotY >= height) {
                throw new IllegalArgumentException("The pointer's hotspot " + hotspotX + "," + hotspotY
                        + " lies outside its " + width + "×" + height + " image");
            }
            argb = argb.clone();
        }

        @Override
        public int[] argb() {
            return argb.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Shape s && width == s.width && height == s.height && hotspotX == s.hotspotX
                    && hotspotY == s.hotspotY && java.util.Arrays.equals(argb, s.argb);
        }

        @Override
        public int hashCode() {
            return Objects.hash(width, height, hotspotX, hotspotY, java.util.Arrays.hashCode(argb));
        }

        @Override
        public String toString() {
            return "Shape[" + width + "x" + height + ", hotspot " + hotspotX + "," + hotspotY + "]";
        }
    }
}
