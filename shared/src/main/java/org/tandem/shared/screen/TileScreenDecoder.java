package org.tandem.shared.screen;

import java.util.Arrays;
import org.tandem.shared.message.ScreenUpdate;

/**
 * Decodes {@link TileScreenEncoder} output for one shared screen of a fixed size into one
 * {@link ScreenBuffer}. The size is the one announced when sharing started (at most
 * {@value #MAX_SIDE}×{@value #MAX_SIDE}), and an update for any other size is refused, so a hostile
 * sender cannot make the viewer allocate more than that one picture. Every rectangle is checked
 * against the screen before anything is drawn, an update may expand to a bounded number of bytes,
 * and the zstd window is bounded, so no update can write outside the picture or make the viewer
 * allocate more.
 *
 * <p>After an update fails to decode, the stream is lost: the decoder ignores updates until one
 * starts a new stream (the viewer asks the sender for that), and the picture stays as it was.
 */
public final class TileScreenDecoder implements ScreenDecoder {
    /** The widest and tallest screen a viewer accepts: 8192×8192 pixels take 256 MiB. */
    public static final int MAX_SIDE = 8192;
    /** Largest side of a rectangle carrying pixels (all kinds but copies and restores, which carry none). */
    static final int MAX_RECT_SIDE = TileScreenEncoder.MAX_TILE_SIDE;

    private ScreenBuffer screen;
    private CoveredPixels covered;
    private int width;
    private int height;
    private PayloadReader reader;
    private boolean lost = true;
    private boolean closed;
    private boolean complete;
    private int currentSeq = -1;
    private final int[] palette = new int[RectPacker.MAX_PALETTE];
    private final JpegRectCodec jpeg = new JpegRectCodec();
    private byte[] jpegBytes;
    /** Told of every rectangle drawn: kind code, x, y, width, height; for tests. */
    java.util.function.Consumer<int[]> observer;

    /**
     * A decoder for the screen announced as {@code width}×{@code height} (from
     * {@code ScreenShareStarted}).
     *
     * @throws ScreenCodecException when the announced size is not positive or exceeds {@value #MAX_SIDE}
     *     on either side
     */
    public TileScreenDecoder(int width, int height) throws ScreenCodecException {
        requireSize(width, height);
        this.width = width;
        this.height = height;
    }

    /**
     * A decoder that was not told the screen's size: it takes the size of the first update (within
     * the same maximum) and refuses any other size after that. Prefer {@link #TileScreenDecoder(int, int)}
     * with the announced size.
     */
    public TileScreenDecoder() {}

    @Override
    public boolean apply(ScreenUpdate update) throws ScreenCodecException {
        if (closed) {
            throw new ScreenCodecException("The screen decoder was closed");
        }
        if (width == 0) {
            requireSize(update.screenWidth(), update.screenHeight());
            width = update.screenWidth();
            height = update.screenHeight();
        }
        if (update.screenWidth() != width || update.screenHeight() != height) {
            lost = true;
            throw new ScreenCodecException("A screen update is for a " + update.screenWidth() + "×"
                    + update.screenHeight() + " screen, but the shared screen is " + width + "×" + height);
        }
        if (update.newStream()) {
            restart();
        } else if (lost) {
            return false; // a piece of a stream this decoder cannot follow; a new one was asked for
        }
        if (currentSeq >= 0 && update.frameSeq() != currentSeq) {
            lost = true;
            throw new ScreenCodecException("Frame " + update.frameSeq() + " began before frame " + currentSeq + " ended");
        }
        currentSeq = update.frameSeq();
        try {
            synchronized (screen) {
                reader.begin(update.payload());
                for (int i = 0; i < update.rectCount(); i++) {
                    drawRect();
                }
                reader.end();
            }
        } catch (ScreenCodecException e) {
            lost = true;
            currentSeq = -1;
            throw e;
        }
        if (!update.lastOfFrame()) {
            return false;
        }
        currentSeq = -1;
        complete = true;
        return true;
    }

    /** Forgets the stream; updates are ignored until one starts a new stream. The picture stays. */
    @Override
    public void reset() {
        lost = true;
        currentSeq = -1;
    }

    @Override
    public Frame frame() {
        return complete ? screen.snapshot() : null;
    }

