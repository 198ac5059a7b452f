package org.tandem.shared.screen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.SessionMessageCodec;
import org.tandem.shared.screen.workload.ScreenWorkload;
import org.tandem.shared.wire.RecordReader;

class TileScreenCodecTest {
    private static final int SIDE = TileScreenEncoder.DEFAULT_TILE_SIDE;
    static final List<String> WORKLOADS = ScreenWorkload.NAMES;

    private final SessionMessageCodec wire = new SessionMessageCodec();
    private final TileScreenEncoder encoder = new TileScreenEncoder();
    private final TileScreenDecoder decoder = new TileScreenDecoder();
    private final List<int[]> drawn = new ArrayList<>();

    {
        decoder.observer = drawn::add;
    }

    // ---- a decoder let go ----

    @Test
    void aClosedDecoderFreesItsDecompressorAndRefusesUpdatesInWords() throws Exception {
        TileScreenDecoder closing = new TileScreenDecoder(64, 48);
        Frame picture = new Frame(64, 48, new Random(7).ints(64 * 48).map(rgb -> 0xFF000000 | rgb).toArray());
        List<ScreenUpdate> first = encoder.encode(picture);
        for (ScreenUpdate update : first) {
            closing.apply(update);
        }
        assertArrayEquals(picture.argb(), closing.frame().argb(), "decodes while open");

        closing.close();
        closing.close(); // twice is harmless: a viewer may let go of it from two places

        ScreenCodecException refused = assertThrows(ScreenCodecException.class, () -> closing.apply(first.get(0)));
        assertEquals("The screen decoder was closed", refused.getMessage());
        assertArrayEquals(picture.argb(), closing.frame().argb(), "the picture it had stays");
    }

    // ---- lossless, frame after frame ----

