package org.tandem.shared.screen.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.tandem.shared.screen.Frame;

class ScreenWorkloadTest {
    static final java.util.List<String> NAMES = ScreenWorkload.NAMES;

    @ParameterizedTest
    @FieldSource("NAMES")
    void theSameSeedGivesTheSameFrames(String name) {
        ScreenWorkload a = ScreenWorkload.create(name, 1024, 768, 3);
        ScreenWorkload b = ScreenWorkload.create(name, 1024, 768, 3);

        assertArrayEquals(a.first().argb(), b.first().argb());
        for (int i = 0; i < 5 && a.hasNext(); i++) {
            assertArrayEquals(a.next().argb(), b.next().argb(), "frame " + (i + 1));
        }
    }

    @ParameterizedTest
    @FieldSource("NAMES")
    void everyFrameHasTheDesktopsSizeAndIsOpaque(String name) {
        ScreenWorkload workload = ScreenWorkload.create(name, 1024, 768, 3);
        Frame frame = workload.hasNext() ? workload.next() : workload.first();

        assertEquals(1024, frame.width());
        assertEquals(768, frame.height());
        assertTrue(Arrays.stream(frame.argb()).allMatch(p -> p >>> 24 == 0xFF));
    }

    @Test
    void idleNeverChangesAndTheOthersChangeEveryFrame() {
        ScreenWorkload idle = ScreenWorkload.create("idle", 1024, 768, 3);
        Frame first = idle.first();
        while (idle.hasNext()) {
            assertArrayEquals(first.argb(), idle.next().argb());
        }
        for (String name : java.util.List.of("typing", "scrolling", "pager", "dragging", "video", "full-screen-change")) {
            ScreenWorkload workload = ScreenWorkload.create(name, 1024, 768, 3);
            Frame before = workload.first();
            for (int i = 0; i < 3; i++) {
                Frame after = workload.next();
                assertFalse(Arrays.equals(before.argb(), after.argb()), name + " frame " + (i + 1) + " changed nothing");
                before = after;
            }
        }
    }

    @Test
    void scrollingMovesTheDocumentUpByOneLine() {
        ScreenWorkload scrolling = ScreenWorkload.create("scrolling", 1024, 768, 3);
        Frame before = scrolling.first();
        Frame after = scrolling.next();
        int x = 200;
        for (int y = 100; y < 600; y++) {
            assertEquals(before.pixel(x, y + 20), after.pixel(x, y), "row " + y);
        }
    }

    @Test
    void aWorkloadEndsAfterItsFrames() {
        ScreenWorkload typing = ScreenWorkload.create("typing", 1024, 768, 3);
        for (int i = 0; i < typing.frames(); i++) {
            typing.next();
        }
        assertFalse(typing.hasNext());
        assertThrows(NoSuchElementException.class, typing::next);
    }

    @Test
    void unknownWorkloadsAndSmallDesktopsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScreenWorkload.create("juggling", 1024, 768, 3));
        assertThrows(IllegalArgumentException.class, () -> ScreenWorkload.create("idle", 640, 480, 3));
    }
}
