package org.tandem.bench;

import java.util.Locale;
import org.tandem.shared.screen.Frame;

/**
 * How far the pictures a viewer showed are from those sent, over a run: the peak signal to noise
 * ratio over every channel of every frame compared, and the largest difference of one channel.
 */
final class PictureError {
    private double squares;
    private long samples;
    private int max;

    /** Adds one frame's comparison; a frame that is missing or of another size counts as all wrong. */
    void add(Frame sent, Frame shown) {
        int[] expected = sent.argb();
        if (shown == null || shown.argb().length != expected.length) {
            squares += 255.0 * 255.0 * 3 * expected.length;
            samples += 3L * expected.length;
            max = 255;
            return;
        }
        int[] actual = shown.argb();
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == actual[i]) {
                continue;
            }
            for (int shift = 0; shift < 24; shift += 8) {
                int d = Math.abs((expected[i] >> shift & 0xFF) - (actual[i] >> shift & 0xFF));
                squares += (double) d * d;
                max = Math.max(max, d);
            }
        }
        samples += 3L * expected.length;
    }

    /** PSNR in dB, or infinite when every frame was exact. */
    double psnrDb() {
        if (squares == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return 10 * Math.log10(255.0 * 255.0 / (squares / samples));
    }

    /** The largest difference of one channel of one pixel, 0 to 255. */
    int maxError() {
        return max;
    }

    /** The figures as JSON members (no braces); an exact run's PSNR is null, JSON having no infinity. */
    String toJsonMembers() {
        double psnr = psnrDb();
        String db = Double.isInfinite(psnr) ? "null" : String.format(Locale.ROOT, "%.2f", psnr);
        return "\"psnrDb\":" + db + ",\"maxError\":" + max;
    }
}
