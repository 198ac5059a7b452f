package org.tandem.bench.desktop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CatchUpTest {

    @Test
    void theGridTakesEverySecondPixelOfTheAreaEachWay() {
        int[] rgb = new int[10 * 10];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = i;
        }
        ScreenPixels screen = new ScreenPixels(10, 10, rgb);

        assertArrayEquals(new int[] {11, 13, 31, 33}, CatchUp.grid(screen, new Rectangle(1, 1, 4, 4)));
        assertArrayEquals(new int[] {22, 24, 42, 44}, CatchUp.grid(screen, new Rectangle(2, 2, 3, 3)));
    }

    @Test
    void aPictureShowsTheScreenWhenAllButOneInAThousandPointsOfTheGridAgree() {
        int[] reference = new int[10_000];
        Arrays.fill(reference, 0x202020);
        int[] viewer = reference.clone();
        for (int i = 0; i < 10; i++) {
            viewer[i * 997] = 0xFFFFFF; // a pointer's worth of points
        }
        assertTrue(CatchUp.shows(viewer, reference));

        viewer[5] = 0xFFFFFF; // one more: a line of text not yet scrolled
        assertFalse(CatchUp.shows(viewer, reference));
        assertThrows(IllegalArgumentException.class, () -> CatchUp.shows(new int[999], reference));
    }
}
