package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.capture.PointerSource;
import org.tandem.customer.capture.SharedArea;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameSource;
import org.tandem.shared.screen.TileScreenDecoder;
import org.tandem.shared.screen.TileScreenEncoder;

/** The screen changes size while shared (xrandr): the viewer is told the new size before the frame at it. */
class ScreenSharerResizeTest {
    private static final long WAIT_SECONDS = 10;

    private final LinkedBlockingQueue<Object> wire = new LinkedBlockingQueue<>();
    private volatile int width = 64;
    private volatile int height = 48;
    private ScreenSharer sharer;

    @AfterEach
    void close() {
        if (sharer != null) {
            sharer.close();
        }
    }

    @Test
    void aFrameOfANewSizeIsAnnouncedThenSentWholeInANewStream() throws Exception {
        SharedArea area = SharedArea.single(64, 48);
        FrameSource screen = () -> new Frame(width, height, pixels(width, height));
        sharer = new ScreenSharer(() -> screen, TileScreenEncoder::new, () -> PointerSource.NONE, area, Duration.ZERO);
        sharer.start(new UpdateSink() {
            @Override
            public void send(ScreenUpdate update) {
                wire.add(update);
            }

            @Override
            public void send(ControlMessage.ScreenMonitors monitors) {
                wire.add(monitors);
            }
        });
        List<ControlMessage.Monitor> one = List.of(new ControlMessage.Monitor(0, 0, 64, 48));
        assertEquals(new ControlMessage.ScreenMonitors(one, 1, 64, 48), next());
        sharer.credited(1);
        assertArrayEquals(pixels(64, 48), frameFrom(new TileScreenDecoder(64, 48)).argb());

        width = 40;
        height = 30;
        sharer.credited(1);

        assertEquals(new ControlMessage.ScreenMonitors(one, 1, 40, 30), next(), "the new size, ahead of the frame");
        TileScreenDecoder viewer = new TileScreenDecoder(40, 30);
        ScreenUpdate first = assertInstanceOf(ScreenUpdate.class, next());
        assertTrue(first.newStream(), "a new stream at the new size");
        Frame shown = viewer.apply(first) ? viewer.frame() : frameFrom(viewer);
        assertArrayEquals(pixels(40, 30), shown.argb());
        assertTrue(sharer.isActive());
    }

    private Object next() throws InterruptedException {
        Object message = wire.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(message, "nothing was sent");
        return message;
    }

    private Frame frameFrom(TileScreenDecoder viewer) throws Exception {
        while (true) {
            ScreenUpdate update = assertInstanceOf(ScreenUpdate.class, next());
            if (viewer.apply(update)) {
                return viewer.frame();
            }
        }
    }

    private static int[] pixels(int width, int height) {
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | (int) ((i * 2654435761L + width) & 0xFFFFFF);
        }
        return argb;
    }
}