    @Override
    public void close() {
        closed = true;
        lost = true;
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    /** The live picture, or null before the first update. */
    @Override
    public ScreenBuffer screen() {
        return screen;
    }

    private void restart() throws ScreenCodecException {
        if (screen == null) {
            screen = new ScreenBuffer(width, height);
        }
        if (reader != null) {
            reader.close();
        }
        reader = new PayloadReader();
        covered = new CoveredPixels(width, height);
        lost = false;
        currentSeq = -1;
    }

    private static void requireSize(int width, int height) throws ScreenCodecException {
        if (width < 1 || height < 1) {
            throw new ScreenCodecException("The shared screen's size " + width + "×" + height + " is not a screen size");
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new ScreenCodecException("The shared screen is " + width + "×" + height
                    + " pixels; Tandem shows screens up to " + MAX_SIDE + "×" + MAX_SIDE);
        }
    }

    private void drawRect() throws ScreenCodecException {
        int code = reader.u8();
        RectKind kind = RectKind.ofCode(code);
        if (kind == null) {
            throw new ScreenCodecException("Unknown rectangle kind " + code + " in a screen update");
        }
        int x = reader.u16();
        int y = reader.u16();
        int w = reader.u16();
        int h = reader.u16();
        if (w < 1 || h < 1 || x + w > width || y + h > height) {
            throw new ScreenCodecException("A rectangle " + x + "," + y + " " + w + "×" + h + " lies outside the "
                    + width + "×" + height + " screen");
        }
        if (kind != RectKind.COPY && kind != RectKind.RESTORE && (w > MAX_RECT_SIDE || h > MAX_RECT_SIDE)) {
            throw new ScreenCodecException("A " + w + "×" + h + " rectangle is larger than " + MAX_RECT_SIDE + " on a side");
        }
        int[] pixels = screen.pixels();
        switch (kind) {
            case SOLID -> fill(pixels, x, y, w, h, rgb());
            case COPY -> copy(pixels, x, y, w, h);
            case BITMAP -> bitmap(pixels, x, y, w, h);
            case PALETTE_COLUMNS -> paletteRuns(pixels, x, y, w, h);
            case RAW -> raw(pixels, x, y, w, h);
            case JPEG -> jpeg(pixels, x, y, w, h);
            case RESTORE -> covered.restore(pixels, x, y, w, h);
        }
        screen.markChanged(x, y, w, h);
        if (observer != null) {
            observer.accept(new int[] {code, x, y, w, h});
        }
    }

    private int rgb() throws ScreenCodecException {
        reader.take(3);
        byte[] b = reader.bytes();
        int at = reader.offset(3);
        return 0xFF000000 | (b[at] & 0xFF) << 16 | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF);
    }

    private void fill(int[] pixels, int x, int y, int w, int h, int colour) {
        for (int row = y; row < y + h; row++) {
            Arrays.fill(pixels, row * width + x, row * width + x + w, colour);
        }
    }

    private void copy(int[] pixels, int x, int y, int w, int h) throws ScreenCodecException {
        int sx = reader.u16();
        int sy = reader.u16();
        if (sx + w > width || sy + h > height) {
            throw new ScreenCodecException("A copy's source " + sx + "," + sy + " " + w + "×" + h + " lies outside the "
                    + width + "×" + height + " screen");
        }
        covered.covering(pixels, sx, sy, x, y, w, h);
        TileScreenEncoder.copyWithin(pixels, width, sx, sy, w, h, x, y);
    }

    private void bitmap(int[] pixels, int x, int y, int w, int h) throws ScreenCodecException {
        int background = rgb();
        int foreground = rgb();
        int rowBytes = (w + 7) >>> 3;
        for (int row = 0; row < h; row++) {
            reader.take(rowBytes);
            byte[] b = reader.bytes();
            int at = reader.offset(rowBytes);
            int offset = (y + row) * width + x;
            for (int col = 0; col < w; col++) {
                pixels[offset + col] = (b[at + (col >>> 3)] & (0x80 >>> (col & 7))) != 0 ? foreground : background;
            }
        }
    }

    private void paletteRuns(int[] pixels, int x, int y, int w, int h) throws ScreenCodecException {
        int count = reader.u8();
        if (count < 3 || count > RectPacker.MAX_PALETTE) {
            throw new ScreenCodecException("A palette of " + count + " colours is not 3.." + RectPacker.MAX_PALETTE);
        }
        for (int i = 0; i < count; i++) {
            palette[i] = rgb();
        }
        int total = w * h;
        int done = 0;
        while (done < total) {
            int index = reader.u8();
            int run = 1;
            if ((index & 0x80) != 0) {
                index &= 0x7F;
                int more;
                do {
                    more = reader.u8();
                    run += more;
                } while (more == 255 && run <= total);
            }
            if (index >= count) {
                throw new ScreenCodecException("A run refers to colour " + index + " of a palette of " + count);
            }
            if (run > total - done) {
                throw new ScreenCodecException("A run of " + run + " pixels runs past its rectangle");
            }
            int colour = palette[index];
            int col = done / h;
            int at = (y + done - col * h) * width + x + col;
            int columnEnd = (y + h) * width + x + col;
            done += run;
            while (run > 0) {
                pixels[at] = colour;
                run--;
                at += width;
                if (at >= columnEnd && run > 0) {
                    col++;
                    at = y * width + x + col;
                    columnEnd++;
                }
            }
        }
    }

    private void jpeg(int[] pixels, int x, int y, int w, int h) throws ScreenCodecException {
        int length = reader.u8() << 16 | reader.u16();
        if (length < 1 || length > JpegRectCodec.MAX_BYTES) {
            throw new ScreenCodecException("A JPEG rectangle of " + length + " bytes is not 1.." + JpegRectCodec.MAX_BYTES);
        }
        if (jpegBytes == null) {
            jpegBytes = new byte[JpegRectCodec.MAX_BYTES];
        }
        reader.read(jpegBytes, length);
        jpeg.unpack(jpegBytes, length, pixels, width, x, y, w, h);
    }

    private void raw(int[] pixels, int x, int y, int w, int h) throws ScreenCodecException {
        int rowBytes = w * 3;
        for (int row = 0; row < h; row++) {
            reader.take(rowBytes);
            byte[] b = reader.bytes();
            int at = reader.offset(rowBytes);
            int offset = (y + row) * width + x;
            int r = 0;
            int g = 0;
            int bl = 0;
            for (int col = 0; col < w; col++) {
                r = (r + b[at++]) & 0xFF;
                g = (g + b[at++]) & 0xFF;
                bl = (bl + b[at++]) & 0xFF;
                pixels[offset + col] = 0xFF000000 | r << 16 | g << 8 | bl;
            }
        }
    }
}
