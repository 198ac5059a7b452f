package org.tandem.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One direction of a {@link ProxiedConnection}: a reader takes bytes from one socket as they come,
 * applies the direction's {@link FaultPlan}, and queues them for the time the link's shape lets them
 * arrive; a writer puts them on the other socket when that time comes. The queue holds a bounded
 * number of bytes, as a router's buffer does, so a sender faster than the link is slowed by TCP.
 */
final class ProxyPump {
    /** A router's buffer: about one second at 256 kbit/s. */
    static final int BUFFER_BYTES = 32 * 1024;
    /** The most a shaped link carries in one segment, as Ethernet's MSS. */
    private static final int SEGMENT_BYTES = 1448;
    private static final byte[] END = new byte[0];

    private final InputStream from;
    private final OutputStream to;
    private final FaultPlan plan;
    private final FlowGate flow;
    private final Runnable closeConnection;
    private final DelayQueue<Timed> queue = new DelayQueue<>();
    private final Semaphore buffer = new Semaphore(BUFFER_BYTES);
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private long linkFreeAt = System.nanoTime();
    private long lastArrival = linkFreeAt;
    private long order;

    ProxyPump(InputStream from, OutputStream to, FaultPlan plan, FlowGate flow, Runnable closeConnection) {
        this.from = from;
        this.to = to;
        this.plan = plan;
        this.flow = flow;
        this.closeConnection = closeConnection;
    }

    void start(String name) {
        start(this::readLoop, name + "-read");
        start(this::writeLoop, name + "-write");
    }

    /** Stops both threads wherever they wait; the sockets are closed by the connection. */
    void stop() {
        threads.forEach(Thread::interrupt);
    }

    private void start(Runnable loop, String name) {
        Thread thread = new Thread(loop, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void readLoop() {
        byte[] buf = new byte[BUFFER_BYTES];
        try {
            while (true) {
                flow.awaitOpen();
                int n = from.read(buf, 0, plan.shape().bitsPerSecond() == 0 ? buf.length : SEGMENT_BYTES);
                LinkShape shape = plan.shape(); // as it is now that the bytes came, even if it changed during the read
                if (n < 0) {
                    queue.put(new Timed(END, null, arrival(LinkShape.UNSHAPED, 0), ++order));
                    return;
                }
                for (FaultPlan.Segment segment : plan.segmentsFor(Arrays.copyOf(buf, n))) {
                    buffer.acquire(segment.bytes().length);
                    queue.put(new Timed(segment.bytes(), segment.forwarded(), arrival(shape, segment.bytes().length),
                            ++order));
                }
            }
        } catch (IOException | InterruptedException e) {
            closeConnection.run();
        }
    }

    private void writeLoop() {
        try {
            while (true) {
                Timed next = queue.take();
                if (next.bytes() == END) {
                    closeConnection.run(); // after everything before the end went out
                    return;
                }
                flow.awaitOpen();
                // Timed before the write: once the bytes are out, the app may notice the fault and report it
                // before this thread runs again, and a fault timed after its own effect is never found.
                long writingAt = System.nanoTime();
                to.write(next.bytes());
                to.flush();
                buffer.release(next.bytes().length);
                if (next.forwarded() != null) {
                    next.forwarded().complete(writingAt);
                }
            }
        } catch (IOException | InterruptedException e) {
            closeConnection.run();
        }
    }

    /**
     * When bytes read now reach the other end: after those ahead of them went out, theirs, and the
     * delay; never before bytes read earlier, even when the shape changed in between (TCP keeps order).
     */
    private long arrival(LinkShape shape, int bytes) {
        linkFreeAt = Math.max(System.nanoTime(), linkFreeAt) + shape.transmitNanos(bytes);
        lastArrival = Math.max(lastArrival, linkFreeAt + shape.delay().toNanos());
        return lastArrival;
    }

    /**
     * Bytes waiting in the queue until {@code due} ({@link System#nanoTime()}); {@code order} keeps
     * bytes due at the same moment in the order they came, which the queue alone would not.
     */
    private record Timed(byte[] bytes, CompletableFuture<Long> forwarded, long due, long order) implements Delayed {
        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Timed that = (Timed) other;
            return due != that.due ? Long.compare(due, that.due) : Long.compare(order, that.order);
        }
    }
}
