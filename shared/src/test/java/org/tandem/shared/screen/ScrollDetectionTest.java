package org.tandem.shared.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessageCodec;
import org.tandem.shared.screen.workload.ScreenWorkload;

/**
 * Scrolls of text whose lines look alike (a pager over a numbered log, where every line shares its
 * words column for column and glyphs repeat row after row) must still be found as one copy.
 */
class ScrollDetectionTest {
    private final SessionMessageCodec wire = new SessionMessageCodec();

    @Test
    void everyLineOfAPagerOverAlikeLinesIsFoundAsACopy() {
        ScreenWorkload pager = ScreenWorkload.create("pager", 1920, 1080, 4);
        MoveDetector detector = new MoveDetector(1920, 1080);
        Frame before = pager.first();
        int line = 0;
        while (pager.hasNext()) {
            Frame after = pager.next();
            line++;
            int[] changed = changedBox(before, after);

            MoveDetector.Move move = detector.find(after.argb(), before.argb(), changed);

            assertNotNull(move, "line " + line + ": no move found in " + Arrays.toString(changed));
            assertEquals(List.of(0, -20), List.of(move.dx(), move.dy()), "line " + line + ": " + move);
            assertTrue((long) move.w() * move.h() * 10 >= (long) (changed[2] - changed[0]) * (changed[3] - changed[1]) * 8,
                    "line " + line + ": the copy " + move + " covers most of the changed box " + Arrays.toString(changed));
            assertMoveIsExact(before, after, move);
            before = after;
        }
    }

    @Test
    void aPagerLineCostsAFewDozenBytes() throws Exception {
        ScreenWorkload pager = ScreenWorkload.create("pager", 1920, 1080, 4);
        TileScreenEncoder encoder = new TileScreenEncoder();
        TileScreenDecoder decoder = new TileScreenDecoder(1920, 1080);
        for (ScreenUpdate update : encoder.encode(pager.first())) {
            decoder.apply(update);
        }
        List<Integer> perLine = new ArrayList<>();
        while (pager.hasNext()) {
            Frame after = pager.next();
            int bytes = 0;
            for (ScreenUpdate update : encoder.encode(after)) {
                byte[] encoded = wire.encode(update);
                bytes += encoded.length;
                decoder.apply((ScreenUpdate) wire.decode(encoded));
            }
            perLine.add(bytes);
            assertTrue(Arrays.equals(after.argb(), decoder.screen().pixels()), "line " + perLine.size() + " arrived exact");
        }
        int worst = perLine.stream().mapToInt(Integer::intValue).max().orElseThrow();
        // The new line's text is its number and a copy of the line above's words: well under 400 bytes.
        assertTrue(worst < 400, "bytes per line: " + perLine);
    }

    @Test
    void aTerminalScrolledOnAPlainBackgroundChangesOnlyTheTerminalInTheViewersPicture() throws Exception {
        int width = 1920;
        int height = 1080;
        int[] terminal = {600, 200, 1200, 760}; // [x0, y0, x1, y1), on a black desktop
        int lineHeight = 16;
        Random random = new Random(9);
        int[][] lines = new int[60][]; // each line of text: its glyph pixels, row by row
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new int[lineHeight * (terminal[2] - terminal[0] - 2)];
            for (int p = 0; p < lines[i].length; p++) {
                lines[i][p] = random.nextInt(4) == 0 ? 0xFFD0D0D0 : 0xFF202020;
            }
        }
        Frame before = terminalFrame(width, height, terminal, lines, 0, lineHeight);
        Frame after = terminalFrame(width, height, terminal, lines, 1, lineHeight); // one line further
        TileScreenEncoder encoder = new TileScreenEncoder();
        TileScreenDecoder decoder = new TileScreenDecoder(width, height);
        for (ScreenUpdate update : encoder.encode(before)) {
            decoder.apply(update);
        }
        decoder.screen().takeChanges((x, y, w, h, argb, stride) -> {});

        for (ScreenUpdate update : encoder.encode(after)) {
            decoder.apply(update);
        }

