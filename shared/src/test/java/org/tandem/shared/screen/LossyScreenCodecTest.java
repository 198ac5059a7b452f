package org.tandem.shared.screen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.shared.message.ScreenUpdate;
import org.tandem.shared.screen.workload.ScreenWorkload;

class LossyScreenCodecTest {
    private static final int JPEG = RectKind.JPEG.code();

    private final TileScreenEncoder encoder = new TileScreenEncoder();
    private final TileScreenDecoder decoder = new TileScreenDecoder();
    private final List<int[]> drawn = new ArrayList<>();

    {
        decoder.observer = drawn::add;
    }

    @Test
    void aPhotographicRegionGoesJpegOnlyAtLowQuality() throws Exception {
        Frame picture = photoOn(640, 480, 40, 30, 512, 384, 1);
        TileScreenDecoder exactViewer = new TileScreenDecoder(640, 480);
        List<int[]> exactDrawn = new ArrayList<>();
        exactViewer.observer = exactDrawn::add;
        List<ScreenUpdate> exact = new TileScreenEncoder().encode(picture);
        transmitTo(exactViewer, exact);

        encoder.quality(ScreenQuality.LOW);
        List<ScreenUpdate> lossy = encoder.encode(picture);
        transmitTo(decoder, lossy);

        assertTrue(exactDrawn.stream().noneMatch(r -> r[0] == JPEG), "lossless sends no JPEG");
        assertArrayEquals(picture.argb(), exactViewer.frame().argb());
        assertTrue(drawn.stream().anyMatch(r -> r[0] == JPEG), "low quality sends the photograph as JPEG");
        assertTrue(bytes(lossy) * 2 < bytes(exact), "lossy takes " + bytes(lossy) + " bytes, exact " + bytes(exact));
        double psnr = psnr(picture, decoder.frame());
        assertTrue(psnr > 30, "PSNR " + psnr + " dB");
        assertEquals(0xFF102030, decoder.frame().pixel(5, 5), "the flat area around the photograph is exact");
    }

    @Test
    void aDecodedVideoPictureGoesJpegAtLowQualityThoughItsFlatPartsRepeat() throws Exception {
        // A picture of the clip bench desktop plays (a Mandelbrot zoom with a little noise, MPEG-4
        // decoded by ffmpeg): the codec's blocks leave a third to two thirds of many strips' pixels
        // repeating a neighbour, though the strips hold hundreds to thousands of colours.
        Frame video = png("decoded-video-picture.png");
        Frame picture = place(video, 320, 256, 32, 32);
        encoder.quality(ScreenQuality.LOW);

        List<ScreenUpdate> lossy = encoder.encode(picture);
        transmitTo(decoder, lossy);

        long jpegPixels = drawn.stream().filter(r -> r[0] == JPEG).mapToLong(r -> (long) r[3] * r[4]).sum();
        long videoPixels = (long) video.width() * video.height();
        assertTrue(jpegPixels * 4 >= videoPixels * 3, "a quarter or more of the video stayed exact: " + jpegPixels
                + " of " + videoPixels + " pixels went as JPEG");
        List<ScreenUpdate> exact = new TileScreenEncoder().encode(picture);
        assertTrue(bytes(lossy) * 2 < bytes(exact), "lossy takes " + bytes(lossy) + " bytes, exact " + bytes(exact));
        double psnr = psnr(picture, decoder.frame());
        assertTrue(psnr > 25, "PSNR " + psnr + " dB (the clip's noise is detail a low quality gives up)");
    }

    private static Frame png(String name) throws IOException {
        try (java.io.InputStream in = LossyScreenCodecTest.class.getResourceAsStream(name)) {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(in);
            int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new Frame(image.getWidth(), image.getHeight(), argb);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"typing", "scrolling", "pager", "dragging", "full-screen-change"})
    void textAndInterfaceStayExactAtLowQuality(String name) throws Exception {
        ScreenWorkload workload = ScreenWorkload.create(name, 1280, 720, 5);
        encoder.quality(ScreenQuality.LOW);
        transmitTo(decoder, encoder.encode(workload.first()));
        while (workload.hasNext()) {
            Frame next = workload.next();
            transmitTo(decoder, encoder.encode(next));
            assertArrayEquals(next.argb(), decoder.frame().argb(), name);
        }
        assertTrue(drawn.stream().noneMatch(r -> r[0] == JPEG), name + " sent a JPEG rectangle");
    }

    @Test
    void aStripOfAntialiasedTextInManyColoursStaysExactAtLowQuality() throws Exception {
        Frame strip = colouredText(1024, 128, 3);
        assertTrue(new RectPacker().countColours(strip.argb(), 1024, 0, 0, 128, 128) > RectPacker.MAX_PALETTE,
                "the strip has more colours than a palette holds");
        encoder.quality(ScreenQuality.LOW);

        transmitTo(decoder, encoder.encode(strip));

        assertTrue(drawn.stream().noneMatch(r -> r[0] == JPEG), "text went lossy");
        assertArrayEquals(strip.argb(), decoder.frame().argb());
    }

