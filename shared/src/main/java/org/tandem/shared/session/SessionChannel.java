package org.tandem.shared.session;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.time.Duration;
import java.util.Optional;
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
    /** What a person reads when the connection drops; the technical cause goes to the app log. */
    public static final String CONNECTION_LOST = "The connection was lost.";
    /** What a person reads when the other side (or the relay between) stopped answering. */
    public static final String SILENT = "The connection stopped answering, so the session was ended.";
    /** How often each side says it is there. */
    public static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(1);
    /** How long a side waits without hearing anything before it ends the session. */
    public static final Duration SILENCE_LIMIT = Duration.ofSeconds(5);
    /** What a person reads when Tandem itself failed; the stack trace goes to the app log. */
    public static final String FAULT = "The session stopped because of a fault in Tandem. The details are in Tandem's log.";

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
            end(new SessionEndReason(CONNECTION_LOST, true));
            throw e;
        }
    }

    public boolean isOpen() {
        return !ended.get();
    }

    /** Ends the channel locally with a reason; the listener hears it once. */
    public void close(String reason) {
        end(new SessionEndReason(reason, false));
    }

    @Override
    public void close() {
        close("The session was closed");
    }

    private void readLoop() {
        try {
            while (!ended.get()) {
                Optional<byte[]> record = reader.read();
                if (record.isEmpty()) {
                    end(new SessionEndReason("The other side closed the connection", false));
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
            end(new SessionEndReason("The session was ended because the other side sent something invalid: "
                    + e.getMessage(), true));
        } catch (IOException e) {
            LOG.info("Reading failed: {}", e.toString());
            end(new SessionEndReason(CONNECTION_LOST, true));
        } catch (RuntimeException e) {
            LOG.error("Session listener failed", e);
            end(new SessionEndReason(FAULT, true));
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
                end(new SessionEndReason(SILENT, true));
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

    private void end(SessionEndReason reason) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        ScheduledExecutorService timer = heartbeat;
        if (timer != null) {
            timer.shutdownNow();
        }
        try {
            pipe.close();
        } catch (IOException e) {
            LOG.debug("Closing the pipe failed", e);
        }
        SessionListener current = listener;
        if (current != null) {
            current.ended(reason);
        }
    }
}
