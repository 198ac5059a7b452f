package org.tandem.shared.screen;

import java.util.Arrays;

/** A growing byte array written in big-endian, reused from update to update. */
final class ByteSink {
    private byte[] bytes = new byte[1 << 16];
    private int size;

    void u8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void u16(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void u24(int value) {
        ensure(3);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void rgb(int argb) {
        ensure(3);
        bytes[size++] = (byte) (argb >>> 16);
        bytes[size++] = (byte) (argb >>> 8);
        bytes[size++] = (byte) argb;
    }

    void append(ByteSink other) {
        ensure(other.size);
        System.arraycopy(other.bytes, 0, bytes, size, other.size);
        size += other.size;
    }

    /** Makes room for {@code count} more bytes and returns where they start; the caller fills them. */
    int reserve(int count) {
        ensure(count);
        int at = size;
        size += count;
        return at;
    }

    byte[] array() {
        return bytes;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
