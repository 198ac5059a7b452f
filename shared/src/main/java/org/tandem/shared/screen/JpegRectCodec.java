package org.tandem.shared.screen;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The lossy rectangle kind: a photographic region as a baseline JPEG, through the JDK's own codec.
 * Only large regions of many colours and few repeated pixels qualify, so text and interface, whose
 * pixels repeat their neighbours, always stay exact.
 */
final class JpegRectCodec {
    /** A region smaller than this many pixels stays exact: the JPEG headers would eat the gain. */
    static final int MIN_PIXELS = 64 * 64;
    /** Largest JPEG a rectangle may carry: no more than the same pixels sent exact, 3 bytes each. */
    static final int MAX_BYTES = 3 * TileScreenEncoder.MAX_TILE_SIDE * TileScreenEncoder.MAX_TILE_SIDE;
    /** Decoded video has at least one colour for this many pixels; text and interface far fewer. */
    static final int PIXELS_PER_COLOUR = 16;

    private final ByteArrayOutputStream jpeg = new ByteArrayOutputStream(MAX_BYTES);
    private BufferedImage image;
    private ImageWriter writer;
    private ImageReader reader;
    private int[] seen = new int[0];
    private boolean[] seenUsed = new boolean[0];

    /**
     * Whether the region looks like a photograph or video: at least {@link #MIN_PIXELS} pixels, and
     * either fewer than a quarter of them repeat the pixel to their left or above, in more colours
     * than a palette holds; or fewer than two thirds repeat, in at least one colour for every
     * {@value #PIXELS_PER_COLOUR} pixels. The second is decoded video: its codec leaves flat blocks
     * whose pixels repeat, between which it has hundreds of colours where text and interface have a
     * few dozen. Flat areas, gradients along one axis, and text (its background repeats) fail both.
     */
    boolean isPhotographic(int[] argb, int stride, int x, int y, int w, int h, RectPacker packer) {
        if (w * h < MIN_PIXELS) {
            return false;
        }
        int tooMany = (w * h * 2 + 2) / 3; // two thirds, rounded up
        int repeats = 0;
        for (int row = y; row < y + h; row++) {
            int offset = row * stride + x;
            for (int i = offset; i < offset + w; i++) {
                int p = argb[i];
                if ((i > offset && p == argb[i - 1] || row > y && p == argb[i - stride]) && ++repeats >= tooMany) {
                    return false;
                }
            }
        }
        if (repeats * 4 < w * h) {
            return packer.countColours(argb, stride, x, y, w, h) > RectPacker.MAX_PALETTE;
        }
        return hasColours(argb, stride, x, y, w, h, w * h / PIXELS_PER_COLOUR);
    }

    /** Whether the region holds at least {@code wanted} distinct colours (counted in an open hash set, up to that many). */
    private boolean hasColours(int[] argb, int stride, int x, int y, int w, int h, int wanted) {
        int size = Integer.highestOneBit(Math.max(16, wanted * 2)) << 1;
        if (seen.length < size) {
            seen = new int[size];
            seenUsed = new boolean[size];
        } else {
            java.util.Arrays.fill(seenUsed, 0, size, false);
        }
        int mask = size - 1;
        int count = 0;
        for (int row = y; row < y + h; row++) {
            int offset = row * stride + x;
            for (int i = offset; i < offset + w; i++) {
                int p = argb[i];
                int slot = (p * 0x9E3779B1) >>> 7 & mask;
                while (seenUsed[slot] && seen[slot] != p) {
                    slot = slot + 1 & mask;
                }
                if (!seenUsed[slot]) {
                    seenUsed[slot] = true;
                    seen[slot] = p;
                    if (++count >= wanted) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Writes the region as a JPEG rectangle of the given quality when that takes fewer bytes than
     * the pixels themselves; false (and nothing written) otherwise.
     */
    boolean pack(int[] argb, int stride, int x, int y, int w, int h, float quality, ByteSink out) {
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        }
        image.setRGB(0, 0, w, h, argb, y * stride + x, stride);
        jpeg.reset();
        ImageWriter jpegWriter = writer();
        ImageWriteParam param = jpegWriter.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(jpeg)) {
            jpegWriter.setOutput(stream);
            jpegWriter.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (jpeg.size() >= 3 * w * h) {
            return false;
        }
        RectPacker.header(out, RectKind.JPEG, x, y, w, h);
        out.u24(jpeg.size());
        int at = out.reserve(jpeg.size());
        System.arraycopy(jpeg.toByteArray(), 0, out.array(), at, jpeg.size());
        return true;
    }

    /**
     * Decodes a JPEG that must be exactly {@code w}×{@code h} into the rectangle at x, y of
     * {@code pixels}; anything else, or a JPEG that does not decode, is refused before a pixel is
     * written.
     */
    void unpack(byte[] data, int length, int[] pixels, int stride, int x, int y, int w, int h) throws ScreenCodecException {
        if (length < 4 || (data[length - 2] & 0xFF) != 0xFF || (data[length - 1] & 0xFF) != 0xD9) {
            throw new ScreenCodecException("A JPEG rectangle in a screen update is cut short");
        }
        ImageReader jpegReader = reader();
        String[] warning = new String[1];
        jpegReader.removeAllIIOReadWarningListeners();
        jpegReader.addIIOReadWarningListener((source, message) -> warning[0] = message);
        BufferedImage decoded;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data, 0, length))) {
            jpegReader.setInput(in, true, true);
            int imageWidth = jpegReader.getWidth(0);
            int imageHeight = jpegReader.getHeight(0);
            if (imageWidth != w || imageHeight != h) {
                throw new ScreenCodecException("A " + w + "×" + h + " rectangle carries a " + imageWidth + "×"
                        + imageHeight + " JPEG");
            }
            decoded = jpegReader.read(0);
            if (warning[0] != null) { // the JDK's reader fills in what is missing or damaged, with a warning
                throw new ScreenCodecException("A JPEG rectangle in a screen update is damaged: " + warning[0]);
            }
        } catch (IOException | RuntimeException e) {
            throw new ScreenCodecException("A JPEG rectangle in a screen update does not decode: its data is damaged", e);
        } finally {
            jpegReader.setInput(null);
        }
        if (decoded.getWidth() != w || decoded.getHeight() != h) {
            throw new ScreenCodecException("A " + w + "×" + h + " rectangle decoded to a " + decoded.getWidth() + "×"
                    + decoded.getHeight() + " picture");
        }
        decoded.getRGB(0, 0, w, h, pixels, y * stride + x, stride);
        for (int row = y; row < y + h; row++) {
            for (int i = row * stride + x; i < row * stride + x + w; i++) {
                pixels[i] |= 0xFF000000;
            }
        }
    }

    private ImageWriter writer() {
        if (writer == null) {
            writer = first(ImageIO.getImageWritersByFormatName("jpeg"));
        }
        return writer;
    }

    private ImageReader reader() {
        if (reader == null) {
            reader = first(ImageIO.getImageReadersByFormatName("jpeg"));
        }
        return reader;
    }

    private static <T> T first(Iterator<T> codecs) {
        if (!codecs.hasNext()) {
            throw new IllegalStateException("This Java runtime has no JPEG codec");
        }
        return codecs.next();
    }
}
