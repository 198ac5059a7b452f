package org.tandem.relay.pipe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Joins two ends so that what one end's input yields goes to the other end's output, both ways.
 * Each direction is a blocking copy run by the thread that owns its source end, through a buffer
 * of fixed size: while the destination cannot take more, the copy stops reading, the source's SSH
 * window fills up, and the sender is held back. Nothing queues up in between.
 *
 * <p>The end of an input is passed on as the end of the other output (a half close). The pipe
 * closes both ends when both directions have ended, when one end is gone and everything it sent
 * has been passed on, or when a copy fails.
 */
public final class BytePipe {
    /** One side of the pipe, e.g. an SSH channel. */
    public interface End {
        InputStream input();

        OutputStream output();

        /** Signals the end of data on the output (SSH EOF) but keeps the input open. */
        void finishOutput() throws IOException;

        /** Ends this side completely; called at most once by the pipe. */
        void close();
    }

    private final Direction forward;
    private final Direction backward;
    private final int bufferSize;
    private final AtomicBoolean closed = new AtomicBoolean();

    public BytePipe(End first, End second, int bufferSize) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first == second) {
            throw new IllegalArgumentException("A pipe needs two different ends");
        }
        if (bufferSize < 1) {
            throw new IllegalArgumentException("The buffer size must be positive, got " + bufferSize);
        }
        Side one = new Side(first);
        Side other = new Side(second);
        this.forward = new Direction(one, other);
        this.backward = new Direction(other, one);
        this.bufferSize = bufferSize;
    }

    /**
     * Copies from {@code from} to the other end until {@code from}'s input ends; blocks the calling
     * thread that long.
     *
     * @param firstByte a byte already read from {@code from}'s input, or -1 for none
     */
    public void pump(End from, int firstByte) {
        Direction direction = directionFrom(from);
        OutputStream target = direction.to.end.output();
        try {
            if (firstByte >= 0) {
                target.write(firstByte);
                target.flush();
                direction.bytes.incrementAndGet();
            }
            byte[] buffer = new byte[bufferSize];
            InputStream source = from.input();
            int n;
            while ((n = source.read(buffer)) >= 0) {
                if (n > 0) {
                    target.write(buffer, 0, n);
                    target.flush();
                    direction.bytes.addAndGet(n);
                }
            }
        } catch (IOException e) {
            if (!direction.to.gone.get()) {
                close();
                return;
            }
            // the destination left; what it can no longer receive is not an error
        }
        try {
            direction.to.end.finishOutput();
        } catch (IOException e) {
            // the destination is gone already
        }
        direction.finished.set(true);
        closeWhenDone();
    }

    /**
     * Tells the pipe that an end's connection is gone: it receives nothing more, and once
     * everything it sent has been passed on, the other end is closed too.
     */
    public void gone(End end) {
        sideOf(end).gone.set(true);
        closeWhenDone();
    }

    /** Closes both ends now; safe to call more than once. */
    public void close() {
        if (closed.compareAndSet(false, true)) {
            forward.from.end.close();
            backward.from.end.close();
        }
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Bytes passed on so far from {@code from} to the other end. */
    public long bytesFrom(End from) {
        return directionFrom(from).bytes.get();
    }

    private void closeWhenDone() {
        boolean bothFinished = forward.finished.get() && backward.finished.get();
        boolean firstLeftAndDelivered = forward.from.gone.get() && forward.finished.get();
        boolean secondLeftAndDelivered = backward.from.gone.get() && backward.finished.get();
        if (bothFinished || firstLeftAndDelivered || secondLeftAndDelivered) {
            close();
        }
    }

    private Direction directionFrom(End from) {
        if (from == forward.from.end) {
            return forward;
        }
        if (from == backward.from.end) {
            return backward;
        }
        throw new IllegalArgumentException("Not an end of this pipe: " + from);
    }

    private Side sideOf(End end) {
        return directionFrom(end).from;
    }

    private static final class Direction {
        final Side from;
        final Side to;
        final AtomicBoolean finished = new AtomicBoolean();
        final AtomicLong bytes = new AtomicLong();

        Direction(Side from, Side to) {
            this.from = from;
            this.to = to;
        }
    }

    private static final class Side {
        final End end;
        final AtomicBoolean gone = new AtomicBoolean();

        Side(End end) {
            this.end = end;
        }
    }
}
