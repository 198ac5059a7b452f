package org.tandem.shared.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * A one-way byte pipe in memory with no regard for which threads use it (unlike
 * {@code PipedInputStream}, which breaks when a writing thread ends). Closing it ends the
 * reader's input once and fails the writer.
 */
final class MemoryStream {
    private static final long READ_LIMIT_SECONDS = 30;

    private final byte[] buffer = new byte[1 << 20];
    private int start;
    private int size;
    private boolean closed;

    final InputStream in = new InputStream() {
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
            synchronized (MemoryStream.this) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READ_LIMIT_SECONDS);
                while (size == 0 && !closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new IOException("Nothing to read for " + READ_LIMIT_SECONDS + " s");
                    }
                    waitNanos(left);
                }
                if (size == 0) {
                    return -1;
                }
                int n = Math.min(len, Math.min(size, buffer.length - start));
                System.arraycopy(buffer, start, b, off, n);
                start = (start + n) % buffer.length;
                size -= n;
                MemoryStream.this.notifyAll();
                return n;
            }
        }

        @Override
        public void close() {
            MemoryStream.this.close();
        }
    };

    final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            synchronized (MemoryStream.this) {
                for (int i = 0; i < len; i++) {
                    while (size == buffer.length && !closed) {
                        waitNanos(TimeUnit.MILLISECONDS.toNanos(100));
                    }
                    if (closed) {
                        throw new IOException("Pipe closed");
                    }
                    buffer[(start + size) % buffer.length] = b[off + i];
                    size++;
                }
                MemoryStream.this.notifyAll();
            }
        }

        @Override
        public void close() {
            MemoryStream.this.close();
        }
    };

    synchronized void close() {
        closed = true;
        size = 0;
        notifyAll();
    }

    private void waitNanos(long nanos) throws IOException {
        try {
            TimeUnit.NANOSECONDS.timedWait(this, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("Interrupted");
        }
    }
}