    @Test
    void backAtLosslessTheLossyRegionsAreSentExactOnceTheScreenIsStill() throws Exception {
        encoder.quality(ScreenQuality.LOW);
        transmitTo(decoder, encoder.encode(photoOn(640, 480, 40, 30, 512, 384, 1)));
        Frame last = photoOn(640, 480, 40, 30, 512, 384, 2);
        transmitTo(decoder, encoder.encode(last));
        assertTrue(encoder.encode(last).isEmpty(), "still and lossy: nothing to send");
        assertFalse(encoder.refining());

        encoder.quality(ScreenQuality.LOSSLESS);
        assertTrue(encoder.refining());
        drawn.clear();
        List<ScreenUpdate> refined = encoder.encode(last);
        transmitTo(decoder, refined);

        assertFalse(refined.isEmpty());
        assertTrue(drawn.stream().noneMatch(r -> r[0] == JPEG));
        assertArrayEquals(last.argb(), decoder.frame().argb(), "every pixel exact after the refinement");
        assertFalse(encoder.refining());
        assertTrue(encoder.encode(last).isEmpty(), "refined once, then nothing");
    }

    @Test
    void aLossyRegionMovedByACopyIsRefinedWhereItWentTo() throws Exception {
        Frame photo = photoOn(300, 200, 0, 0, 300, 200, 4);
        Frame before = place(photo, 900, 600, 100, 100);
        Frame after = place(photo, 900, 600, 420, 260);
        encoder.quality(ScreenQuality.LOW);
        transmitTo(decoder, encoder.encode(before));
        drawn.clear();
        transmitTo(decoder, encoder.encode(after));
        assertTrue(drawn.stream().anyMatch(r -> r[0] == RectKind.COPY.code()), "the move went as a copy");

        encoder.quality(ScreenQuality.LOSSLESS);
        transmitTo(decoder, encoder.encode(after));

        assertArrayEquals(after.argb(), decoder.frame().argb());
    }

    // ---- hostile JPEG rectangles: refused before anything is drawn ----

    @Test
    void aTruncatedJpegIsRefusedAndThePictureStays() throws Exception {
        byte[] rect = jpegRect();
        int length = u24(rect, 9);
        byte[] cut = Arrays.copyOf(rect, 12 + length / 2);
        putU24(cut, 9, length / 2);
        assertRefused(cut);
        byte[] cutWithEnd = Arrays.copyOf(cut, cut.length + 2); // an end marker after the cut
        cutWithEnd[cut.length] = (byte) 0xFF;
        cutWithEnd[cut.length + 1] = (byte) 0xD9;
        putU24(cutWithEnd, 9, length / 2 + 2);
        assertRefused(cutWithEnd);
    }

    @Test
    void aJpegOfAnotherSizeThanItsRectangleIsRefused() throws Exception {
        byte[] rect = jpegRect();
        rect[5] = 0;
        rect[6] = 64; // the rectangle says 64 wide, the JPEG is 128
        assertRefused(rect);
    }

    @Test
    void bytesThatAreNoJpegAreRefused() throws Exception {
        byte[] rect = jpegRect();
        Arrays.fill(rect, 12, 40, (byte) 0x5A);
        assertRefused(rect);
    }

    @Test
    void aJpegLengthOfZeroOrOverTheMostIsRefused() throws Exception {
        byte[] rect = jpegRect();
        putU24(rect, 9, 0);
        assertRefused(rect);
        putU24(rect, 9, JpegRectCodec.MAX_BYTES + 1);
        assertRefused(rect);
    }

    @Test
    void aJpegLongerThanItsUpdateIsRefused() throws Exception {
        byte[] rect = jpegRect();
        putU24(rect, 9, u24(rect, 9) + 100);
        assertRefused(rect);
    }

    @Test
    void theFuzzSeedOfJpegRectanglesDecodes() throws Exception {
        byte[] seed;
        try (var in = getClass().getResourceAsStream(
                "/org/tandem/shared/fuzz/ScreenDecoderFuzzTestInputs/decodesUpdates/jpeg-photograph")) {
            seed = in.readAllBytes();
        }
        TileScreenDecoder viewer = new TileScreenDecoder(640, 480);
        viewer.observer = drawn::add;
        int rects = (seed[0] & 0xFF) << 8 | (seed[1] & 0xFF);

        assertTrue(viewer.apply(new ScreenUpdate(0, 640, 480, true, true, rects, Arrays.copyOfRange(seed, 2, seed.length))));
        assertTrue(drawn.stream().anyMatch(r -> r[0] == JPEG), "the seed reaches the JPEG decoder");
    }

    /** The one rectangle of a 128×128 photograph at low quality, as the encoder writes it, uncompressed. */
    private static byte[] jpegRect() throws IOException {
        TileScreenEncoder lossy = new TileScreenEncoder();
        lossy.quality(ScreenQuality.LOW);
        List<ScreenUpdate> updates = lossy.encode(photoOn(128, 128, 0, 0, 128, 128, 9));
        assertEquals(1, updates.size());
        assertEquals(1, updates.get(0).rectCount());
        ZstdInputStreamNoFinalizer in = new ZstdInputStreamNoFinalizer(new ByteArrayInputStream(updates.get(0).payload()));
        in.setContinuous(true);
        byte[] raw = in.readAllBytes();
        assertEquals(JPEG, raw[0]);
        assertEquals(12 + u24(raw, 9), raw.length);
        return raw;
    }

