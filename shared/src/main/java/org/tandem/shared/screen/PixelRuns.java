package org.tandem.shared.screen;

import java.util.Arrays;

/**
 * Where two runs of pixels stop being equal, read from their end. {@link Arrays#mismatch} finds the
 * first difference with the processor's vector instructions; this finds the last one by comparing
 * blocks from the end the same way, and only the last block pixel by pixel.
 */
final class PixelRuns {
    /** Pixels compared at once from the end; a block that differs is walked pixel by pixel. */
    private static final int BLOCK = 32;

    private PixelRuns() {}

    /** How many pixels at the end of {@code a[aFrom, aFrom + length)} equal those at the end of {@code b}'s run. */
    static int equalSuffix(int[] a, int aFrom, int[] b, int bFrom, int length) {
        int end = length;
        while (end >= BLOCK && Arrays.equals(a, aFrom + end - BLOCK, aFrom + end, b, bFrom + end - BLOCK, bFrom + end)) {
            end -= BLOCK;
        }
        while (end > 0 && a[aFrom + end - 1] == b[bFrom + end - 1]) {
            end--;
        }
        return length - end;
    }
}
