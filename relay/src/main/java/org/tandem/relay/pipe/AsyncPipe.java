package org.tandem.relay.pipe;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Joins two channels so that what arrives on one is written to the other, both ways, with no
 * thread of its own. Bytes received on one end are handed to the other end's
 * {@link ChannelWriter}; the receiving end's SSH window is released only once they have been
 * written on. So a slow reader holds its writer back through SSH flow control, and the relay
 * holds at most one window of bytes per direction.
 *
 * <p>The end of one end's input is passed on as the end of the other's output (a half close).
 * When one end goes away, the other is closed once what was sent to it went out.
 */
public final class AsyncPipe {
    /** One side of the pipe: an SSH channel. */
    public interface End {
        ChannelWriter writer();

        /** Lets the peer of this end send {@code bytes} more (an SSH window adjust). */
        void releaseWindow(int bytes);

        /** Ends this side; called at most once by the pipe. */
        void closeEnd();
    }

    private final Side first;
    private final Side second;
    private final AtomicBoolean closed = new AtomicBoolean();

    public AsyncPipe(End first, End second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first == second) {
            throw new IllegalArgumentException("A pipe needs two different ends");
        }
        this.first = new Side(first);
        this.second = new Side(second);
    }

    /** Passes bytes received on {@code from} to the other end; the caller's array is copied. */
    public void forward(End from, byte[] data, int offset, int length) {
        if (length <= 0 || closed.get()) {
            return;
        }
        Side source = side(from);
        Side target = other(source);
        byte[] copy = new byte[length];
        System.arraycopy(data, offset, copy, 0, length);
        source.bytes.addAndGet(length);
        target.end.writer().write(copy, () -> from.releaseWindow(length));
    }

    /** {@code from} sent SSH EOF: the other end gets EOF once everything before it went out. */
    public void inputEnded(End from) {
        Side source = side(from);
        source.ended.set(true);
        other(source).end.writer().finish();
        if (first.ended.get() && second.ended.get()) {
            closeWhenDrained();
        }
    }

    /** {@code end} went away: the other end is closed once what was sent to it went out. */
    public void gone(End end) {
        Side source = side(end);
        source.gone.set(true);
        Side target = other(source);
        target.end.writer().whenDrained(this::close);
    }

    /** Closes both ends now; safe to call more than once. */
    public void close() {
        if (closed.compareAndSet(false, true)) {
            first.end.closeEnd();
            second.end.closeEnd();
        }
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Bytes received from {@code from} so far. */
    public long bytesFrom(End from) {
        return side(from).bytes.get();
    }

    /** The other end of {@code end}. */
    public End peer(End end) {
        return other(side(end)).end;
    }

    private void closeWhenDrained() {
        first.end.writer().whenDrained(() -> second.end.writer().whenDrained(this::close));
    }

    private Side side(End end) {
        if (end == first.end) {
            return first;
        }
        if (end == second.end) {
            return second;
        }
        throw new IllegalArgumentException("Not an end of this pipe: " + end);
    }

    private Side other(Side side) {
        return side == first ? second : first;
    }

    private static final class Side {
        final End end;
        final AtomicLong bytes = new AtomicLong();
        final AtomicBoolean ended = new AtomicBoolean();
        final AtomicBoolean gone = new AtomicBoolean();

        Side(End end) {
            this.end = end;
        }
    }
}