        assertTrue(Arrays.equals(after.argb(), decoder.screen().pixels()), "the scroll arrived exact");
        List<String> outside = new ArrayList<>();
        decoder.screen().takeChanges((x, y, w, h, argb, stride) -> {
            if (x < terminal[0] || y < terminal[1] || x + w > terminal[2] || y + h > terminal[3]) {
                outside.add(x + "," + y + " " + w + "x" + h);
            }
        });
        assertEquals(List.of(), outside, "changes the viewer redraws outside the terminal " + Arrays.toString(terminal));
    }

    /** A black desktop with a bordered terminal showing {@code lines} from {@code first} on. */
    private static Frame terminalFrame(int width, int height, int[] box, int[][] lines, int first, int lineHeight) {
        int[] argb = new int[width * height];
        Arrays.fill(argb, 0xFF000000);
        int inner = box[2] - box[0] - 2;
        for (int y = box[1]; y < box[3]; y++) {
            argb[y * width + box[0]] = 0xFF8A8F96; // the border, the same on every row
            argb[y * width + box[2] - 1] = 0xFF8A8F96;
            int line = first + (y - box[1]) / lineHeight;
            int row = (y - box[1]) % lineHeight;
            if (line < lines.length) {
                System.arraycopy(lines[line], row * inner, argb, y * width + box[0] + 1, inner);
            }
        }
        return new Frame(width, height, argb);
    }

    @Test
    void aDraggedWindowThatIsMostlyEmptyIsFoundAsACopy() {
        int width = 1280;
        int height = 720;
        int[] desktop = new int[width * height];
        Arrays.fill(desktop, 0xFF000000);
        int[] window = new int[600 * 380];
        Arrays.fill(window, 0xFF000000);
        Random random = new Random(5);
        for (int row = 0; row < 22; row++) {
            Arrays.fill(window, row * 600, row * 600 + 600, 0xFF000000 | (0x30 + 4 * row) << 16 | (0x40 + 3 * row) << 8 | 0x90);
        }
        for (int row = 22; row < 380; row++) { // the frame's border, so every row of the window changes
            window[row * 600] = 0xFF8A8F96;
            window[row * 600 + 599] = 0xFF8A8F96;
        }
        Arrays.fill(window, 379 * 600, 380 * 600, 0xFF8A8F96);
        for (int row = 45; row < 58; row++) { // one line typed at the top, the rest of the terminal empty
            for (int col = 4; col < 300; col++) {
                window[row * 600 + col] = random.nextInt(3) == 0 ? 0xFFD0D0D0 : 0xFF000000;
            }
        }
        int[] before = desktop.clone();
        int[] after = desktop.clone();
        for (int row = 0; row < 380; row++) {
            System.arraycopy(window, row * 600, before, (100 + row) * width + 200, 600);
            System.arraycopy(window, row * 600, after, (105 + row) * width + 211, 600);
        }
        Frame beforeFrame = new Frame(width, height, before);
        Frame afterFrame = new Frame(width, height, after);

        MoveDetector.Move move = new MoveDetector(width, height).find(after, before, changedBox(beforeFrame, afterFrame));

        assertNotNull(move, "the window's move");
        assertEquals(List.of(11, 5), List.of(move.dx(), move.dy()), move.toString());
        assertTrue(move.w() >= 590 && move.h() >= 370, "the whole window moved: " + move);
        assertMoveIsExact(beforeFrame, afterFrame, move);
    }

    @Test
    void aWindowMovedRightIsFoundFromTheNewBackgroundAtItsLeftEdge() {
        int width = 1024;
        int height = 600;
        int[] before = new int[width * height];
        Arrays.fill(before, 0xFF000000);
        int[] after = before.clone();
        for (int row = 0; row < 300; row++) {
            for (int col = 0; col < 400; col++) {
                // Striped left edge, grey right edge, empty inside: the only distinctive pixels are at its
                // left, where the new frame shows uncovered background beside them.
                int pixel = col < 8 ? (col % 2 == 0 ? 0xFFE0E0E0 : 0xFF3050A0) : col == 399 ? 0xFF8A8F96 : 0xFF000000;
                before[(100 + row) * width + 200 + col] = pixel;
                after[(100 + row) * width + 211 + col] = pixel;
            }
        }
        Frame beforeFrame = new Frame(width, height, before);
        Frame afterFrame = new Frame(width, height, after);

        MoveDetector.Move move = new MoveDetector(width, height).find(after, before, changedBox(beforeFrame, afterFrame));

        assertNotNull(move, "the window's move");
        assertEquals(List.of(11, 0), List.of(move.dx(), move.dy()), move.toString());
        assertTrue(move.w() >= 400 && move.h() >= 300, "the whole window moved: " + move);
        assertMoveIsExact(beforeFrame, afterFrame, move);
    }

    @Test
    void aWindowDraggedBackOverADesktopIsCopiedWholeNotCutWhereTheWindowBesideItBegins() {
        // The dragged terminal moves up and left, uncovering a strip of the terminal beside it. The
        // desktop's black rows under it match black rows anywhere, which once drew the copy down
        // into them and cut it off where the other terminal begins.
        DraggedWindowScene scene = new DraggedWindowScene(new int[] {700, 200, 500, 450}, 400, 300, 3);

        assertWholeWindowFound(scene.at(352, 150), scene.at(330, 140), -22, -10, 400, 300);
    }

    @Test
    void aPlainWindowIsFoundThoughTheStripItUncoversHoldsTheOnlyNewDetailOfMostRows() {
        // Four steps of a drag left in one frame: the terminal beside shows through a strip 44 pixels
        // wide at the dragged window's old right edge, from above its title down, while the window has
        // detail only in its title and its one line. Probes that fall on that strip find nothing in
        // the old picture; they must not use up the search before the title is looked at.
        DraggedWindowScene scene = new DraggedWindowScene(new int[] {600, 100, 500, 500}, 400, 300, 4);

        assertWholeWindowFound(scene.at(444, 104), scene.at(400, 100), -44, -4, 390, 290);
    }

    /** The move from {@code before} to {@code after} is found as (dx, dy), at least w×h, and exact. */
    private static void assertWholeWindowFound(Frame before, Frame after, int dx, int dy, int w, int h) {
        MoveDetector.Move move = new MoveDetector(before.width(), before.height())
                .find(after.argb(), before.argb(), changedBox(before, after));

        assertNotNull(move, "the window's move");
        assertEquals(List.of(dx, dy), List.of(move.dx(), move.dy()), move.toString());
        assertTrue(move.w() >= w && move.h() >= h, "the whole window moved: " + move);
        assertMoveIsExact(before, after, move);
    }

    @Test
    void aWindowWhoseTitleChangedAsItMovedIsFoundBelowItsTitleToo() {
        // Dragged, the window also became the active one: the left half of its title bar took another
        // colour. A rectangle grown from a probe in the title keeps only the right half; a probe in the
        // typed line below, with the same offset, must still be grown into the rest of the window.
        DraggedWindowScene scene = new DraggedWindowScene(new int[] {0, 0, 0, 0}, 400, 300, 5);
        Frame before = scene.at(444, 104);
        int[] after = scene.at(400, 100).argb().clone();
        for (int y = 100; y < 126; y++) {
            for (int x = 400; x < 600; x++) {
                if (after[y * DraggedWindowScene.WIDTH + x] == 0xFFE8E6E3) {
                    after[y * DraggedWindowScene.WIDTH + x] = 0xFFC8D0DC;
                }
            }
        }

        assertWholeWindowFound(before, new Frame(DraggedWindowScene.WIDTH, DraggedWindowScene.HEIGHT, after), -44, -4,
                390, 270);
    }

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    /** Random text regions scrolled by random amounts in either direction are found and exact. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomScrollOfARegionIsFoundExactly(long seed) {
        Random random = new Random(seed);
        int width = 640;
        int height = 480;
        int[] before = new int[width * height];
        Arrays.fill(before, 0xFF202020);
        int x = random.nextInt(100);
        int y = random.nextInt(100);
        int w = 300 + random.nextInt(width - x - 300);
        int h = 200 + random.nextInt(height - y - 200);
        int lineHeight = 8 + random.nextInt(12);
        // Lines alike: the same strokes row for row in every line, a few columns differing per line.
        for (int row = y; row < y + h; row++) {
            int line = (row - y) / lineHeight;
            int inLine = (row - y) % lineHeight;
            if (inLine >= lineHeight - 3) {
                continue;
            }
            for (int i = 0; i < w; i++) {
                before[row * width + x + i] = (i + 3 * inLine) % 7 < 2 ? 0xFFC0C0C0 : 0xFF202020;
            }
            Random digits = new Random(line * 31L + seed);
            for (int d = 0; d < 5; d++) {
                int col = digits.nextInt(w);
                before[row * width + x + col] = 0xFF000000 | digits.nextInt(1 << 24);
            }
        }
        int dy = (1 + random.nextInt(3)) * lineHeight * (random.nextBoolean() ? 1 : -1);
        int[] after = before.clone();
        TileScreenEncoder.copyWithin(after, width, x, dy < 0 ? y - dy : y, w, h - Math.abs(dy), x, dy < 0 ? y : y + dy);
        for (int row = dy < 0 ? y + h + dy : y; row < (dy < 0 ? y + h : y + dy); row++) {
            for (int col = x; col < x + w; col++) {
                after[row * width + col] = 0xFF000000 | random.nextInt(1 << 24);
            }
        }
        Frame beforeFrame = new Frame(width, height, before);
        Frame afterFrame = new Frame(width, height, after);

        MoveDetector.Move move = new MoveDetector(width, height).find(after, before, changedBox(beforeFrame, afterFrame));

        assertNotNull(move, "a scroll of " + dy + " in " + x + "," + y + " " + w + "x" + h);
        assertEquals(List.of(0, dy), List.of(move.dx(), move.dy()), move.toString());
        assertTrue(move.h() >= h - Math.abs(dy) - lineHeight, "most rows moved: " + move);
        assertMoveIsExact(beforeFrame, afterFrame, move);
    }

    private static int[] changedBox(Frame before, Frame after) {
        int width = before.width();
        int x0 = width;
        int y0 = -1;
        int x1 = 0;
        int y1 = 0;
        for (int y = 0; y < before.height(); y++) {
            for (int x = 0; x < width; x++) {
                if (before.pixel(x, y) != after.pixel(x, y)) {
                    y0 = y0 < 0 ? y : y0;
                    y1 = y + 1;
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x + 1);
                }
            }
        }
        return new int[] {x0, y0, x1, y1};
    }

    private static void assertMoveIsExact(Frame before, Frame after, MoveDetector.Move move) {
        for (int y = move.y(); y < move.y() + move.h(); y++) {
            for (int x = move.x(); x < move.x() + move.w(); x++) {
                assertEquals(before.pixel(x - move.dx(), y - move.dy()), after.pixel(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