    @ParameterizedTest
    @FieldSource("WORKLOADS")
    void everyWorkloadArrivesBitExactFrameAfterFrame(String name) throws Exception {
        ScreenWorkload workload = ScreenWorkload.create(name, 1280, 720, 21);
        transmit(encoder.encode(workload.first()));
        assertSamePicture(workload.first(), decoder.frame());
        int frame = 0;
        while (workload.hasNext()) {
            Frame next = workload.next();
            transmit(encoder.encode(next));
            assertSamePicture(next, decoder.frame(), name + " frame " + ++frame);
        }
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 48).boxed();
    }

    /**
     * Random screens edited at random: noise, flat areas, few-colour text-like blocks, lines of
     * few-colour text between rows of one colour, moved blocks, resizes; tiles of the smallest, the
     * default and the largest side.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomFramesArriveBitExact(long seed) throws Exception {
        Random random = new Random(seed);
        int[] sides = {8, 64, TileScreenEncoder.MAX_TILE_SIDE};
        TileScreenEncoder encoder = new TileScreenEncoder(sides[(int) (seed % sides.length)], 3);
        int width = 1 + random.nextInt(700);
        int height = 1 + random.nextInt(500);
        int[] pixels = randomPicture(random, width, height);
        TileScreenDecoder viewer = new TileScreenDecoder(width, height);
        for (int step = 0; step < 12; step++) {
            if (step > 0 && random.nextInt(10) == 0) {
                width = 1 + random.nextInt(700);
                height = 1 + random.nextInt(500);
                pixels = randomPicture(random, width, height);
                viewer = new TileScreenDecoder(width, height);
            } else {
                edit(random, pixels, width, height);
            }
            Frame frame = new Frame(width, height, pixels.clone());
            transmitTo(viewer, encoder.encode(frame));
            assertSamePicture(frame, viewer.frame(), "seed " + seed + " step " + step);
        }
    }

    @Test
    void aFrameSplitOverManyUpdatesArrivesBitExactAndEveryUpdateFitsARecord() throws Exception {
        Frame frame = noise(1920, 1080, 11);

        List<ScreenUpdate> updates = encoder.encode(frame);

        assertTrue(updates.size() > 10, "noise at 1920x1080 takes many updates, got " + updates.size());
        assertTrue(updates.get(0).newStream());
        assertTrue(updates.stream().skip(1).noneMatch(ScreenUpdate::newStream));
        transmit(updates);
        assertSamePicture(frame, decoder.frame());
    }

    @Test
    void anUnchangedFrameSendsNothing() throws Exception {
        Frame frame = gradient(640, 480);
        transmit(encoder.encode(frame));

        assertTrue(encoder.encode(gradient(640, 480)).isEmpty());
    }

    @Test
    void oneChangedPixelSendsThatPixelOnly() throws Exception {
        Frame before = noise(640, 480, 7);
        transmit(encoder.encode(before));
        drawn.clear();
        Frame after = withPixel(before, 300, 200, 0xFF000000);

        List<ScreenUpdate> updates = encoder.encode(after);

        assertEquals(1, updates.size());
        assertEquals(1, updates.get(0).rectCount());
        transmit(updates);
        assertArrayEquals(new int[] {RectKind.SOLID.code(), 300, 200, 1, 1}, drawn.get(0));
        assertSamePicture(after, decoder.frame());
    }

    @Test
    void aTypedCharacterSendsItsRowsAndColumnsInAFewBytes() throws Exception {
        ScreenWorkload typing = ScreenWorkload.create("typing", 1920, 1080, 4);
        transmit(encoder.encode(typing.first()));
        drawn.clear();

        List<ScreenUpdate> updates = encoder.encode(typing.next());

        int bytes = updates.stream().mapToInt(u -> wire.encode(u).length).sum();
        assertTrue(bytes < 200, "one keystroke took " + bytes + " bytes");
        transmit(updates);
        assertTrue(drawn.stream().allMatch(r -> r[3] <= 18 && r[4] <= 18), "only the glyph and cursor are sent");
    }

    @Test
    void eachKindOfRectangleIsChosenByItsColours() throws Exception {
        int[] pixels = new int[256 * 64];
        Arrays.fill(pixels, 0xFF102030);
        for (int y = 0; y < 64; y++) {
            for (int x = 64; x < 128; x++) {
                pixels[y * 256 + x] = (x + y) % 3 == 0 ? 0xFF000000 : 0xFFFFFFFF;
            }
            for (int x = 128; x < 192; x++) {
                pixels[y * 256 + x] = 0xFF000000 | ((x / 4 + y) % 9) * 0x1C1C1C;
            }
            for (int x = 192; x < 256; x++) {
                pixels[y * 256 + x] = 0xFF000000 | (x * 7919 + y * 104729) & 0xFFFFFF;
            }
        }
        Frame frame = new Frame(256, 64, pixels);

        transmit(new TileScreenEncoder(64, 3).encode(frame));

        assertEquals(List.of(RectKind.SOLID.code(), RectKind.BITMAP.code(), RectKind.PALETTE_COLUMNS.code(), RectKind.RAW.code()),
                drawn.stream().map(r -> r[0]).toList());
        assertSamePicture(frame, decoder.frame());
    }

    @Test
    void theWholeSyntheticDesktopTakesAtMostSixtyKilobytes() throws Exception {
        Frame desktop = ScreenWorkload.create("first-frame", 1920, 1080, 11).first();

        List<ScreenUpdate> updates = encoder.encode(desktop);

        int bytes = updates.stream().mapToInt(u -> wire.encode(u).length).sum();
        assertTrue(bytes <= 60_000, "the first frame took " + bytes + " bytes");
        transmit(updates);
        assertSamePicture(desktop, decoder.frame());
    }

    @Test
    void rowsOfOneColourSplitATileAndTextBetweenThemGoesColumnByColumn() throws Exception {
        int[] pixels = new int[64 * 64];
        Arrays.fill(pixels, 0xFFFFFFFF);
        int[] inks = {0xFF202428, 0xFF909294};
        for (int y = 20; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                if ((x * 7 + y * 3) % 5 < 2) {
                    pixels[y * 64 + x] = inks[(x + y) % 2];
                }
            }
        }
        Frame frame = new Frame(64, 64, pixels);

        transmit(encoder.encode(frame));

        assertEquals(List.of(
                        List.of(RectKind.SOLID.code(), 0, 0, 64, 20),
                        List.of(RectKind.PALETTE_COLUMNS.code(), 0, 20, 64, 12),
                        List.of(RectKind.SOLID.code(), 0, 32, 64, 32)),
                drawn.stream().map(r -> Arrays.stream(r).boxed().toList()).toList());
        assertSamePicture(frame, decoder.frame());
    }

    // ---- scrolls and moves ----

    @Test
    void aKnownScrollIsFoundAndSentAsACopy() throws Exception {
        ScreenWorkload scrolling = ScreenWorkload.create("scrolling", 1920, 1080, 4);
        Frame before = scrolling.first();
        Frame after = scrolling.next();
        MoveDetector detector = new MoveDetector(1920, 1080);

        MoveDetector.Move move = detector.find(after.argb(), before.argb(), new int[] {0, 0, 1920, 1080});

        assertNotNull(move);
        assertEquals(0, move.dx());
        assertEquals(-20, move.dy());
        assertTrue(move.h() > 800 && move.w() > 900, "the document's text moved: " + move);
        assertMoveIsExact(before, after, move);
    }

    @Test
    void aKnownWindowMoveIsFoundAndSentAsACopy() throws Exception {
        ScreenWorkload dragging = ScreenWorkload.create("dragging", 1920, 1080, 4);
        Frame before = dragging.first();
        Frame after = dragging.next();
        MoveDetector detector = new MoveDetector(1920, 1080);

        MoveDetector.Move move = detector.find(after.argb(), before.argb(), new int[] {0, 0, 1920, 1080});

        assertNotNull(move);
        assertEquals(List.of(11, 5), List.of(move.dx(), move.dy()));
        assertTrue(move.w() >= 500 && move.h() >= 350, "most of the 600x400 dialog moved: " + move);
        assertMoveIsExact(before, after, move);
    }

    @Test
    void scrollingCostsAFractionOfSendingThePixels() throws Exception {
        ScreenWorkload scrolling = ScreenWorkload.create("scrolling", 1920, 1080, 4);
        transmit(encoder.encode(scrolling.first()));
        drawn.clear();
        Frame after = scrolling.next();

        List<ScreenUpdate> updates = encoder.encode(after);
        transmit(updates);

        assertEquals(RectKind.COPY.code(), drawn.get(0)[0]);
        int bytes = updates.stream().mapToInt(u -> wire.encode(u).length).sum();
        assertTrue(bytes < 4000, "a one-line scroll took " + bytes + " bytes");
        assertSamePicture(after, decoder.frame());
    }

    @Test
    void overlappingCopiesInEitherDirectionAreExact() {
        int[] pixels = IntStream.range(0, 100 * 100).toArray();
        int[] expected = pixels.clone();
        for (int row = 89; row >= 0; row--) {
            System.arraycopy(pixels, row * 100, expected, (row + 10) * 100 + 5, 95);
        }
        TileScreenEncoder.copyWithin(pixels, 100, 0, 0, 95, 90, 5, 10);
        assertArrayEquals(expected, pixels);
    }

    // ---- hostile and broken updates ----

    static Stream<Arguments> brokenPayloads() throws IOException {
        return Stream.of(
                arguments("garbage", randomBytes(200, 6)),
                arguments("no bytes for one rectangle", new byte[0]),
                arguments("an unknown kind", stream(rect(9, 0, 0, 8, 8))),
                arguments("a rectangle past the right edge", stream(rect(RectKind.SOLID, 600, 0, 41, 8), 1, 2, 3)),
                arguments("a rectangle past the bottom edge", stream(rect(RectKind.SOLID, 0, 470, 8, 11), 1, 2, 3)),
                arguments("an empty rectangle", stream(rect(RectKind.SOLID, 0, 0, 0, 8), 1, 2, 3)),
                arguments("a pixel rectangle larger than a tile", stream(rect(RectKind.RAW, 0, 0, 129, 1))),
                arguments("a restore past the right edge", stream(rect(RectKind.RESTORE, 600, 0, 41, 8))),
                arguments("a copy from outside the screen", stream(rect(RectKind.COPY, 0, 0, 100, 100), 2, 0x30, 0, 0)),
                arguments("a copy to outside the screen", stream(rect(RectKind.COPY, 600, 400, 100, 100), 0, 0, 0, 0)),
                arguments("a palette of two", stream(rect(RectKind.PALETTE_COLUMNS, 0, 0, 8, 8), 2, 0, 0, 0, 1, 1, 1)),
                arguments("a run of a colour not in the palette", stream(rect(RectKind.PALETTE_COLUMNS, 0, 0, 2, 1), 3,
                        0, 0, 0, 1, 1, 1, 2, 2, 2, 5, 5)),
                arguments("a run past its rectangle", stream(rect(RectKind.PALETTE_COLUMNS, 0, 0, 2, 2), 3,
                        0, 0, 0, 1, 1, 1, 2, 2, 2, 0x80, 200)),
                arguments("a bitmap cut short", stream(rect(RectKind.BITMAP, 0, 0, 16, 16), 0, 0, 0, 1, 1, 1, 7)),
                arguments("full colour cut short", stream(rect(RectKind.RAW, 0, 0, 64, 64), 1, 2, 3)),
                arguments("a solid rectangle and then more bytes", stream(rect(RectKind.SOLID, 0, 0, 8, 8), 1, 2, 3, 4)),
                arguments("a valid stream cut short", cut(stream(rect(RectKind.RAW, 0, 0, 64, 64), randomBytes(64 * 64 * 3, 1)))),
                arguments("a zstd window larger than allowed", stream(28, rect(RectKind.SOLID, 0, 0, 8, 8), 1, 2, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPayloads")
    void aBrokenUpdateIsAClearErrorThatLeavesThePictureAndWaitsForANewStream(String name, byte[] payload) throws Exception {
        TileScreenDecoder viewer = new TileScreenDecoder(640, 480);
        Frame shown = gradient(640, 480);
        transmitTo(viewer, encoder.encode(shown));
        ScreenUpdate broken = new ScreenUpdate(1, 640, 480, true, true, 1, payload);

        ScreenCodecException e = assertThrows(ScreenCodecException.class, () -> viewer.apply(broken));

        // A sentence of ours, not a library's exception text.
        assertFalse(e.getMessage().isBlank());
        assertTrue(Character.isUpperCase(e.getMessage().charAt(0)), e.getMessage());
        assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("java."), e.getMessage());
        ProtocolException reason = e.asProtocolException();
        assertSame(e, reason.getCause());
        assertEquals(640, viewer.frame().width(), "the picture keeps its size; what was drawn before the error stays");
        // The rest of the broken stream is ignored; a new stream brings the picture back.
        assertFalse(viewer.apply(new ScreenUpdate(2, 640, 480, true, false, 1, randomBytes(50, 2))));
        Frame next = noise(640, 480, 8);
        encoder.reset();
        transmitTo(viewer, encoder.encode(next));
        assertSamePicture(next, viewer.frame());
    }

    @Test
    void aNewStreamRestoresBlackWhereOnlyTheOldStreamsCopiesCoveredSomething() throws Exception {
        DraggedWindowScene scene = new DraggedWindowScene(new int[] {640, 120, 560, 520}, 420, 320, 7);
        TileScreenDecoder viewer = new TileScreenDecoder(DraggedWindowScene.WIDTH, DraggedWindowScene.HEIGHT);
        for (int step = 0; step <= 16; step++) { // the window dragged over the terminal beside it
            transmitTo(viewer, encoder.encode(scene.at(120 + 33 * step, 60 + 15 * step)));
        }
        // Inside the terminal, under the window's last place: what the copies covered there.
        ScreenUpdate restore = new ScreenUpdate(17, DraggedWindowScene.WIDTH, DraggedWindowScene.HEIGHT, true, true, 1,
                stream(rect(RectKind.RESTORE, 700, 400, 64, 64)));

        assertTrue(viewer.apply(restore));

        Frame shown = viewer.frame();
        for (int y = 400; y < 464; y++) {
            for (int x = 700; x < 764; x++) {
                assertEquals(0xFF000000, shown.pixel(x, y), "pixel " + x + "," + y + " of a stream that covered nothing");
            }
        }
    }

    @Test
    void aLostUpdateBreaksTheStreamAndIsNoticed() throws Exception {
        ScreenWorkload typing = ScreenWorkload.create("typing", 1280, 720, 4);
        transmit(encoder.encode(typing.first()));
        encoder.encode(typing.next()); // never arrives

        List<ScreenUpdate> after = encoder.encode(typing.next());

        assertThrows(ScreenCodecException.class, () -> transmit(after));
    }

    @Test
    void anUpdateThatExpandsBeyondItsBoundIsRefusedWithoutInflatingIt() throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int i = 0; i < 1000; i++) {
            raw.write(rect(RectKind.RAW, 0, 0, 128, 128));
            raw.write(new byte[128 * 128 * 3]);
        }
        byte[] bomb = stream(raw.toByteArray());
        assertTrue(bomb.length < 64 * 1024, "the bomb fits one record: " + bomb.length + " bytes");
        ScreenUpdate update = new ScreenUpdate(0, 640, 480, true, true, 1000, bomb);
        com.sun.management.ThreadMXBean threads = allocationCounter();

        long before = threads.getCurrentThreadAllocatedBytes();
        ScreenCodecException e = assertThrows(ScreenCodecException.class, () -> decoder.apply(update));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertEquals("A screen update expands to more than 2097152 bytes", e.getMessage());
        assertTrue(allocated < 16 << 20, "refusing the bomb allocated " + allocated + " bytes");
    }

    @Test
    void theLiveScreenReportsOnlyTheRectanglesThatChanged() throws Exception {
        Frame before = gradient(640, 480);
        transmit(encoder.encode(before));
        decoder.screen().takeChanges((x, y, w, h, argb, stride) -> { });

        transmit(encoder.encode(withPixel(before, 100, 50, 0xFF000000)));

        List<List<Integer>> changes = new ArrayList<>();
        decoder.screen().takeChanges((x, y, w, h, argb, stride) -> changes.add(List.of(x, y, w, h)));
        assertEquals(List.of(List.of(100, 50, 1, 1)), changes);
        assertFalse(decoder.screen().hasChanges());
    }

    static Stream<Arguments> claimedSizes() {
        return Stream.of(arguments(641, 480), arguments(640, 481), arguments(320, 200), arguments(1920, 1080),
                arguments(TileScreenDecoder.MAX_SIDE, TileScreenDecoder.MAX_SIDE),
                arguments(ScreenUpdate.MAX_SCREEN_SIDE, ScreenUpdate.MAX_SCREEN_SIDE));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("claimedSizes")
    void anUpdateForAnotherSizeThanAnnouncedIsRefusedWithoutAllocatingIt(int width, int height) throws Exception {
        TileScreenDecoder announced = new TileScreenDecoder(640, 480);
        ScreenUpdate update = new ScreenUpdate(0, width, height, true, true, 0, new byte[0]);
        com.sun.management.ThreadMXBean threads = allocationCounter();

        long before = threads.getCurrentThreadAllocatedBytes();
        ScreenCodecException e = assertThrows(ScreenCodecException.class, () -> announced.apply(update));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertEquals("A screen update is for a " + width + "×" + height + " screen, but the shared screen is 640×480",
                e.getMessage());
        assertTrue(allocated < 16 << 20, "refusing the update allocated " + allocated + " bytes");
        assertNull(announced.frame());
    }

    @Test
    void anUpdateOfTheAnnouncedSizeDecodes() throws Exception {
        TileScreenDecoder announced = new TileScreenDecoder(640, 480);
        Frame frame = gradient(640, 480);

        for (ScreenUpdate update : encoder.encode(frame)) {
            announced.apply(update);
        }

        assertSamePicture(frame, announced.frame());
    }

    static Stream<Arguments> badAnnouncedSizes() {
        return Stream.of(arguments(0, 480), arguments(640, 0), arguments(0, 0), arguments(-1, 480),
                arguments(640, -480), arguments(Integer.MIN_VALUE, Integer.MIN_VALUE));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @MethodSource("badAnnouncedSizes")
    void anAnnouncedSizeThatIsNoScreenIsRefused(int width, int height) {
        ScreenCodecException e = assertThrows(ScreenCodecException.class, () -> new TileScreenDecoder(width, height));
        assertEquals("The shared screen's size " + width + "×" + height + " is not a screen size", e.getMessage());
    }

    @ParameterizedTest(name = "{0}x{1}")
    @ValueSource(strings = {"8193x8192", "8192x8193", "16384x16384", "2147483647x1"})
    void anAnnouncedScreenLargerThanTheMaximumIsRefused(String size) {
        int width = Integer.parseInt(size.split("x")[0]);
        int height = Integer.parseInt(size.split("x")[1]);

        ScreenCodecException e = assertThrows(ScreenCodecException.class, () -> new TileScreenDecoder(width, height));

        assertEquals("The shared screen is " + width + "×" + height + " pixels; Tandem shows screens up to 8192×8192",
                e.getMessage());
    }

    @Test
    void theLargestScreenIsAccepted() throws Exception {
        assertNull(new TileScreenDecoder(TileScreenDecoder.MAX_SIDE, TileScreenDecoder.MAX_SIDE).frame());
    }

    @Test
    void aDecoderNotToldTheSizeRefusesAHugeFirstUpdateWithoutAllocatingIt() {
        int side = ScreenUpdate.MAX_SCREEN_SIDE;
        ScreenUpdate update = new ScreenUpdate(0, side, side, true, true, 0, new byte[0]);
        com.sun.management.ThreadMXBean threads = allocationCounter();

        long before = threads.getCurrentThreadAllocatedBytes();
        ScreenCodecException e = assertThrows(ScreenCodecException.class, () -> decoder.apply(update));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(e.getMessage().contains("up to 8192×8192"), e.getMessage());
        assertTrue(allocated < 16 << 20, "refusing the update allocated " + allocated + " bytes");
    }

    @Test
    void aDecoderNotToldTheSizeKeepsTheSizeOfItsFirstUpdate() throws Exception {
        transmit(encoder.encode(solid(640, 480, 0xFF000000)));

        ScreenCodecException e = assertThrows(ScreenCodecException.class,
                () -> decoder.apply(new ScreenUpdate(1, 800, 600, true, false, 0, new byte[0])));

        assertTrue(e.getMessage().contains("800×600"), e.getMessage());
        assertEquals(640, decoder.frame().width());
    }

    @Test
    void aPartOfAnotherFrameBeforeThePreviousEndedIsRefused() throws Exception {
        List<ScreenUpdate> updates = encoder.encode(noise(1920, 1080, 3));
        assertTrue(updates.size() > 2);
        decoder.apply(updates.get(0));
        ScreenUpdate other = new ScreenUpdate(updates.get(1).frameSeq() + 1, 1920, 1080, true, false, 0, new byte[0]);

        ScreenCodecException e = assertThrows(ScreenCodecException.class, () -> decoder.apply(other));
        assertTrue(e.getMessage().contains("began before"), e.getMessage());
    }

    @Test
    void theDecoderCompletesAFrameOnlyWithItsLastPart() throws Exception {
        Frame frame = noise(1920, 1080, 12);
        List<ScreenUpdate> updates = encoder.encode(frame);
        assertTrue(updates.size() > 2);

        for (ScreenUpdate update : updates.subList(0, updates.size() - 1)) {
            assertFalse(update.lastOfFrame());
            assertFalse(decoder.apply(update));
            assertNull(decoder.frame(), "no picture before the first frame is complete");
        }
        assertTrue(decoder.apply(updates.get(updates.size() - 1)));
        assertSamePicture(frame, decoder.frame());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 7, TileScreenEncoder.MAX_TILE_SIDE + 1})
    void tileSidesOutsideTheEncodersRangeAreRefused(int tileSide) {
        assertThrows(IllegalArgumentException.class, () -> new TileScreenEncoder(tileSide, 1));
    }

    @Test
    void aResizedFrameStartsANewStreamAndIsSentWhole() throws Exception {
        transmit(encoder.encode(solid(640, 480, 0xFF000000)));

        List<ScreenUpdate> updates = encoder.encode(solid(800, 600, 0xFF000000));

        assertTrue(updates.get(0).newStream());
        TileScreenDecoder announced = new TileScreenDecoder(800, 600);
        transmitTo(announced, updates);
        assertSamePicture(solid(800, 600, 0xFF000000), announced.frame());
    }

    // ---- helpers ----

    private void transmit(List<ScreenUpdate> updates) throws Exception {
        transmitTo(decoder, updates);
    }

    /** Sends updates through the session codec into the decoder, as the wire would. */
    private void transmitTo(TileScreenDecoder viewer, List<ScreenUpdate> updates) throws Exception {
        for (int i = 0; i < updates.size(); i++) {
            boolean last = i == updates.size() - 1;
            ScreenUpdate update = updates.get(i);
            assertEquals(last, update.lastOfFrame(), "only the last part ends the frame");
            byte[] encoded = wire.encode(update);
            assertTrue(encoded.length <= RecordReader.MAX_PLAINTEXT, "an update takes " + encoded.length + " bytes");
            assertEquals(last, viewer.apply((ScreenUpdate) wire.decode(encoded)));
        }
    }

    private static void assertMoveIsExact(Frame before, Frame after, MoveDetector.Move move) {
        for (int y = move.y(); y < move.y() + move.h(); y++) {
            for (int x = move.x(); x < move.x() + move.w(); x++) {
                assertEquals(before.pixel(x - move.dx(), y - move.dy()), after.pixel(x, y), "pixel " + x + "," + y);
            }
        }
    }

    private static void assertSamePicture(Frame expected, Frame actual) {
        assertSamePicture(expected, actual, "");
    }

    private static void assertSamePicture(Frame expected, Frame actual, String what) {
        assertNotNull(actual, what + ": no picture");
        assertEquals(expected.width(), actual.width(), "width");
        assertEquals(expected.height(), actual.height(), "height");
        int mismatch = Arrays.mismatch(expected.argb(), actual.argb());
        if (mismatch >= 0) {
            assertArrayEquals(expected.argb(), actual.argb(), what + ": first difference at pixel "
                    + mismatch % expected.width() + "," + mismatch / expected.width());
        }
    }

    private static int[] randomPicture(Random random, int width, int height) {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, 0xFF000000 | random.nextInt(1 << 24));
        for (int i = 0; i < 6; i++) {
            edit(random, pixels, width, height);
        }
        return pixels;
    }

    /** One random change: a noisy, flat, few-colour or moved block. */
    private static void edit(Random random, int[] pixels, int width, int height) {
        int w = 1 + random.nextInt(width);
        int h = 1 + random.nextInt(height);
        int x = random.nextInt(width - w + 1);
        int y = random.nextInt(height - h + 1);
        int kind = random.nextInt(5);
        int[] colours = new int[2 + random.nextInt(kind >= 2 ? 150 : 2)];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = 0xFF000000 | random.nextInt(1 << 24);
        }
        if (kind == 3) {
            int sx = random.nextInt(width - w + 1);
            int sy = random.nextInt(height - h + 1);
            TileScreenEncoder.copyWithin(pixels, width, sx, sy, w, h, x, y);
            return;
        }
        for (int row = y; row < y + h; row++) {
            for (int col = x; col < x + w; col++) {
                pixels[row * width + col] = switch (kind) {
                    case 0 -> 0xFF000000 | random.nextInt(1 << 24);
                    case 1 -> colours[0];
                    case 4 -> (row - y) % 7 < 3 ? colours[(row - y) % 2] : colours[random.nextInt(colours.length)];
                    default -> colours[random.nextInt(colours.length)];
                };
            }
        }
    }

    private static byte[] rect(RectKind kind, int x, int y, int w, int h) {
        return rect(kind.code(), x, y, w, h);
    }

    private static byte[] rect(int code, int x, int y, int w, int h) {
        return new byte[] {(byte) code, (byte) (x >> 8), (byte) x, (byte) (y >> 8), (byte) y, (byte) (w >> 8), (byte) w,
            (byte) (h >> 8), (byte) h};
    }

    /** A new zstd stream, flushed as the encoder does, holding these bytes. */
    private static byte[] stream(byte[] head, int... more) throws IOException {
        return stream(UpdateWriter.WINDOW_LOG, head, more);
    }

    private static byte[] stream(int windowLog, byte[] head, int... more) throws IOException {
        byte[] tail = new byte[more.length];
        for (int i = 0; i < more.length; i++) {
            tail[i] = (byte) more[i];
        }
        return stream(windowLog, concat(head, tail));
    }

    private static byte[] stream(byte[] head, byte[] tail) throws IOException {
        return stream(UpdateWriter.WINDOW_LOG, concat(head, tail));
    }

    private static byte[] stream(byte[] raw) throws IOException {
        return stream(UpdateWriter.WINDOW_LOG, raw);
    }

    private static byte[] stream(int windowLog, byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZstdOutputStreamNoFinalizer zstd = new ZstdOutputStreamNoFinalizer(out);
        zstd.setWindowLog(windowLog);
        zstd.write(raw);
        zstd.flush();
        return out.toByteArray();
    }

    private static byte[] cut(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    private static byte[] randomBytes(int count, long seed) {
        byte[] bytes = new byte[count];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Frame noise(int width, int height, long seed) {
        Random random = new Random(seed);
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | random.nextInt(1 << 24);
        }
        return new Frame(width, height, argb);
    }

    private static Frame solid(int width, int height, int argb) {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, argb);
        return new Frame(width, height, pixels);
    }

    private static Frame gradient(int width, int height) {
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = x * 255 / Math.max(1, width - 1);
                int g = y * 255 / Math.max(1, height - 1);
                int b = (x + y) & 0xFF;
                argb[y * width + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        return new Frame(width, height, argb);
    }

    private static Frame withPixel(Frame frame, int x, int y, int argb) {
        int[] pixels = frame.argb().clone();
        pixels[y * frame.width() + x] = argb;
        return new Frame(frame.width(), frame.height(), pixels);
    }

    private static com.sun.management.ThreadMXBean allocationCounter() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "this JVM cannot count allocated bytes");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM cannot count allocated bytes");
        return threads;
    }
}