    private void assertRefused(byte[] rect) throws Exception {
        TileScreenDecoder viewer = new TileScreenDecoder(128, 128);
        Frame before = photoOn(128, 128, 0, 0, 128, 128, 3);
        transmitTo(viewer, new TileScreenEncoder().encode(before));
        byte[] payload = compress(rect);

        assertThrows(ScreenCodecException.class,
                () -> viewer.apply(new ScreenUpdate(0, 128, 128, true, true, 1, payload)));
        assertArrayEquals(before.argb(), viewer.frame().argb(), "nothing was drawn");
        assertFalse(viewer.apply(new ScreenUpdate(1, 128, 128, true, false, 1, payload)),
                "after the error, updates are ignored until a new stream");
    }

    private static void transmitTo(TileScreenDecoder viewer, List<ScreenUpdate> updates) throws Exception {
        for (ScreenUpdate update : updates) {
            viewer.apply(update);
        }
        assertNotNull(viewer.frame());
    }

    private static long bytes(List<ScreenUpdate> updates) {
        return updates.stream().mapToLong(u -> u.payload().length).sum();
    }

    /** Peak signal to noise ratio over the three channels, in dB. */
    private static double psnr(Frame expected, Frame actual) {
        double sum = 0;
        for (int i = 0; i < expected.argb().length; i++) {
            for (int shift = 0; shift < 24; shift += 8) {
                int d = (expected.argb()[i] >> shift & 0xFF) - (actual.argb()[i] >> shift & 0xFF);
                sum += d * d;
            }
        }
        double mse = sum / (3.0 * expected.argb().length);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    /** A flat screen with a video-like picture (smooth shapes and sensor noise) in the given box. */
    static Frame photoOn(int width, int height, int x0, int y0, int w, int h, long seed) {
        int[] argb = new int[width * height];
        Arrays.fill(argb, 0xFF102030);
        Random random = new Random(seed);
        double t = seed * 0.3;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = Math.sin(x * 0.03 + t) + Math.sin(y * 0.041 - t) + Math.sin((x + y) * 0.017 + t);
                int noise = random.nextInt(9) - 4;
                int r = clamp((int) (120 + 45 * v) + noise);
                int g = clamp((int) (110 + 35 * Math.sin(v + t)) + noise);
                int b = clamp((int) (90 + 55 * Math.cos(v)) + noise);
                argb[(y0 + y) * width + x0 + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        return new Frame(width, height, argb);
    }

    private static Frame place(Frame picture, int width, int height, int x, int y) {
        int[] argb = new int[width * height];
        Arrays.fill(argb, 0xFFE0E0E0);
        for (int row = 0; row < picture.height(); row++) {
            System.arraycopy(picture.argb(), row * picture.width(), argb, (y + row) * width + x, picture.width());
        }
        return new Frame(width, height, argb);
    }

    /**
     * Lines of glyph-like marks in six inks on one background, their edges blended in 32 steps, as
     * antialiased syntax-coloured text is: well over a palette's colours, but mostly background.
     */
    private static Frame colouredText(int width, int height, long seed) {
        int paper = 0xFFFDFDFD;
        int[] inks = {0x202020, 0xA0205A, 0x1E6FB8, 0x2E8B3A, 0xB8660E, 0x6A3DB0};
        int[] argb = new int[width * height];
        Arrays.fill(argb, paper);
        Random random = new Random(seed);
        for (int line = 0; line + 16 <= height; line += 20) {
            for (int x = 4; x + 8 < width; x += 9) {
                int ink = inks[random.nextInt(inks.length)];
                for (int dy = 2; dy < 15; dy++) {
                    for (int dx = 0; dx < 7; dx++) {
                        if (random.nextInt(3) == 0) {
                            float a = random.nextInt(32) / 31f;
                            argb[(line + dy) * width + x + dx] = 0xFF000000 | blend(paper, ink, a);
                        }
                    }
                }
            }
        }
        return new Frame(width, height, argb);
    }

    private static int blend(int from, int to, float a) {
        int r = Math.round((from >> 16 & 0xFF) * (1 - a) + (to >> 16 & 0xFF) * a);
        int g = Math.round((from >> 8 & 0xFF) * (1 - a) + (to >> 8 & 0xFF) * a);
        int b = Math.round((from & 0xFF) * (1 - a) + (to & 0xFF) * a);
        return r << 16 | g << 8 | b;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static int u24(byte[] b, int at) {
        return (b[at] & 0xFF) << 16 | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF);
    }

    private static void putU24(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 16);
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) value;
    }

    private static byte[] compress(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZstdOutputStreamNoFinalizer zstd = new ZstdOutputStreamNoFinalizer(out);
        zstd.setWindowLog(UpdateWriter.WINDOW_LOG);
        zstd.write(raw);
        zstd.flush();
        return out.toByteArray();
    }
}
