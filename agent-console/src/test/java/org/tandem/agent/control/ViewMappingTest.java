package org.tandem.agent.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewMappingTest {
    /** A 1000x800 screen in a wide 1000x400 view: scaled by half to 500x400, bars 250 wide left and right. */
    private final ViewMapping wide = new ViewMapping(1000, 400, 1000, 800);
    /** An 800x600 screen in a tall 400x1000 view: scaled by half to 400x300, bars 350 high above and below. */
    private final ViewMapping tall = new ViewMapping(400, 1000, 800, 600);

    @ParameterizedTest(name = "view {0},{1} -> screen {2},{3}")
    @CsvSource({
        "250, 0, 0, 0",
        "250.4, 0.4, 0, 0",
        "251, 1, 2, 2",
        "500, 200, 500, 400",
        "749.9, 0, 999, 0",
        "250, 399.9, 0, 799",
        "749.9, 399.9, 999, 799",
        "750, 400, 999, 799"})
    void wideViewMapsThePictureBetweenTheSideBars(double x, double y, int remoteX, int remoteY) {
        assertArrayEquals(new int[] {remoteX, remoteY}, wide.toRemote(x, y).orElseThrow());
    }

    @ParameterizedTest(name = "view {0},{1} is in a bar")
    @CsvSource({"0, 0", "249.9, 200", "100, 399", "750.1, 200", "999, 0", "1000, 400"})
    void wideViewSideBarsMapToNothing(double x, double y) {
        assertEquals(Optional.empty(), wide.toRemote(x, y));
    }

    @ParameterizedTest(name = "view {0},{1} -> screen {2},{3}")
    @CsvSource({
        "0, 350, 0, 0",
        "200, 500, 400, 300",
        "399.9, 649.9, 799, 599",
        "400, 650, 799, 599",
        "0, 649.9, 0, 599"})
    void tallViewMapsThePictureBetweenTheTopAndBottomBars(double x, double y, int remoteX, int remoteY) {
        assertArrayEquals(new int[] {remoteX, remoteY}, tall.toRemote(x, y).orElseThrow());
    }

    @ParameterizedTest(name = "view {0},{1} is in a bar")
    @CsvSource({"0, 0", "200, 349.9", "399, 100", "200, 650.1", "0, 999", "400, 1000"})
    void tallViewTopAndBottomBarsMapToNothing(double x, double y) {
        assertEquals(Optional.empty(), tall.toRemote(x, y));
    }

    @ParameterizedTest(name = "view {0},{1} is outside the view")
    @CsvSource({"-1, 200", "500, -0.5", "1000.5, 200", "500, 401", "NaN, 1", "1, Infinity"})
    void pointsOutsideTheViewMapToNothing(double x, double y) {
        assertEquals(Optional.empty(), wide.toRemote(x, y));
    }

    @Test
    void aViewTheSizeOfTheScreenMapsOneToOne() {
        ViewMapping same = new ViewMapping(1920, 1080, 1920, 1080);
        assertEquals(1.0, same.scale());
        assertArrayEquals(new int[] {0, 0}, same.toRemote(0, 0).orElseThrow());
        assertArrayEquals(new int[] {1919, 1079}, same.toRemote(1919.5, 1079.5).orElseThrow());
        assertArrayEquals(new int[] {1919, 1079}, same.toRemote(1920, 1080).orElseThrow());
    }

    @Test
    void aSmallScreenIsScaledUp() {
        ViewMapping bigger = new ViewMapping(2000, 1200, 1000, 500);
        assertEquals(2.0, bigger.scale());
        assertEquals(100.0, bigger.offsetY());
        assertArrayEquals(new int[] {1, 0}, bigger.toRemote(3, 100).orElseThrow());
        assertArrayEquals(new int[] {999, 499}, bigger.toRemote(1999, 1099).orElseThrow());
    }

    @Test
    void barsAreCentred() {
        assertEquals(250.0, wide.offsetX());
        assertEquals(0.0, wide.offsetY());
        assertEquals(0.0, tall.offsetX());
        assertEquals(350.0, tall.offsetY());
    }

    @ParameterizedTest(name = "view {0},{1} -> nearest screen pixel {2},{3}")
    @CsvSource({
        "0, 0, 0, 0",
        "-500, -500, 0, 0",
        "100, 200, 0, 400",
        "900, 200, 999, 400",
        "5000, 5000, 999, 799",
        "500, -20, 500, 0",
        "NaN, NaN, 0, 0"})
    void clampedMappingGivesTheNearestPixel(double x, double y, int remoteX, int remoteY) {
        assertArrayEquals(new int[] {remoteX, remoteY}, wide.toRemoteClamped(x, y));
    }

    @Test
    void anEmptyViewMapsNothing() {
        ViewMapping empty = new ViewMapping(0, 0, 1920, 1080);
        assertEquals(Optional.empty(), empty.toRemote(0, 0));
        assertArrayEquals(new int[] {0, 0}, empty.toRemoteClamped(10, 10));
    }

    @Test
    void refusesSizesThatAreNotSizes() {
        assertThrows(IllegalArgumentException.class, () -> new ViewMapping(100, 100, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new ViewMapping(100, 100, 100, -1));
        assertThrows(IllegalArgumentException.class, () -> new ViewMapping(-1, 100, 100, 100));
        assertThrows(IllegalArgumentException.class, () -> new ViewMapping(Double.NaN, 100, 100, 100));
        assertThrows(IllegalArgumentException.class, () -> new ViewMapping(100, Double.POSITIVE_INFINITY, 100, 100));
    }

    @Test
    void everyPointOfThePictureMapsInsideTheScreen() {
        ViewMapping odd = new ViewMapping(1366.5, 701.25, 2560, 1440);
        for (double x = odd.offsetX(); x <= odd.offsetX() + 2560 * odd.scale(); x += 0.37) {
            for (double y = odd.offsetY(); y <= odd.offsetY() + 1440 * odd.scale(); y += 7.3) {
                int[] p = odd.toRemote(x, y).orElseThrow();
                assertTrue(p[0] >= 0 && p[0] < 2560 && p[1] >= 0 && p[1] < 1440, p[0] + "," + p[1]);
            }
        }
    }
}
