package org.tandem.customer.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameRect;

class DamageFrameSourceTest {
    private static final Rectangle LEFT = new Rectangle(0, 0, 40, 30);
    private static final Rectangle RIGHT = new Rectangle(40, 6, 24, 20);

    private final Desktop desktop = new Desktop(64, 30);
    private final SharedArea area = new SharedArea(() -> List.of(LEFT, RIGHT));
    private long now = 1_000_000_000L;
    private final DamageFrameSource source = new DamageFrameSource(area, desktop, desktop, null, () -> now);

    @Test
    void theFirstCaptureGrabsTheWholeSharedArea() {
        Frame first = source.capture();

        assertEquals(List.of(LEFT), desktop.grabbed);
        assertArrayEquals(desktop.crop(LEFT), first.argb());
    }

    @Test
    void thenOnlyWhatWasDrawnIsGrabbedAndTheFrameIsTheWholeScreenAsItIsNow() {
        source.capture();
        desktop.grabbed.clear();

        desktop.draw(new Rectangle(3, 4, 5, 2), 0xFF112233);
        desktop.draw(new Rectangle(20, 20, 4, 4), 0xFF445566);

        assertTrue(source.mayHaveChanged());
        Frame now = source.capture();
        assertEquals(List.of(new Rectangle(3, 4, 5, 2), new Rectangle(20, 20, 4, 4)), desktop.grabbed);
        assertArrayEquals(desktop.crop(LEFT), now.argb());
    }

    @Test
    void aScreenNobodyDrewOnHasNotChangedAndIsNotGrabbed() {
        source.capture();
        desktop.grabbed.clear();

        assertFalse(source.mayHaveChanged());
        source.capture();

        assertEquals(List.of(), desktop.grabbed);
    }

    @Test
    void drawingOnAMonitorThatIsNotSharedIsNoChange() {
        area.choose(2);
        source.capture();
        desktop.grabbed.clear();

        desktop.draw(new Rectangle(5, 5, 10, 10), 0xFF00FF00);

        assertFalse(source.mayHaveChanged());
        source.capture();
        assertEquals(List.of(), desktop.grabbed);
    }

    @Test
    void anotherMonitorIsGrabbedWholeThenPatchedInItsOwnCoordinates() {
        source.capture();
        area.choose(2);

        Frame whole = source.capture();
        desktop.draw(new Rectangle(38, 10, 5, 3), 0xFFABCDEF); // across both monitors
        desktop.grabbed.clear();
        Frame patched = source.capture();

        assertArrayEquals(desktop.crop(RIGHT), patched.argb());
        assertEquals(List.of(new Rectangle(40, 10, 3, 3)), desktop.grabbed, "only the part on the shared monitor");
        assertEquals(RIGHT.width, whole.width());
        assertEquals(RIGHT.height, whole.height());
    }

    @Test
    void theWholeAreaIsGrabbedAgainNowAndThenInCaseSomethingDrewUnreported() {
        source.capture();
        desktop.grabbed.clear();
        desktop.paintUnreported(new Rectangle(1, 1, 2, 2), 0xFF777777);

        now += DamageFrameSource.RECHECK_NANOS;

        assertTrue(source.mayHaveChanged());
        Frame checked = source.capture();
        assertEquals(List.of(LEFT), desktop.grabbed);
        assertArrayEquals(desktop.crop(LEFT), checked.argb());
    }

    @Test
    void aFrameIsTheCallersToKeep() {
        Frame before = source.capture();
        int[] kept = before.argb().clone();

        desktop.draw(new Rectangle(0, 0, 40, 30), 0xFF000000);
        source.capture();

        assertArrayEquals(kept, before.argb());
    }

    @Test
    void aLentFrameIsTheSourcesOwnCopyPatchedAtTheNextCapture() {
        Frame lent = source.captureLent().frame();

        desktop.draw(new Rectangle(2, 2, 3, 3), 0xFF102030);
        Frame next = source.captureLent().frame();

        assertSame(lent.argb(), next.argb(), "no copy of the screen per frame");
        assertArrayEquals(desktop.crop(LEFT), next.argb());
    }

