package org.tandem.shared.screen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.message.ScreenUpdate.Tile;
import org.tandem.shared.message.ScreenUpdate.TileEncoding;
import org.tandem.shared.message.SessionMessageCodec;
import org.tandem.shared.wire.RecordReader;

class TileScreenCodecTest {
    private static final int SIDE = TileScreenEncoder.DEFAULT_TILE_SIDE;

    private final SessionMessageCodec wire = new SessionMessageCodec();
    private final TileScreenEncoder encoder = new TileScreenEncoder();
    private final TileScreenDecoder decoder = new TileScreenDecoder();

    // ---- frames ----

    static Stream<Named<BiFunction<Integer, Integer, Frame>>> patterns() {
        return Stream.of(
                Named.of("noise", (w, h) -> noise(w, h, 42)),
                Named.of("solid", (w, h) -> solid(w, h, 0xFF3366CC)),
                Named.of("gradient", TileScreenCodecTest::gradient));
    }

    static Stream<Arguments> sizesAndPatterns() {
        int[][] sizes = {{1, 1}, {63, 65}, {64, 64}, {65, 63}, {640, 480}, {1366, 768}};
        return Arrays.stream(sizes).flatMap(size -> patterns().map(p -> arguments(size[0], size[1], p)));
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @MethodSource("sizesAndPatterns")
    void decodesEveryFramePixelForPixel(int width, int height, BiFunction<Integer, Integer, Frame> pattern) throws Exception {
        Frame frame = pattern.apply(width, height);

        List<ScreenUpdate> updates = encoder.encode(frame);

        assertEquals(tilesAcross(width) * tilesAcross(height), tileCount(updates), "the first frame is sent whole");
        transmit(updates);
        assertSamePicture(frame, decoder.frame());
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @MethodSource("sizesAndPatterns")
    void aFrameAfterAFrameDecodesPixelForPixel(int width, int height, BiFunction<Integer, Integer, Frame> pattern) throws Exception {
        transmit(encoder.encode(noise(width, height, 1)));
        Frame frame = pattern.apply(width, height);

        transmit(encoder.encode(frame));

        assertSamePicture(frame, decoder.frame());
    }

    static Stream<Arguments> changedPixels() {
        return Stream.of(
                arguments(640, 480, 0, 0),
                arguments(640, 480, 63, 63),
                arguments(640, 480, 64, 64),
                arguments(640, 480, 300, 200),
                arguments(640, 480, 639, 479),
                arguments(1366, 768, 1365, 767),
                arguments(63, 65, 62, 64),
                arguments(1, 1, 0, 0));
    }

    @ParameterizedTest(name = "{0}x{1}, pixel {2},{3}")
    @MethodSource("changedPixels")
    void oneChangedPixelSendsOnlyTheTileThatHoldsIt(int width, int height, int x, int y) throws Exception {
        Frame before = noise(width, height, 7);
        transmit(encoder.encode(before));
        Frame after = withPixel(before, x, y, ~before.pixel(x, y) | 0xFF000000);

        List<ScreenUpdate> updates = encoder.encode(after);

        assertEquals(1, updates.size());
        assertTrue(updates.get(0).lastOfFrame());
        List<Tile> tiles = updates.get(0).tiles();
        assertEquals(1, tiles.size());
        int tileX = x / SIDE * SIDE;
        int tileY = y / SIDE * SIDE;
        assertEquals(List.of(tileX, tileY, Math.min(SIDE, width - tileX), Math.min(SIDE, height - tileY)), rectangle(tiles.get(0)));
        transmit(updates);
        assertSamePicture(after, decoder.frame());
    }

    @Test
    void changesInSeveralTilesSendExactlyThoseTiles() throws Exception {
        Frame before = gradient(640, 480);
        transmit(encoder.encode(before));
        Frame after = withPixel(withPixel(withPixel(before, 5, 5, 0xFF000000), 130, 5, 0xFF000000), 639, 479, 0xFFFFFFFF);

        List<ScreenUpdate> updates = encoder.encode(after);

        Set<List<Integer>> sent = updates.stream().flatMap(u -> u.tiles().stream()).map(TileScreenCodecTest::rectangle)
                .collect(Collectors.toSet());
        assertEquals(Set.of(List.of(0, 0, 64, 64), List.of(128, 0, 64, 64), List.of(576, 448, 64, 32)), sent);
        transmit(updates);
        assertSamePicture(after, decoder.frame());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1x1", "63x65", "1366x768"})
    void anUnchangedFrameSendsOneUpdateWithNoTiles(String size) throws Exception {
        int width = Integer.parseInt(size.split("x")[0]);
        int height = Integer.parseInt(size.split("x")[1]);
        Frame frame = noise(width, height, 3);
        transmit(encoder.encode(frame));

        List<ScreenUpdate> updates = encoder.encode(noise(width, height, 3));

        assertEquals(1, updates.size());
        assertTrue(updates.get(0).tiles().isEmpty());
        assertTrue(updates.get(0).lastOfFrame());
        transmit(updates);
        assertSamePicture(frame, decoder.frame());
    }

    @ParameterizedTest
    @ValueSource(strings = {"800x600", "320x200", "640x481", "641x480"})
    void aResizedFrameIsSentWhole(String size) throws Exception {
        int width = Integer.parseInt(size.split("x")[0]);
        int height = Integer.parseInt(size.split("x")[1]);
        transmit(encoder.encode(solid(640, 480, 0xFF000000)));
        // Same colour everywhere: only a resize can make the encoder send these tiles.
        Frame resized = solid(width, height, 0xFF000000);

        List<ScreenUpdate> updates = encoder.encode(resized);

        assertCoversEveryPixelOnce(width, height, updates);
        TileScreenDecoder announced = new TileScreenDecoder(width, height);
        for (ScreenUpdate update : updates) {
            announced.apply(update);
        }
        assertSamePicture(resized, announced.frame());
    }

    @Test
    void resetMakesTheNextFrameWhole() throws Exception {
        Frame frame = gradient(640, 480);
        transmit(encoder.encode(frame));

        encoder.reset();
        List<ScreenUpdate> updates = encoder.encode(frame);

        assertCoversEveryPixelOnce(640, 480, updates);
        TileScreenDecoder newViewer = new TileScreenDecoder();
        for (ScreenUpdate update : updates) {
            newViewer.apply(update);
        }
        assertSamePicture(frame, newViewer.frame());
    }

    @Test
    void framesAreNumberedInOrderAndEveryPartCarriesItsFramesNumber() {
        List<Integer> firstParts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<ScreenUpdate> updates = encoder.encode(noise(1366, 768, i));
            assertTrue(updates.size() > 1, "a noise frame this large takes several updates");
            int seq = updates.get(0).frameSeq();
            assertTrue(updates.stream().allMatch(u -> u.frameSeq() == seq));
            firstParts.add(seq);
        }
        assertEquals(List.of(firstParts.get(0), firstParts.get(0) + 1, firstParts.get(0) + 2), firstParts);
    }

    @ParameterizedTest(name = "tile side {0}")
    @ValueSource(ints = {8, 32, 64, 100, TileScreenEncoder.MAX_TILE_SIDE})
    void everyUpdateOfAFullHdNoiseFrameFitsOneRecord(int tileSide) throws Exception {
        TileScreenEncoder encoder = new TileScreenEncoder(tileSide, 1);
        Frame frame = noise(1920, 1080, 11);

        List<ScreenUpdate> updates = encoder.encode(frame);

        assertTrue(updates.size() > 1, "noise at 1920x1080 must be split, got " + updates.size() + " update(s)");
        for (ScreenUpdate update : updates) {
            int size = wire.encode(update).length;
            assertTrue(size <= RecordReader.MAX_PLAINTEXT, "an update takes " + size + " bytes");
        }
        assertEquals(tilesAcross(1920, tileSide) * tilesAcross(1080, tileSide), tileCount(updates));
        transmit(updates);
        assertSamePicture(frame, decoder.frame());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 7, TileScreenEncoder.MAX_TILE_SIDE + 1, ScreenUpdate.MAX_TILE_SIDE})
    void tileSidesOutsideTheEncodersRangeAreRefused(int tileSide) {
        assertThrows(IllegalArgumentException.class, () -> new TileScreenEncoder(tileSide, 1));
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

    @Test
    void aCompleteFrameStaysAsItWasWhileTheNextOneArrives() throws Exception {
        Frame first = noise(1920, 1080, 13);
        transmit(encoder.encode(first));
        Frame shown = decoder.frame();
        List<ScreenUpdate> second = encoder.encode(noise(1920, 1080, 14));
        assertTrue(second.size() > 1);

        assertFalse(decoder.apply(second.get(0)));

        assertSamePicture(first, shown);
        assertSamePicture(first, decoder.frame());
    }

    // ---- hostile updates ----

    static Stream<Arguments> hostileTiles() throws IOException {
        byte[] noiseRgb = new byte[SIDE * SIDE * 3];
        new Random(5).nextBytes(noiseRgb);
        byte[] valid = Zstd.compress(noiseRgb, 1);
        byte[] garbage = new byte[200];
        new Random(6).nextBytes(garbage);
        return Stream.of(
                arguments("zstd: garbage", zstdTile(garbage)),
                arguments("zstd: no data", zstdTile(new byte[0])),
                arguments("zstd: a zstd magic number and nothing else", zstdTile(new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD})),
                arguments("zstd: declares a smaller tile", zstdTile(Zstd.compress(new byte[10 * 10 * 3], 1))),
                arguments("zstd: declares one byte less", zstdTile(Zstd.compress(Arrays.copyOf(noiseRgb, noiseRgb.length - 1), 1))),
                arguments("zstd: declares one byte more", zstdTile(Zstd.compress(Arrays.copyOf(noiseRgb, noiseRgb.length + 1), 1))),
                arguments("zstd: declares no size", zstdTile(streamed(noiseRgb))),
                arguments("zstd: cut short", zstdTile(Arrays.copyOf(valid, valid.length - 10))),
                arguments("zstd: a second frame after the first", zstdTile(concat(valid, Zstd.compress(new byte[1 << 20], 1)))),
                arguments("solid: no bytes", solidTile(new byte[0])),
                arguments("solid: two bytes", solidTile(new byte[2])),
                arguments("solid: four bytes (ARGB)", solidTile(new byte[4])),
                arguments("solid: a whole RGB tile", solidTile(noiseRgb)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTiles")
    void aTileThatDoesNotDecodeIsAScreenCodecException(String name, Tile tile) {
        ScreenUpdate update = new ScreenUpdate(0, 640, 480, true, List.of(tile));

        ScreenCodecException e = assertThrows(ScreenCodecException.class, () -> decoder.apply(update));

        ProtocolException reason = e.asProtocolException();
        assertEquals(e.getMessage(), reason.getMessage());
        assertSame(e, reason.getCause());
    }

    @Test
    void aZstdBombIsRefusedWithoutInflatingIt() throws Exception {
        byte[] bomb = Zstd.compress(new byte[256 << 20], 1);
        assertTrue(bomb.length < 64 * 1024, "the bomb fits one record: " + bomb.length + " bytes");
        ScreenUpdate update = new ScreenUpdate(0, 640, 480, true, List.of(zstdTile(bomb)));
        com.sun.management.ThreadMXBean threads = allocationCounter();

        long before = threads.getCurrentThreadAllocatedBytes();
        ScreenCodecException e = assertThrows(ScreenCodecException.class, () -> decoder.apply(update));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(e.getMessage().contains(String.valueOf(256 << 20)), e.getMessage());
        assertTrue(allocated < 16 << 20, "refusing the bomb allocated " + allocated + " bytes");
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
        ScreenUpdate update = new ScreenUpdate(0, width, height, true, List.of(solidTile(new byte[3])));
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
        ScreenUpdate update = new ScreenUpdate(0, side, side, true, List.of(solidTile(new byte[3])));
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
                () -> decoder.apply(new ScreenUpdate(1, 800, 600, true, List.of())));

        assertTrue(e.getMessage().contains("800×600"), e.getMessage());
        assertEquals(640, decoder.frame().width());
    }

    @Test
    void aPartOfAnotherFrameBeforeThePreviousEndedIsRefused() throws Exception {
        Tile black = solidTile(new byte[3]);
        assertFalse(decoder.apply(new ScreenUpdate(5, 640, 480, false, List.of(black))));

        ScreenCodecException e = assertThrows(ScreenCodecException.class,
                () -> decoder.apply(new ScreenUpdate(6, 640, 480, true, List.of(black))));
        assertTrue(e.getMessage().contains("began before"), e.getMessage());
    }

    @Test
    void aNewFrameMayFollowACompleteOne() throws Exception {
        Tile black = solidTile(new byte[3]);
        assertTrue(decoder.apply(new ScreenUpdate(5, 640, 480, true, List.of(black))));

        assertTrue(decoder.apply(new ScreenUpdate(6, 640, 480, true, List.of())));
    }

    // ---- helpers ----

    /** Sends updates through the session codec into the decoder, as the wire would. */
    private void transmit(List<ScreenUpdate> updates) throws Exception {
        assertFalse(updates.isEmpty());
        for (int i = 0; i < updates.size(); i++) {
            boolean last = i == updates.size() - 1;
            ScreenUpdate update = updates.get(i);
            assertEquals(last, update.lastOfFrame(), "only the last part ends the frame");
            byte[] encoded = wire.encode(update);
            assertTrue(encoded.length <= RecordReader.MAX_PLAINTEXT, "an update takes " + encoded.length + " bytes");
            assertEquals(last, decoder.apply((ScreenUpdate) wire.decode(encoded)));
        }
    }

    private static void assertSamePicture(Frame expected, Frame actual) {
        assertEquals(expected.width(), actual.width(), "width");
        assertEquals(expected.height(), actual.height(), "height");
        int mismatch = Arrays.mismatch(expected.argb(), actual.argb());
        if (mismatch >= 0) {
            assertArrayEquals(expected.argb(), actual.argb(), "first difference at pixel "
                    + mismatch % expected.width() + "," + mismatch / expected.width());
        }
    }

    private static void assertCoversEveryPixelOnce(int width, int height, List<ScreenUpdate> updates) {
        int[] hits = new int[width * height];
        for (ScreenUpdate update : updates) {
            assertEquals(List.of(width, height), List.of(update.screenWidth(), update.screenHeight()));
            for (Tile tile : update.tiles()) {
                for (int y = tile.y(); y < tile.y() + tile.height(); y++) {
                    for (int x = tile.x(); x < tile.x() + tile.width(); x++) {
                        hits[y * width + x]++;
                    }
                }
            }
        }
        for (int i = 0; i < hits.length; i++) {
            assertEquals(1, hits[i], "pixel " + i % width + "," + i / width + " sent this many times");
        }
    }

    private static int tileCount(List<ScreenUpdate> updates) {
        return updates.stream().mapToInt(u -> u.tiles().size()).sum();
    }

    private static int tilesAcross(int pixels) {
        return tilesAcross(pixels, SIDE);
    }

    private static int tilesAcross(int pixels, int side) {
        return (pixels + side - 1) / side;
    }

    private static List<Integer> rectangle(Tile tile) {
        return List.of(tile.x(), tile.y(), tile.width(), tile.height());
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

    private static Tile zstdTile(byte[] data) {
        return new Tile(64, 64, SIDE, SIDE, TileEncoding.RGB_ZSTD, data);
    }

    private static Tile solidTile(byte[] data) {
        return new Tile(0, 0, SIDE, SIDE, TileEncoding.SOLID, data);
    }

    private static byte[] streamed(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZstdOutputStream zstd = new ZstdOutputStream(out)) {
            zstd.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
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
