package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.capture.ChangeHint;
import org.tandem.customer.capture.LentFrame;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameRect;
import org.tandem.shared.screen.FrameSource;
import org.tandem.shared.screen.ScreenQuality;
import org.tandem.shared.screen.TileScreenDecoder;
import org.tandem.shared.screen.TileScreenEncoder;

/** Sharing a screen that says when nothing was drawn on it (XDamage on X11). */
class ScreenSharerChangeHintTest {
    private static final long WAIT_SECONDS = 10;
    private static final long QUIET_MILLIS = 300;

    private final ReportingScreen screen = new ReportingScreen();
    private final LinkedBlockingQueue<ScreenUpdate> sent = new LinkedBlockingQueue<>();
    private final TileScreenDecoder viewer = new TileScreenDecoder();
    private ScreenSharer sharer;

    @AfterEach
    void close() {
        if (sharer != null) {
            sharer.close();
        }
    }

    private void start(Duration minInterval) throws Exception {
        sharer = new ScreenSharer(() -> screen, TileScreenEncoder::new, minInterval);
        sharer.start(sent::add);
        sharer.credited(1);
        sharer.credited(1);
        receiveFrame();
    }

    @Test
    void aScreenNobodyDrawsOnIsWatchedButNeitherCapturedNorCompared() throws Exception {
        start(Duration.ZERO);
        int captured = screen.captures.get();

        screen.awaitLooks(screen.looks.get() + 5);

        assertEquals(captured, screen.captures.get(), "looks, no captures");
        assertNull(sent.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Test
    void whatIsDrawnIsCapturedAndSent() throws Exception {
        start(Duration.ZERO);

        screen.draw();

        assertArrayEquals(ReportingScreen.picture(1).argb(), receiveFrame().argb());
    }

    @Test
    void theEncoderIsToldWhereTheScreenWasDrawnAndLooksNowhereElse() throws Exception {
        start(Duration.ZERO);
        screen.drawnOnly = List.of(new FrameRect(0, 0, 64, 4)); // the next picture differs everywhere

        screen.draw();

        int[] expected = ReportingScreen.picture(0).argb().clone();
        System.arraycopy(ReportingScreen.picture(1).argb(), 0, expected, 0, 64 * 4);
        assertArrayEquals(expected, receiveFrame().argb(), "only the rows said drawn were sent");
    }

    @Test
    void afterInputTheScreenIsWatchedCloselyUntilTheInputShows() throws Exception {
        start(Duration.ofHours(1)); // an ordinary look would be an hour away
        int looked = screen.looks.get();

        sharer.expectChange();
        screen.awaitLooks(looked + 4); // the input's effect is drawn a moment later
        screen.draw();

        assertArrayEquals(ReportingScreen.picture(1).argb(), receiveFrame().argb());
    }

    @Test
    void aScreenThatTellsWhenItIsDrawnIsLookedAtThenInsteadOfWatchedClosely() throws Exception {
        screen.telling = true;
        start(Duration.ofHours(1)); // an ordinary look would be an hour away, and so would a close one
        int looked = screen.looks.get();

        sharer.expectChange();
        screen.awaitLooks(looked + 1); // the look at once after input, before the input's effect is drawn
        screen.draw();
        screen.told.run();

        assertArrayEquals(ReportingScreen.picture(1).argb(), receiveFrame().argb());
        assertEquals(looked + 2, screen.looks.get(), "one look after the input, one when told of the drawing");
    }

    @Test
    void aRefreshSendsTheWholeScreenThoughNothingWasDrawn() throws Exception {
        start(Duration.ZERO);
        viewer.reset();

        sharer.refreshRequested();

        ScreenUpdate first = sent.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(first, "no frame after the refresh");
        assertTrue(first.newStream());
        assertTrue(viewer.apply(first));
        assertArrayEquals(ReportingScreen.picture(0).argb(), viewer.frame().argb());
    }

    @Test
    void atLowQualityAPhotographArrivesLossyAndBackAtLosslessExactThoughNothingWasDrawn() throws Exception {
        PhotoScreen photo = new PhotoScreen();
        sharer = new ScreenSharer(() -> photo, TileScreenEncoder::new, Duration.ZERO);
        sharer.start(sent::add);
        for (int i = 0; i < 4; i++) {
            sharer.credited(1);
        }
        assertArrayEquals(PhotoScreen.picture(0).argb(), receiveFrame().argb(), "lossless at first");

        sharer.qualityRequested(ScreenQuality.LOW);
        photo.draw();
        Frame lossy = receiveFrame();
        assertFalse(Arrays.equals(PhotoScreen.picture(1).argb(), lossy.argb()), "the photograph went lossy");

        sharer.credited(1);
        sharer.qualityRequested(ScreenQuality.LOSSLESS);

        assertArrayEquals(PhotoScreen.picture(1).argb(), receiveFrame().argb(), "refined to the exact pixels");
    }

    private Frame receiveFrame() throws Exception {
        while (true) {
            ScreenUpdate update = sent.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(update, "no frame arrived");
            if (viewer.apply(update)) {
                return viewer.frame();
            }
        }
    }

    /** A small screen that is drawn on when told to, and says whether it was since the last capture. */
    private static final class ReportingScreen implements FrameSource, ChangeHint {
        final AtomicInteger captures = new AtomicInteger();
        final AtomicInteger looks = new AtomicInteger();
        private final AtomicInteger version = new AtomicInteger();
        private volatile boolean drawn;
        /** What lent frames say was drawn; everywhere when null. */
        volatile List<FrameRect> drawnOnly;
        /** Whether it offers to tell when it is drawn on, and whom it tells. */
        volatile boolean telling;
        volatile Runnable told;

        @Override
        public boolean tellWhenDrawn(Runnable drawn) {
            told = drawn;
            return telling;
        }

        void draw() {
            version.incrementAndGet();
            drawn = true;
        }

        @Override
        public synchronized boolean mayHaveChanged() {
            looks.incrementAndGet();
            notifyAll();
            return drawn;
        }

        @Override
        public LentFrame captureLent() {
            List<FrameRect> only = drawnOnly;
            return only == null ? LentFrame.drawnEverywhere(capture()) : new LentFrame(capture(), only);
        }

        @Override
        public Frame capture() {
            drawn = false;
            captures.incrementAndGet();
            return picture(version.get());
        }

        synchronized void awaitLooks(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (looks.get() < count && System.nanoTime() < deadline) {
                wait(100);
            }
            assertTrue(looks.get() >= count, "the screen was not watched");
        }

        static Frame picture(int version) {
            int[] argb = new int[64 * 48];
            for (int i = 0; i < argb.length; i++) {
                argb[i] = 0xFF000000 | (int) ((i * 2654435761L + version * 40503L) & 0xFFFFFF);
            }
            return new Frame(64, 48, argb);
        }
    }

    /** A screen showing a photograph, drawn anew when told to, that says whether it was since the last capture. */
    private static final class PhotoScreen implements FrameSource, ChangeHint {
        private volatile int version;
        private volatile boolean drawn;

        void draw() {
            version++;
            drawn = true;
        }

        @Override
        public boolean mayHaveChanged() {
            return drawn;
        }

        @Override
        public LentFrame captureLent() {
            return LentFrame.drawnEverywhere(capture()); // a new photograph changes every pixel
        }

        @Override
        public Frame capture() {
            drawn = false;
            return picture(version);
        }

        static Frame picture(int version) {
            int[] argb = new int[256 * 192];
            Random random = new Random(version);
            for (int y = 0; y < 192; y++) {
                for (int x = 0; x < 256; x++) {
                    double v = Math.sin(x * 0.03 + version) + Math.sin(y * 0.041 - version);
                    int noise = random.nextInt(9) - 4;
                    int r = Math.max(0, Math.min(255, (int) (120 + 45 * v) + noise));
                    int g = Math.max(0, Math.min(255, (int) (110 + 35 * Math.cos(v)) + noise));
                    int b = Math.max(0, Math.min(255, (int) (90 + 50 * Math.sin(2 * v)) + noise));
                    argb[y * 256 + x] = 0xFF000000 | r << 16 | g << 8 | b;
                }
            }
            return new Frame(256, 192, argb);
        }
    }
}
