package org.tandem.shared.session;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.message.SessionMessageCodec;
import org.tandem.shared.wire.RecordCipher;
import org.tandem.shared.wire.RecordException;
import org.tandem.shared.wire.RecordReader;
import org.tandem.shared.wire.RecordWriter;

/**
 * One end of a session: session messages over the record layer over a byte pipe. A reader thread
 * hands each incoming message to the {@link SessionListener} in order; the first error of any kind
 * ends the channel, and {@link SessionListener#ended} is called exactly once with a reason a person
 * can read.
 */
public final class SessionChannel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SessionChannel.class);
    /** How often each side says it is there. */
    public static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(1);
    /** How long a side waits without hearing anything before it ends the session. */
    public static final Duration SILENCE_LIMIT = Duration.ofSeconds(5);
    /** How long a goodbye to the other side may take before the pipe is closed regardless. */
    private static final Duration GOODBYE_WAIT = Duration.ofSeconds(1);

    private final RecordReader reader;
    private final RecordWriter writer;
    private final Closeable pipe;
    private final SessionMessageCodec codec = new SessionMessageCodec();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile SessionListener listener;
    private final Duration heartbeatEvery;
    private final Duration silenceLimit;
    private volatile long lastHeard = System.nanoTime();
    private final java.util.concurrent.atomic.AtomicLong heartbeats = new java.util.concurrent.atomic.AtomicLong();
    private volatile long pendingBeat = -1;
    private volatile long pendingSince;
    private volatile long roundTripNanos = -1;
    private final java.util.concurrent.atomic.AtomicLong bytesIn = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong bytesOut = new java.util.concurrent.atomic.AtomicLong();

    /**
     * How the connection is doing, for the people watching it: the last round trip of a heartbeat
     * through the whole path (relay included), and the session bytes moved each way so far.
     */
    public record Quality(java.util.Optional<Duration> roundTrip, long bytesReceived, long bytesSent) {
    }
    private volatile ScheduledExecutorService heartbeat;

    public SessionChannel(InputStream in, OutputStream out, Closeable pipe, RecordCipher inbound, RecordCipher outbound) {
        this(in, out, pipe, inbound, outbound, HEARTBEAT_EVERY, SILENCE_LIMIT);
    }

    /** A channel with its own heartbeat and silence limit (tests use short ones). */
    public SessionChannel(InputStream in, OutputStream out, Closeable pipe, RecordCipher inbound, RecordCipher outbound,
            Duration heartbeatEvery, Duration silenceLimit) {
        this.reader = new RecordReader(in, inbound);
        this.writer = new RecordWriter(out, outbound);
        this.pipe = Objects.requireNonNull(pipe, "pipe");
        this.heartbeatEvery = Objects.requireNonNull(heartbeatEvery, "heartbeatEvery");
        this.silenceLimit = Objects.requireNonNull(silenceLimit, "silenceLimit");
        if (silenceLimit.compareTo(heartbeatEvery.multipliedBy(2)) <= 0) {
            throw new IllegalArgumentException("The silence limit must be more than two heartbeats");
        }
    }

    /** Starts delivering incoming messages to the listener on a reader thread of its own. */
    public void start(SessionListener listener, String threadName) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("Channel already started");
        }
        this.listener = Objects.requireNonNull(listener, "listener");
        lastHeard = System.nanoTime();
        Thread thread = new Thread(this::readLoop, threadName);
        thread.setDaemon(true);
        thread.start();
        startHeartbeat(threadName);
    }

    /**
     * Sends one message.
     *
     * @throws IOException when the channel has ended or the pipe fails; the channel then ends
     */
    public void send(SessionMessage message) throws IOException {
        if (ended.get()) {
            throw new IOException("The session has ended");
        }
        byte[] plaintext = codec.encode(message);
        if (plaintext.length > RecordReader.MAX_PLAINTEXT) {
            // A local mistake, refused before anything reached the wire: the session goes on.
            throw new RecordException("Message of " + plaintext.length + " bytes is over the record limit");
        }
        try {
            writer.write(plaintext);
            bytesOut.addAndGet(plaintext.length);
        } catch (IOException e) {
            LOG.info("Sending failed: {}", e.toString());
            end(SessionEnding.CONNECTION_LOST, false);
            throw e;
        }
    }

    public boolean isOpen() {
        return !ended.get();
    }

    /** Ends the channel locally with a reason; the listener hears it once. */
    public void close(SessionEnding ending) {
        end(ending, false);
    }

    /** Ends the channel as a lost connection would (for cleanup; sessions say why with {@link #close(SessionEnding)}). */
    @Override
    public void close() {
        close(SessionEnding.CONNECTION_LOST);
    }

    private void readLoop() {
        try {
            while (!ended.get()) {
                Optional<byte[]> record = reader.read();
                if (record.isEmpty()) {
                    // A side that ends says so first; a pipe that just closes is a lost connection.
                    end(SessionEnding.CONNECTION_LOST, false);
                    return;
                }
                lastHeard = System.nanoTime();
                bytesIn.addAndGet(record.get().length);
                SessionMessage message = codec.decode(record.get());
                if (message instanceof ControlMessage.Heartbeat beat) {
                    answer(beat);
                } else {
                    listener.received(message);
                }
            }
        } catch (ProtocolException | RecordException e) {
            LOG.warn("Ending session: {}", e.getMessage());
            end(SessionEnding.INVALID_DATA, true);
        } catch (IOException e) {
            LOG.info("Reading failed: {}", e.toString());
            end(SessionEnding.CONNECTION_LOST, false);
        } catch (RuntimeException e) {
            LOG.error("Session listener failed", e);
            end(SessionEnding.FAULT, true);
        }
    }

    /**
     * Two tasks on two threads: one says "still here" every heartbeat (a write may block on a stalled
     * connection), the other ends the session when nothing was heard for the silence limit, so a
     * frozen relay or peer is noticed even while a write hangs.
     */
    private void startHeartbeat(String threadName) {
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, threadName + "-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat = timer;
        long every = heartbeatEvery.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                long id = heartbeats.incrementAndGet();
                if (pendingBeat < 0) {
                    pendingSince = System.nanoTime();
                    pendingBeat = id; // one timed at a time; the others only say "still here"
                }
                send(new ControlMessage.Heartbeat(id, false));
            } catch (IOException | RuntimeException e) {
                LOG.debug("Heartbeat not sent: {}", e.toString());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(() -> {
            if (System.nanoTime() - lastHeard > silenceLimit.toNanos()) {
                LOG.info("Nothing heard for {} s; ending the session", silenceLimit.toSeconds());
                end(SessionEnding.STOPPED_ANSWERING, false);
            }
        }, every / 2, every / 2, TimeUnit.MILLISECONDS);
        if (ended.get()) {
            timer.shutdownNow();
        }
    }

    /** The connection's round trip and the bytes moved so far. */
    public Quality quality() {
        long rtt = roundTripNanos;
        return new Quality(rtt < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(rtt)), bytesIn.get(), bytesOut.get());
    }

    /** The other side's heartbeat is answered at once; the answer to ours times the round trip. */
    private void answer(ControlMessage.Heartbeat beat) {
        if (!beat.reply()) {
            try {
                send(new ControlMessage.Heartbeat(beat.id(), true));
            } catch (IOException | RuntimeException e) {
                LOG.debug("Heartbeat answer not sent: {}", e.toString());
            }
        } else if (beat.id() == pendingBeat) {
            roundTripNanos = System.nanoTime() - pendingSince;
            pendingBeat = -1;
        }
    }

    /** Ends once; with {@code tellThem}, the other side first hears how, so both sides say the same. */
    private void end(SessionEnding ending, boolean tellThem) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        ScheduledExecutorService timer = heartbeat;
        if (timer != null) {
            // Not shutdownNow(): this may be the timer's own thread, and an interrupted thread cannot write the
            // journal's end. A heartbeat blocked in a write is released when the pipe closes below.
            timer.shutdown();
        }
        if (tellThem) {
            sayGoodbye(ending);
        }
        closePipe();
        SessionListener current = listener;
        if (current != null) {
            current.ended(new SessionEndReason(ending));
        }
    }

    /** Best effort, and bounded: a stalled pipe is closed under a goodbye that cannot get through. */
    private void sayGoodbye(SessionEnding ending) {
        CompletableFuture.delayedExecutor(GOODBYE_WAIT.toMillis(), TimeUnit.MILLISECONDS).execute(this::closePipe);
        try {
            writer.write(codec.encode(new ControlMessage.SessionEnd("", ending.code())));
        } catch (IOException | RuntimeException e) {
            LOG.debug("The other side was not told how the session ended: {}", e.toString());
        }
    }

    private void closePipe() {
        try {
            pipe.close();
        } catch (IOException e) {
            LOG.debug("Closing the pipe failed", e);
        }
    }
}
