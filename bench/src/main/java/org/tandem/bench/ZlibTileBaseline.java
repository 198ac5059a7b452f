package org.tandem.bench;

import java.util.Arrays;
import java.util.zip.Deflater;
import org.tandem.shared.screen.Frame;

/**
 * The yardstick the screen codec is compared with, an approximation of VNC's ZRLE: every 64×64 tile
 * that changed is sent as its RGB bytes through one zlib stream (level 6) that lasts the whole
 * session, flushed once per update; each rectangle costs RFB's 12-byte header, each update 8 bytes.
 */
final class ZlibTileBaseline {
    private static final int TILE = 64;
    private static final int RECT_HEADER = 12;
    private static final int UPDATE_HEADER = 4 + 4;

    private final Deflater deflater = new Deflater(6);
    private final byte[] out = new byte[1 << 16];
    private Frame previous;

    /** Bytes an update bringing the viewer from the previous frame to this one takes; 0 when nothing changed. */
    long encode(Frame frame) {
        boolean whole = previous == null || previous.width() != frame.width() || previous.height() != frame.height();
        long bytes = 0;
        int rects = 0;
        byte[] rgb = new byte[TILE * TILE * 3];
        for (int y = 0; y < frame.height(); y += TILE) {
            int h = Math.min(TILE, frame.height() - y);
            for (int x = 0; x < frame.width(); x += TILE) {
                int w = Math.min(TILE, frame.width() - x);
                if (!whole && !changed(frame, x, y, w, h)) {
                    continue;
                }
                int i = 0;
                for (int row = y; row < y + h; row++) {
                    for (int col = x; col < x + w; col++) {
                        int p = frame.argb()[row * frame.width() + col];
                        rgb[i++] = (byte) (p >>> 16);
                        rgb[i++] = (byte) (p >>> 8);
                        rgb[i++] = (byte) p;
                    }
                }
                deflater.setInput(rgb, 0, i);
                while (!deflater.needsInput()) {
                    bytes += deflater.deflate(out, 0, out.length, Deflater.NO_FLUSH);
                }
                rects++;
            }
        }
        previous = frame;
        if (rects == 0) {
            return 0;
        }
        int n;
        do {
            n = deflater.deflate(out, 0, out.length, Deflater.SYNC_FLUSH);
            bytes += n;
        } while (n == out.length);
        return bytes + (long) rects * RECT_HEADER + UPDATE_HEADER;
    }

    private boolean changed(Frame frame, int x, int y, int w, int h) {
        for (int row = y; row < y + h; row++) {
            int from = row * frame.width() + x;
            if (Arrays.mismatch(frame.argb(), from, from + w, previous.argb(), from, from + w) >= 0) {
                return true;
            }
        }
        return false;
    }
}