    @Test
    void aLentFrameSaysWhereItWasDrawnOnSinceTheLastLentFrame() {
        assertEquals(List.of(new FrameRect(0, 0, 40, 30)), source.captureLent().drawn(), "the first is new everywhere");

        desktop.draw(new Rectangle(3, 4, 5, 2), 0xFF112233);
        assertEquals(List.of(new FrameRect(3, 4, 5, 2)), source.captureLent().drawn());

        assertEquals(List.of(), source.captureLent().drawn(), "nothing drawn since");
    }

    @Test
    void whatWasDrawnBeforeACaptureToKeepIsStillReportedWithTheNextLentFrame() {
        source.captureLent();
        desktop.draw(new Rectangle(3, 4, 5, 2), 0xFF112233);
        source.capture();
        desktop.draw(new Rectangle(20, 20, 4, 4), 0xFF445566);

        assertEquals(List.of(new FrameRect(3, 4, 5, 2), new FrameRect(20, 20, 4, 4)), source.captureLent().drawn());
    }

    @Test
    void manyCapturesToKeepBetweenLentFramesCountAsDrawnEverywhere() {
        source.captureLent();
        for (int i = 0; i < 100; i++) {
            desktop.draw(new Rectangle(i % 40, i % 30, 1, 1), 0xFF000000 | i);
            source.capture();
        }

        assertEquals(List.of(new FrameRect(0, 0, 40, 30)), source.captureLent().drawn());
    }

    @Test
    void whatWasDrawnIsReportedInTheSharedMonitorsCoordinates() {
        area.choose(2);
        source.captureLent();
        desktop.draw(new Rectangle(38, 10, 5, 3), 0xFFABCDEF);

        assertEquals(List.of(new FrameRect(0, 4, 3, 3)), source.captureLent().drawn());
    }

    @Test
    void aWholeGrabReportsTheWholeAreaDrawn() {
        source.captureLent();
        desktop.paintUnreported(new Rectangle(1, 1, 2, 2), 0xFF777777);
        now += DamageFrameSource.RECHECK_NANOS;

        assertEquals(List.of(new FrameRect(0, 0, 40, 30)), source.captureLent().drawn());
    }

    @Test
    void aClosedSourceNoLongerTouchesTheDisplay() {
        source.capture();
        source.close();
        desktop.draw(new Rectangle(0, 0, 4, 4), 0xFF000000);
        desktop.grabbed.clear();

        assertFalse(source.mayHaveChanged());
        assertThrows(IllegalStateException.class, source::capture);
        assertEquals(List.of(), desktop.grabbed);
    }

    /** Pixels, their damage reports and a grabber over them, as the X server would give them. */
    private static final class Desktop implements ScreenDamage, PixelGrabber {
        final List<Rectangle> grabbed = new ArrayList<>();
        private final List<Rectangle> damaged = new ArrayList<>();
        private final int width;
        private final int[] pixels;

        Desktop(int width, int height) {
            this.width = width;
            this.pixels = new int[width * height];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = 0xFF000000 | (int) ((i * 2654435761L) & 0xFFFFFF);
            }
        }

        void draw(Rectangle where, int argb) {
            paintUnreported(where, argb);
            damaged.add(where);
        }

        void paintUnreported(Rectangle where, int argb) {
            for (int y = where.y; y < where.y + where.height; y++) {
                for (int x = where.x; x < where.x + where.width; x++) {
                    pixels[y * width + x] = argb;
                }
            }
        }

        int[] crop(Rectangle r) {
            int[] out = new int[r.width * r.height];
            grabInto(r, out, 0, r.width);
            return out;
        }

        @Override
        public void collect(DamageRegion into) {
            damaged.forEach(r -> into.add(r.x, r.y, r.width, r.height));
            damaged.clear();
        }

        @Override
        public void grab(Rectangle area, int[] into, int offset, int stride) {
            grabbed.add(new Rectangle(area));
            grabInto(area, into, offset, stride);
        }

        private void grabInto(Rectangle area, int[] into, int offset, int stride) {
            for (int row = 0; row < area.height; row++) {
                System.arraycopy(pixels, (area.y + row) * width + area.x, into, offset + row * stride, area.width);
            }
        }

        @Override
        public void close() {}
    }
}
