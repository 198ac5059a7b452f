package org.tandem.relay.pipe;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.sshd.common.io.IoOutputStream;
import org.apache.sshd.common.io.IoWriteFuture;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * Writes to one channel without a thread: what is handed to it is queued and written with
 * asynchronous SSH writes, one at a time (SSHD allows no more), whatever is queued meanwhile
 * merged into the next. A write completes only when the channel's remote window had room, so
 * each chunk's {@code written} callback is where its sender may be let to send more: nothing is
 * queued beyond what the senders' own SSH windows allow.
 */
public final class ChannelWriter {
    /** Merged writes are at most this big, a few SSH packets. */
    private static final int MAX_MERGED = 64 * 1024;

    /** What the channel's owner does with the end of its output and with a failure. */
    public interface Target {
        /** Sends SSH EOF: nothing more will come on this channel. */
        void endOfData() throws IOException;

        /** The channel cannot be written to any more. */
        void failed(IOException e);
    }

    private record Chunk(byte[] data, Runnable written) {}

    private final IoOutputStream out;
    private final Target target;
    private final ArrayDeque<Chunk> queue = new ArrayDeque<>();
    private long queuedBytes;
    private boolean writing;
    private boolean finishing;
    private boolean finished;
    private boolean broken;
    private Runnable drained;

    public ChannelWriter(IoOutputStream out, Target target) {
        this.out = Objects.requireNonNull(out, "out");
        this.target = Objects.requireNonNull(target, "target");
    }

    /** Queues bytes that this writer now owns; {@code written} runs once they went out. */
    public void write(byte[] data, Runnable written) {
        synchronized (this) {
            if (broken || finishing) {
                return;
            }
            queue.add(new Chunk(data, written));
            queuedBytes += data.length;
            if (writing) {
                return;
            }
            writing = true;
        }
        writeNext();
    }

    /** Sends SSH EOF once everything queued went out. */
    public void finish() {
        synchronized (this) {
            if (finishing || broken) {
                return;
            }
            finishing = true;
            if (writing) {
                return;
            }
        }
        sendEndOfData();
    }

    /** Runs {@code action} once everything queued went out (at once when nothing is), or the channel broke. */
    public void whenDrained(Runnable action) {
        synchronized (this) {
            if (writing && !broken) {
                Runnable before = drained;
                drained = before == null ? action : () -> {
                    before.run();
                    action.run();
                };
                return;
            }
        }
        action.run();
    }

    /** Bytes queued and not yet written. */
    public synchronized long queuedBytes() {
        return queuedBytes;
    }

    private void writeNext() {
        List<Chunk> batch = new ArrayList<>();
        byte[] merged = null;
        boolean eof = false;
        Runnable action = null;
        synchronized (this) {
            int size = 0;
            while (!queue.isEmpty() && (batch.isEmpty() || size + queue.peek().data().length <= MAX_MERGED)) {
                Chunk chunk = queue.poll();
                batch.add(chunk);
                size += chunk.data().length;
            }
            if (batch.isEmpty()) {
                writing = false;
                action = drained;
                drained = null;
                eof = finishing && !finished;
            } else {
                merged = batch.size() == 1 ? batch.get(0).data() : merge(batch, size);
            }
        }
        if (merged == null) {
            if (eof) {
                sendEndOfData();
            }
            if (action != null) {
                action.run();
            }
            return;
        }
        IoWriteFuture future;
        try {
            future = out.writeBuffer(new ByteArrayBuffer(merged));
        } catch (IOException | RuntimeException e) {
            fail(e instanceof IOException io ? io : new IOException(e));
            return;
        }
        int length = merged.length;
        future.addListener(f -> {
            if (!f.isWritten()) {
                Throwable cause = f.getException();
                fail(cause instanceof IOException io ? io : new IOException("write failed", cause));
                return;
            }
            synchronized (this) {
                queuedBytes -= length;
            }
            for (Chunk chunk : batch) {
                chunk.written().run();
            }
            writeNext();
        });
    }

    private void sendEndOfData() {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
        }
        try {
            target.endOfData();
        } catch (IOException e) {
            fail(e);
        }
    }

    private void fail(IOException e) {
        Runnable action;
        synchronized (this) {
            if (broken) {
                return;
            }
            broken = true;
            writing = false;
            queue.clear();
            queuedBytes = 0;
            action = drained;
            drained = null;
        }
        target.failed(e);
        if (action != null) {
            action.run();
        }
    }

    private static byte[] merge(List<Chunk> batch, int size) {
        byte[] merged = new byte[size];
        int offset = 0;
        for (Chunk chunk : batch) {
            System.arraycopy(chunk.data(), 0, merged, offset, chunk.data().length);
            offset += chunk.data().length;
        }
        return merged;
    }
}
