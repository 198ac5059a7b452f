package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.capture.ChangeHint;
import org.tandem.customer.capture.LentFrame;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameSource;
import org.tandem.shared.screen.ScreenQuality;
import org.tandem.shared.screen.TileScreenDecoder;
import org.tandem.shared.screen.TileScreenEncoder;

class ScreenSharerQualityTest {
    private static final long WAIT_SECONDS = 10;

    private final PhotoScreen screen = new PhotoScreen();
    private final LinkedBlockingQueue<ScreenUpdate> sent = new LinkedBlockingQueue<>();
    private final TileScreenDecoder viewer = new TileScreenDecoder();
    private ScreenSharer sharer;

    @AfterEach
    void close() {
        if (sharer != null) {
            sharer.close();
        }
    }

    @Test
    void atLowQualityAPhotographArrivesLossyAndBackAtLosslessExactThoughNothingWasDrawn() throws Exception {
        sharer = new ScreenSharer(() -> screen, TileScreenEncoder::new, Duration.ZERO);
        sharer.start(sent::add);
        for (int i = 0; i < 4; i++) {
            sharer.frameRequested();
        }
        assertArrayEquals(PhotoScreen.picture(0).argb(), receiveFrame().argb(), "lossless at first");

        sharer.qualityRequested(ScreenQuality.LOW);
        screen.draw();
        Frame lossy = receiveFrame();
        assertFalse(Arrays.equals(PhotoScreen.picture(1).argb(), lossy.argb()), "the photograph went lossy");

        sharer.frameRequested();
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
