package org.tandem.customer.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameRect;
import org.tandem.shared.screen.FrameSource;

/** The screen is made smaller or larger while it is shared: the capture follows it, or falls back. */
class DamageFrameSourceResizeTest {
    private final Screen desktop = new Screen(80, 60);
    private final SharedArea area = SharedArea.single(80, 60);
    private long now = 1_000_000_000L;
    private final List<String> fellBack = new ArrayList<>();
    private final Frame robotFrame = new Frame(2, 2, new int[] {1, 2, 3, 4});
    private final FrameSource robot = () -> robotFrame;
    private final DamageFrameSource source = new DamageFrameSource(area, desktop, desktop, null, () -> now, () -> {
        fellBack.add("robot");
        return robot;
    });

    @Test
    void aGrabRefusedAfterTheScreenShrankIsGrabbedWholeAtTheNewSize() {
        source.capture();
        desktop.resize(64, 48);
        desktop.grabbed.clear();
        now += DamageFrameSource.RECHECK_NANOS - 1; // no recheck due: the grab of what was drawn is refused
        desktop.damaged.add(new Rectangle(70, 50, 5, 5));
        desktop.damaged.add(new Rectangle(1, 1, 2, 2));

        Frame frame = source.capture();

        assertEquals(64, frame.width());
        assertEquals(48, frame.height());
        assertEquals(new Rectangle(0, 0, 64, 48), desktop.grabbed.get(desktop.grabbed.size() - 1));
        assertEquals(List.of(), fellBack);
    }

    @Test
    void aScreenMadeLargerIsSeenAtTheNextWholeGrabUpToTheSharedArea() {
        desktop.resize(40, 30);
        assertEquals(40, source.capture().width());

        desktop.resize(100, 100);
        now += DamageFrameSource.RECHECK_NANOS;
        Frame frame = source.capture();

        assertEquals(80, frame.width(), "the shared area, no more");
        assertEquals(60, frame.height());
    }

    @Test
    void refusedAgainAtOnceItCapturesWithTheFallBackFromThenOn() {
        source.capture();
        desktop.refuseAll = true;
        now += DamageFrameSource.RECHECK_NANOS;

        assertSame(robotFrame, source.captureLent().frame());
        LentFrame again = source.captureLent();
        assertSame(robotFrame, again.frame());
        assertEquals(List.of(new FrameRect(0, 0, robotFrame.width(), robotFrame.height())), again.drawn(),
                "Robot cannot tell where: drawn everywhere");
        assertEquals(List.of("robot"), fellBack, "the fall-back made once");
        assertTrue(source.mayHaveChanged(), "Robot cannot tell: every look captures");
    }

    @Test
    void withoutAFallBackTheRefusalReachesTheCaller() {
        DamageFrameSource alone = new DamageFrameSource(area, desktop, desktop, null, () -> now);
        alone.capture();
        desktop.refuseAll = true;
        now += DamageFrameSource.RECHECK_NANOS;

        assertThrows(GrabRefusedException.class, alone::capture);
    }

    /** A desktop whose size can change, and a grabber that knows its size as last read, like the X server's. */
    private static final class Screen implements ScreenDamage, PixelGrabber {
        final List<Rectangle> grabbed = new ArrayList<>();
        final List<Rectangle> damaged = new ArrayList<>();
        boolean refuseAll;
        private Rectangle actual;
        private Rectangle known;

        Screen(int width, int height) {
            actual = new Rectangle(0, 0, width, height);
            known = new Rectangle(actual);
        }

        void resize(int width, int height) {
            actual = new Rectangle(0, 0, width, height);
        }

        @Override
        public void collect(DamageRegion into) {
            damaged.forEach(r -> into.add(r.x, r.y, r.width, r.height));
            damaged.clear();
        }

        @Override
        public Rectangle readable(Rectangle wanted, boolean lookAgain) {
            if (lookAgain) {
                known = new Rectangle(actual);
            }
            return wanted.intersection(known);
        }

        @Override
        public void grab(Rectangle area, int[] into, int offset, int stride) {
            Rectangle cut = area.intersection(known);
            if (refuseAll || !actual.contains(cut)) {
                known = new Rectangle(actual);
                throw new GrabRefusedException("BadMatch");
            }
            grabbed.add(cut);
            for (int row = 0; row < cut.height; row++) {
                Arrays.fill(into, offset + row * stride, offset + row * stride + cut.width, 0xFF000000 | cut.width);
            }
        }

        @Override
        public void close() {}
    }
}
