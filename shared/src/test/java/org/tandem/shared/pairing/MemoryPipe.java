package org.tandem.shared.pairing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A duplex byte pipe in memory, standing in for the relay's pipe: what one end writes, the other
 * reads. Every byte that passes is kept, so tests can look at what a relay would see. Reads give up
 * after a timeout instead of hanging a broken test.
 */
final class MemoryPipe {
    private static final long READ_TIMEOUT_SECONDS = 20;

    /** One end of the pipe. */
    record End(InputStream in, OutputStream out) {}

    private final Channel toSecond = new Channel();
    private final Channel toFirst = new Channel();

    End first() {
        return new End(toFirst.source, toSecond.sink);
    }

    End second() {
        return new End(toSecond.source, toFirst.sink);
    }

    /** Everything that crossed the pipe so far, both ways. */
    byte[] seenOnTheWire() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(toSecond.seen());
        all.writeBytes(toFirst.seen());
        return all.toByteArray();
    }

    /** An end whose writes come back to its own reads: a relay reflecting every message. */
    static End mirror() {
        Channel loop = new Channel();
        return new End(loop.source, loop.sink);
    }

    private static final class Channel {
        private static final byte[] END_OF_STREAM = new byte[0];

        private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
        private volatile boolean closed;

        synchronized byte[] seen() {
            return seen.toByteArray();
        }

        final OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (closed) {
                    throw new IOException("Pipe closed");
                }
                if (len == 0) {
                    return;
                }
                byte[] chunk = Arrays.copyOfRange(b, off, off + len);
                synchronized (Channel.this) {
                    seen.writeBytes(chunk);
                }
                chunks.add(chunk);
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    chunks.add(END_OF_STREAM);
                }
            }
        };

        final InputStream source = new InputStream() {
            private byte[] current = new byte[0];
            private int position;
            private boolean ended;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                while (!ended && position == current.length) {
                    byte[] next;
                    try {
                        next = chunks.poll(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("Interrupted while reading the pipe");
                    }
                    if (next == null) {
                        throw new IOException("Nothing arrived on the pipe for " + READ_TIMEOUT_SECONDS + " s");
                    }
                    if (next == END_OF_STREAM) {
                        ended = true;
                    } else {
                        current = next;
                        position = 0;
                    }
                }
                if (ended) {
                    return -1;
                }
                int n = Math.min(len, current.length - position);
                System.arraycopy(current, position, b, off, n);
                position += n;
                return n;
            }
        };
    }
}
