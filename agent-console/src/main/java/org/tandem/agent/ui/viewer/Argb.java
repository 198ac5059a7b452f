package org.tandem.agent.ui.viewer;

/** Pixel arithmetic the views share. */
public final class Argb {
    private Argb() {}

    /** {@code argb} with its colour multiplied by its alpha, as JavaFX's and X's pointer images want it. */
    public static int premultiplied(int argb) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb;
        }
        int r = ((argb >> 16) & 0xFF) * a / 255;
        int g = ((argb >> 8) & 0xFF) * a / 255;
        int b = (argb & 0xFF) * a / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }
}
