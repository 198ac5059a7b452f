package org.tandem.bench.desktop;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A screenshot in X's window dump format ({@code xwd -root -silent}) read into RGB pixels, for a
 * display this process has no connection to. Only the forms Xvfb at depth 24 gives are accepted:
 * Z pixmap, 24 or 32 bits a pixel, 8 bits a channel, true or direct colour.
 */
final class XwdImage {
    private static final int HEADER_FIELDS = 25;
    private static final int Z_PIXMAP = 2;
    private static final int TRUE_COLOR = 4;
    private static final int DIRECT_COLOR = 5;

    private XwdImage() {}

    static ScreenPixels read(byte[] dump) throws IOException {
        if (dump.length < HEADER_FIELDS * 4) {
            throw new IOException("Not a window dump: " + dump.length + " bytes");
        }
        ByteBuffer header = ByteBuffer.wrap(dump).order(ByteOrder.BIG_ENDIAN);
        int headerSize = header.getInt(0);
        int format = header.getInt(8);
        int width = header.getInt(16);
        int height = header.getInt(20);
        int byteOrder = header.getInt(28);
        int bitsPerPixel = header.getInt(44);
        int bytesPerLine = header.getInt(48);
        int visualClass = header.getInt(52);
        int redMask = header.getInt(56);
        int greenMask = header.getInt(60);
        int blueMask = header.getInt(64);
        int colours = header.getInt(76);
        int bytesPerPixel = bitsPerPixel / 8;
        if (format != Z_PIXMAP || (bitsPerPixel != 32 && bitsPerPixel != 24) || bytesPerLine < width * bytesPerPixel
                || redMask != 0xFF0000 || greenMask != 0xFF00 || blueMask != 0xFF
                || (visualClass != TRUE_COLOR && visualClass != DIRECT_COLOR)) {
            throw new IOException("Only 24- and 32-bit true-colour window dumps are read (format " + format + ", "
                    + bitsPerPixel + " bits a pixel, visual class " + visualClass + ")");
        }
        long offset = (long) headerSize + colours * 12L;
        if (width <= 0 || height <= 0 || offset + (long) bytesPerLine * height > dump.length) {
            throw new IOException("The window dump is cut short");
        }
        boolean leastFirst = byteOrder == 0;
        int[][] channels = visualClass == DIRECT_COLOR ? channelMaps(dump, headerSize, colours) : null;
        int[] rgb = new int[width * height];
        for (int y = 0; y < height; y++) {
            int row = (int) offset + y * bytesPerLine;
            for (int x = 0; x < width; x++) {
                int pixel = pixel(dump, row + x * bytesPerPixel, bytesPerPixel, leastFirst) & 0xFFFFFF;
                rgb[y * width + x] = channels == null ? pixel : channels[0][pixel >>> 16] << 16
                        | channels[1][(pixel >>> 8) & 0xFF] << 8 | channels[2][pixel & 0xFF];
            }
        }
        return new ScreenPixels(width, height, rgb);
    }

    private static int pixel(byte[] dump, int at, int bytes, boolean leastFirst) {
        int value = 0;
        for (int i = 0; i < bytes; i++) {
            int b = dump[at + i] & 0xFF;
            value |= leastFirst ? b << (8 * i) : b << (8 * (bytes - 1 - i));
        }
        return value;
    }

    /**
     * A direct-colour screen's three channel maps, from the dump's colour map (entries of 12
     * bytes: pixel, red, green, blue as 16-bit values, flags, padding).
     */
    private static int[][] channelMaps(byte[] dump, int headerSize, int colours) throws IOException {
        if (colours < 256) {
            throw new IOException("A direct-colour window dump needs 256 colour map entries, not " + colours);
        }
        ByteBuffer map = ByteBuffer.wrap(dump, headerSize, colours * 12).order(ByteOrder.BIG_ENDIAN);
        int[][] channels = new int[3][256];
        for (int i = 0; i < 256; i++) {
            int entry = headerSize + i * 12;
            channels[0][i] = (map.getShort(entry + 4) & 0xFFFF) >>> 8;
            channels[1][i] = (map.getShort(entry + 6) & 0xFFFF) >>> 8;
            channels[2][i] = (map.getShort(entry + 8) & 0xFFFF) >>> 8;
        }
        return channels;
    }
}
