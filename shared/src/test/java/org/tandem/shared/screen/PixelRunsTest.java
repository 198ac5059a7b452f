package org.tandem.shared.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PixelRunsTest {
    @Test
    void theEqualSuffixIsWhatAPixelByPixelWalkFindsForEveryLengthAndPlaceOfTheLastDifference() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            int length = random.nextInt(200);
            int aFrom = random.nextInt(5);
            int bFrom = random.nextInt(5);
            int[] a = new int[aFrom + length + random.nextInt(5)];
            int[] b = new int[bFrom + length + random.nextInt(5)];
            for (int i = 0; i < length; i++) {
                int value = random.nextInt(3) == 0 ? random.nextInt() : 0xFF102030;
                a[aFrom + i] = value;
                b[bFrom + i] = random.nextInt(40) == 0 ? value + 1 : value; // sparse differences, anywhere
            }
            if (length > 0 && random.nextBoolean()) {
                int at = random.nextInt(length); // sometimes one more, at a chosen place
                b[bFrom + at] = a[aFrom + at] ^ 1;
            }

            assertEquals(walked(a, aFrom, b, bFrom, length), PixelRuns.equalSuffix(a, aFrom, b, bFrom, length),
                    "round " + round + ", length " + length);
        }
    }

    @Test
    void equalRunsAreEqualToTheirStartAndAnEmptyRunHasNoSuffix() {
        int[] a = new int[100];
        int[] b = new int[100];
        assertEquals(100, PixelRuns.equalSuffix(a, 0, b, 0, 100));
        assertEquals(0, PixelRuns.equalSuffix(a, 0, b, 0, 0));
        b[0] = 1;
        assertEquals(99, PixelRuns.equalSuffix(a, 0, b, 0, 100));
        b[99] = 1;
        assertEquals(0, PixelRuns.equalSuffix(a, 0, b, 0, 100));
    }

    private static int walked(int[] a, int aFrom, int[] b, int bFrom, int length) {
        int n = 0;
        while (n < length && a[aFrom + length - 1 - n] == b[bFrom + length - 1 - n]) {
            n++;
        }
        return n;
    }
}
