package org.tandem.shared.screen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessageCodec;

/**
 * What a dragged window uncovers on its way back was on the viewer's picture before the window
 * covered it: it is restored from what the copies covered, not sent again, and arrives exact.
 */
class UncoveredPixelsTest {
    private static final int STEPS = 16;

    private final SessionMessageCodec wire = new SessionMessageCodec();
    private final DraggedWindowScene scene = new DraggedWindowScene(new int[] {640, 120, 560, 520}, 420, 320, 7);

    @Test
    void whatADraggedWindowUncoversOnItsWayBackIsRestoredExactlyNotSentAgain() throws Exception {
        TileScreenEncoder encoder = new TileScreenEncoder();
        TileScreenDecoder viewer = new TileScreenDecoder(DraggedWindowScene.WIDTH, DraggedWindowScene.HEIGHT);
        List<int[]> drawn = new ArrayList<>();
        viewer.observer = drawn::add;
        for (Frame frame : wayThere()) {
            send(encoder, viewer, frame);
        }
        drawn.clear();
        long restoredBytes = 0;
        for (Frame frame : wayBack()) {
            restoredBytes += send(encoder, viewer, frame);
        }
        long restores = drawn.stream().filter(r -> r[0] == RectKind.RESTORE.code()).count();

        // The same frames to a viewer that never saw the terminal beside covered: it needs the pixels.
        TileScreenEncoder cold = new TileScreenEncoder();
        TileScreenDecoder coldViewer = new TileScreenDecoder(DraggedWindowScene.WIDTH, DraggedWindowScene.HEIGHT);
        List<Frame> back = wayBack();
        send(cold, coldViewer, wayThere().get(STEPS));
        long sentBytes = 0;
        for (Frame frame : back) {
            sentBytes += send(cold, coldViewer, frame);
        }

        assertTrue(restores > 0, "nothing restored");
        assertTrue(restoredBytes * 4 < sentBytes, "the way back took " + restoredBytes + " bytes restored against "
                + sentBytes + " bytes sent again");
    }

    @Test
    void aNewStreamRestoresOnlyWhatItsOwnCopiesCovered() throws Exception {
        TileScreenEncoder encoder = new TileScreenEncoder();
        TileScreenDecoder viewer = new TileScreenDecoder(DraggedWindowScene.WIDTH, DraggedWindowScene.HEIGHT);
        for (Frame frame : wayThere()) {
            send(encoder, viewer, frame);
        }
        // The viewer asks for a fresh picture (a new stream, sent whole) and starts it with nothing
        // kept. Had the encoder kept what the old stream's copies covered, the way back would restore
        // the terminal beside onto a viewer that no longer holds it.
        encoder.reset();
        send(encoder, viewer, wayThere().get(STEPS));
        for (Frame frame : wayBack()) {
            send(encoder, viewer, frame); // checks the viewer's picture
        }
    }

    @Test
    void aRestoreOfWhatNoCopyCoveredDrawsBlackInsideItsRectangle() throws Exception {
        CoveredPixels covered = new CoveredPixels(4, 3);
        int[] picture = new int[12];
        java.util.Arrays.fill(picture, 0xFF123456);

        covered.restore(picture, 1, 1, 2, 1);

        int o = 0xFF123456;
        int b = 0xFF000000;
        assertArrayEquals(new int[] {o, o, o, o, o, b, b, o, o, o, o, o}, picture);
    }

    @Test
    void aCopyKeepsWhatItCoversOutsideItsSourceOnly() {
        int width = 64;
        int height = 16;
        int[] original = new int[width * height];
        for (int i = 0; i < original.length; i++) {
            original[i] = 0xFF000000 | i * 7919;
        }
        int[] picture = original.clone();
        CoveredPixels covered = new CoveredPixels(width, height);
        // Columns 0..32 move 16 to the right: 32..48 is what they cover; 16..32 is their own source.
        covered.covering(picture, 0, 0, 16, 0, 32, height);
        TileScreenEncoder.copyWithin(picture, width, 0, 0, 32, height, 16, 0);
        int[] rows = java.util.stream.IntStream.range(0, height).toArray();

        List<int[]> uncovered = covered.uncovered(original, picture, rows, height, 0, width);

        assertEquals(1, uncovered.size(), "one rectangle");
        assertArrayEquals(new int[] {32, 0, 16, height}, uncovered.get(0));
    }

    /** The moving terminal dragged right and down across the one beside it, step by step. */
    private List<Frame> wayThere() {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i <= STEPS; i++) {
            frames.add(scene.at(120 + 33 * i, 60 + 15 * i));
        }
        return frames;
    }

    /** And back, a different number of steps to a frame than on the way there. */
    private List<Frame> wayBack() {
        List<Frame> frames = new ArrayList<>();
        for (int i = STEPS - 2; i >= 0; i -= 2) {
            frames.add(scene.at(120 + 33 * i, 60 + 15 * i));
        }
        return frames;
    }

    /** Encodes a frame, sends it through the session codec, checks the viewer's picture; the bytes sent. */
    private long send(TileScreenEncoder encoder, TileScreenDecoder viewer, Frame frame) throws Exception {
        long bytes = 0;
        for (ScreenUpdate update : encoder.encode(frame)) {
            byte[] encoded = wire.encode(update);
            bytes += encoded.length;
            viewer.apply((ScreenUpdate) wire.decode(encoded));
        }
        Frame shown = viewer.frame();
        assertNotNull(shown);
        assertArrayEquals(frame.argb(), shown.argb(), "the viewer's picture");
        return bytes;
    }
}
