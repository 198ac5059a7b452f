package org.tandem.shared.screen;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the rectangles of one update after another out of the session's zstd stream. Each update's
 * payload is fed in whole; reading past what it expands to is an error, as is expanding to more than
 * {@link UpdateWriter#MAX_RAW_BYTES} or a zstd window larger than {@link UpdateWriter#WINDOW_LOG}.
 */
final class PayloadReader implements AutoCloseable {
    private final Feed feed = new Feed();
    private final ZstdInputStreamNoFinalizer zstd;
    private final java.lang.ref.Cleaner.Cleanable cleanable;
    private final byte[] buffer = new byte[1 << 15];
    private int position;
    private int limit;
    private long expanded;

    PayloadReader() throws ScreenCodecException {
        try {
            zstd = new ZstdInputStreamNoFinalizer(feed);
            zstd.setContinuous(true);
            zstd.setLongMax(UpdateWriter.WINDOW_LOG);
            cleanable = NativeCleaner.closeWhenGone(this, zstd);
        } catch (IOException e) {
            throw new ScreenCodecException("The screen decompressor cannot start", e);
        }
    }

    /** The next update's payload; what the previous one left unread is an error. */
    void begin(byte[] payload) {
        feed.set(payload);
        expanded = 0;
    }

    /** Checks that the update held nothing after its rectangles. */
    void end() throws ScreenCodecException {
        if (position < limit || fill() > 0) {
            throw new ScreenCodecException("A screen update carries more than its rectangles");
        }
        if (feed.remaining() > 0) {
            throw new ScreenCodecException("A screen update carries bytes after its compressed rectangles");
        }
    }

    int u8() throws ScreenCodecException {
        if (position == limit) {
            require(1);
        }
        return buffer[position++] & 0xFF;
    }

    int u16() throws ScreenCodecException {
        return u8() << 8 | u8();
    }

    /** The next {@code count} bytes; valid in {@link #bytes()} from {@link #offset()} until the next read. */
    void take(int count) throws ScreenCodecException {
        if (limit - position < count) {
            require(count);
        }
        position += count;
    }

    /** Copies the next {@code count} bytes into {@code target}, however many that is. */
    void read(byte[] target, int count) throws ScreenCodecException {
        int done = 0;
        while (done < count) {
            int piece = Math.min(count - done, buffer.length);
            take(piece);
            System.arraycopy(buffer, position - piece, target, done, piece);
            done += piece;
        }
    }

    byte[] bytes() {
        return buffer;
    }

    /** Where the bytes of the last {@link #take} begin. */
    int offset(int count) {
        return position - count;
    }

    /** Largest {@link #take} allowed. */
    int capacity() {
        return buffer.length;
    }

    private void require(int count) throws ScreenCodecException {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < count) {
            int n = fill();
            if (n <= 0) {
                throw new ScreenCodecException("A screen update ends in the middle of a rectangle");
            }
        }
    }

    private int fill() throws ScreenCodecException {
        int n;
        try {
            n = zstd.read(buffer, limit, buffer.length - limit);
        } catch (IOException | RuntimeException e) {
            throw new ScreenCodecException("A screen update does not decompress: its data is damaged", e);
        }
        if (n > 0) {
            limit += n;
            expanded += n;
            if (expanded > UpdateWriter.MAX_RAW_BYTES) {
                throw new ScreenCodecException("A screen update expands to more than " + UpdateWriter.MAX_RAW_BYTES + " bytes");
            }
        }
        return n;
    }

    @Override
    public void close() {
        cleanable.clean();
    }

    /** The current update's payload, offered to zstd as an input stream that ends with it. */
    private static final class Feed extends InputStream {
        private byte[] data = new byte[0];
        private int at;

        void set(byte[] payload) {
            data = payload;
            at = 0;
        }

        int remaining() {
            return data.length - at;
        }

        @Override
        public int read() {
            return at < data.length ? data[at++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at >= data.length) {
                return -1;
            }
            int n = Math.min(len, data.length - at);
            System.arraycopy(data, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public int available() {
            return data.length - at;
        }
    }
}
