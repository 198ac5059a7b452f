package org.tandem.customer.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.customer.capture.PointerSource;
import org.tandem.customer.capture.SharedArea;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.PointerMessage;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.Frame;
import org.tandem.shared.screen.FrameSource;
import org.tandem.shared.screen.TileScreenDecoder;
import org.tandem.shared.screen.TileScreenEncoder;

class ScreenSharerTest {
    private static final long WAIT_SECONDS = 10;
    private static final long QUIET_MILLIS = 300;

    private final Screen screen = new Screen();
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
    }

    @Test
    void nothingIsCapturedOrSentBeforeTheViewerGrantsAFrame() throws Exception {
        start(Duration.ZERO);
        screen.change();

        assertNull(sent.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS));
        assertEquals(1, screen.captures.get(), "only the probe that learns the screen's size");
    }

    @Test
    void oneCreditBringsOneFrameAndNoMoreWhileTheScreenKeepsChanging() throws Exception {
        start(Duration.ZERO);
        screen.changeOnEveryCapture = true;

        sharer.credited(1);

        Frame shown = receiveFrame();
        assertArrayEquals(screen.frameAt(screen.captures.get() - 1).argb(), shown.argb());
        assertNull(sent.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS), "a second frame without a credit");
        assertEquals(0, sharer.credits());
    }

    @Test
    void anIdleScreenSendsNothingThoughItIsStillWatched() throws Exception {
        start(Duration.ZERO);
        sharer.credited(1);
        sharer.credited(1);
        receiveFrame();
        int watched = screen.captures.get();

        screen.awaitCaptures(watched + 3);

        assertNull(sent.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS));
        assertEquals(1, sharer.credits(), "the unchanged screen used no credit");
    }

    @Test
    void changesMadeWithoutACreditMergeIntoOneFreshFrame() throws Exception {
        start(Duration.ZERO);
        sharer.credited(1);
        receiveFrame();
        for (int i = 0; i < 5; i++) {
            screen.change();
        }

        sharer.credited(1);

        Frame shown = receiveFrame();
        assertArrayEquals(screen.frameAt(screen.captures.get() - 1).argb(), shown.argb());
        assertEquals(5, screen.version.get(), "the frame shows the latest change");
        assertNull(sent.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS), "nothing stale follows");
    }

    @Test
    void noMoreThanTwoCreditsAreHeldHoweverManyArrive() throws Exception {
        start(Duration.ZERO);
        screen.changeOnEveryCapture = true;
        screen.holdCaptures();

        for (int i = 0; i < 5; i++) {
            sharer.credited(1);
        }

        assertEquals(2, sharer.credits());
        screen.releaseCaptures();
        receiveFrame();
        receiveFrame();
        assertNull(sent.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Test
    void injectedInputIsCapturedAtOnceEvenWhenTheScreenWasIdle() throws Exception {
        start(Duration.ofHours(1)); // without input the next capture would be an hour away
        sharer.credited(1);
        sharer.credited(1);
        receiveFrame();
        screen.change();

        sharer.expectChange();

        assertNotNull(receiveFrame());
    }

    @Test
    void aRefreshSendsTheWholeScreenInANewStream() throws Exception {
        start(Duration.ZERO);
        sharer.credited(1);
        receiveFrame();
        viewer.reset();

        sharer.refreshRequested();
        sharer.credited(1);

        ScreenUpdate first = sent.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(first);
        assertTrue(first.newStream());
        assertTrue(viewer.apply(first));
        assertArrayEquals(screen.frameAt(0).argb(), viewer.frame().argb());
    }

    @Test
    void stoppingEndsCapturing() throws Exception {
        start(Duration.ZERO);
        sharer.stop();

        sharer.credited(1);

        assertNull(sent.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS));
        assertFalse(sharer.isActive());
    }

    @Test
    void thePointerTravelsApartFromThePixelsWhenItMovesAndUsesNoCredit() throws Exception {
        java.util.concurrent.atomic.AtomicReference<PointerMessage.Moved> at =
                new java.util.concurrent.atomic.AtomicReference<>(new PointerMessage.Moved(10, 20, true));
        PointerMessage.Shape arrow = new PointerMessage.Shape(2, 2, 0, 0, new int[] {-1, -1, -1, 0});
        java.util.concurrent.atomic.AtomicBoolean shapeChanged = new java.util.concurrent.atomic.AtomicBoolean(true);
        PointerSource pointer = new PointerSource() {
            @Override
            public PointerMessage.Moved position() {
                return at.get();
            }

            @Override
            public PointerMessage.Shape shapeIfChanged() {
                return shapeChanged.getAndSet(false) ? arrow : null;
            }
        };
        LinkedBlockingQueue<PointerMessage> pointed = new LinkedBlockingQueue<>();
        sharer = new ScreenSharer(() -> screen, TileScreenEncoder::new, () -> pointer, Duration.ZERO);
        sharer.start(new UpdateSink() {
            @Override
            public void send(ScreenUpdate update) {
                sent.add(update);
            }

            @Override
            public void send(PointerMessage message) {
                pointed.add(message);
            }
        });
        sharer.credited(1);
        sharer.credited(1);
        receiveFrame();
        assertEquals(arrow, pointed.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(new PointerMessage.Moved(10, 20, true), pointed.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertNull(pointed.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS), "an unmoved pointer is not sent again");

        at.set(new PointerMessage.Moved(11, 22, true));

        assertEquals(new PointerMessage.Moved(11, 22, true), pointed.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertNull(sent.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS), "no frame for a pointer that moved");
        assertEquals(1, sharer.credits(), "a moving pointer takes no credit");

        sharer.pointerPutAt(40, 50); // the technician's input moved it: the console knows where it is
        at.set(new PointerMessage.Moved(40, 50, true));
        sharer.expectChange();
        assertNull(pointed.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS), "not sent back to the console that put it there");
        at.set(new PointerMessage.Moved(41, 50, true));
        assertEquals(new PointerMessage.Moved(41, 50, true), pointed.poll(WAIT_SECONDS, TimeUnit.SECONDS),
                "moved on from there by the customer's hand, it is sent");
    }

    @Test
    void aSwitchTellsTheViewerTheNewSizeThenSendsTheWholeMonitorInANewStreamAndSharingStaysOn() throws Exception {
        SharedArea area = new SharedArea(() -> List.of(new java.awt.Rectangle(0, 0, 64, 48),
                new java.awt.Rectangle(64, 8, 40, 32)));
        Desktop desktop = new Desktop(area);
        LinkedBlockingQueue<Object> wire = new LinkedBlockingQueue<>();
        sharer = new ScreenSharer(() -> desktop, TileScreenEncoder::new, () -> PointerSource.NONE, area, Duration.ZERO);
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
        List<ControlMessage.Monitor> both = List.of(new ControlMessage.Monitor(0, 0, 64, 48),
                new ControlMessage.Monitor(64, 8, 40, 32));
        assertEquals(new ControlMessage.ScreenMonitors(both, 1, 64, 48), wire.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        sharer.credited(1);
        sharer.credited(1);
        TileScreenDecoder first = new TileScreenDecoder(64, 48);
        assertArrayEquals(desktop.crop(new java.awt.Rectangle(0, 0, 64, 48)), frameFrom(wire, first, new ArrayList<>()).argb());

        sharer.switchTo(2);

        assertEquals(new ControlMessage.ScreenMonitors(both, 2, 40, 32), wire.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        TileScreenDecoder second = new TileScreenDecoder(40, 32);
        List<ScreenUpdate> parts = new ArrayList<>();
        Frame shown = frameFrom(wire, second, parts);
        assertTrue(parts.get(0).newStream(), "the new monitor starts a new stream");
        assertArrayEquals(desktop.crop(new java.awt.Rectangle(64, 8, 40, 32)), shown.argb());
        assertTrue(sharer.isActive());
        assertEquals(2, area.chosen());
        assertEquals(0, sharer.credits(), "the new monitor went out on the credit left from before the switch");
    }

    @Test
    void aMonitorThatIsNotThereIsRefusedAndNothingChanges() throws Exception {
        SharedArea area = new SharedArea(() -> List.of(new java.awt.Rectangle(0, 0, 64, 48)));
        LinkedBlockingQueue<Object> wire = new LinkedBlockingQueue<>();
        sharer = new ScreenSharer(() -> new Desktop(area), TileScreenEncoder::new, () -> PointerSource.NONE, area,
                Duration.ZERO);
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
        wire.clear();

        assertThrows(IllegalArgumentException.class, () -> sharer.switchTo(2));

        assertEquals(java.util.Optional.empty(), sharer.sizeOf(2));
        assertNull(wire.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS));
        assertEquals(1, area.chosen());
    }

    /** Reads the next frame off the wire into this decoder; anything else in between fails the test. */
    private static Frame frameFrom(LinkedBlockingQueue<Object> wire, TileScreenDecoder decoder, List<ScreenUpdate> parts)
            throws Exception {
        while (true) {
            Object next = wire.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(next, "no frame arrived");
            ScreenUpdate update = (ScreenUpdate) next;
            parts.add(update);
            if (decoder.apply(update)) {
                return decoder.frame();
            }
        }
    }

    /** A desktop whose every pixel differs, captured where the shared area says. */
    private static final class Desktop implements FrameSource {
        private final SharedArea area;

        Desktop(SharedArea area) {
            this.area = area;
        }

        int[] crop(java.awt.Rectangle bounds) {
            int[] argb = new int[bounds.width * bounds.height];
            for (int y = 0; y < bounds.height; y++) {
                for (int x = 0; x < bounds.width; x++) {
                    long at = (long) (bounds.y + y) * 1000 + bounds.x + x;
                    argb[y * bounds.width + x] = 0xFF000000 | (int) ((at * 2654435761L) & 0xFFFFFF);
                }
            }
            return argb;
        }

        @Override
        public Frame capture() {
            java.awt.Rectangle bounds = area.bounds();
            return new Frame(bounds.width, bounds.height, crop(bounds));
        }
    }

    /** Reads the parts of one frame into the viewer and returns the picture. */
    private Frame receiveFrame() throws Exception {
        List<ScreenUpdate> parts = new ArrayList<>();
        while (true) {
            ScreenUpdate update = sent.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(update, "no frame arrived");
            parts.add(update);
            if (viewer.apply(update)) {
                return viewer.frame();
            }
        }
    }

    /** A small screen that changes when told to, or on every capture. */
    private static final class Screen implements FrameSource {
        final AtomicInteger captures = new AtomicInteger();
        final AtomicInteger version = new AtomicInteger();
        final List<Integer> versionsCaptured = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean changeOnEveryCapture;
        private volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(0);

        /** Captures from now on wait until {@link #releaseCaptures()}. */
        void holdCaptures() {
            gate = new java.util.concurrent.CountDownLatch(1);
        }

        void releaseCaptures() {
            gate.countDown();
        }

        void change() {
            version.incrementAndGet();
        }

        @Override
        public Frame capture() {
            try {
                gate.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int v = changeOnEveryCapture ? version.incrementAndGet() : version.get();
            versionsCaptured.add(v);
            captures.incrementAndGet();
            synchronized (this) {
                notifyAll();
            }
            return picture(v);
        }

        /** The picture the n-th capture returned. */
        Frame frameAt(int n) {
            return picture(versionsCaptured.get(n));
        }

        synchronized void awaitCaptures(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (captures.get() < count && System.nanoTime() < deadline) {
                wait(100);
            }
            assertTrue(captures.get() >= count, "the screen was not watched");
        }

        private static Frame picture(int version) {
            int[] argb = new int[64 * 48];
            for (int i = 0; i < argb.length; i++) {
                argb[i] = 0xFF000000 | (int) ((i * 2654435761L + version * 40503L) & 0xFFFFFF);
            }
            return new Frame(64, 48, argb);
        }
    }
}
