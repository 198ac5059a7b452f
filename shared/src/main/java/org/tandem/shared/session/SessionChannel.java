package org.tandem.shared.session;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.message.SessionMessageCodec;
import org.tandem.shared.wire.RecordCipher;
import org.tandem.shared.wire.RecordException;
import org.tandem.shared.wire.RecordReader;

/**
 * One end of a session: session messages over the record layer over a byte pipe. A reader thread
 * hands each incoming message to the {@link SessionListener} in order; the first error of any kind
 * ends the channel, and {@link SessionListener#ended} is called exactly once with a reason a person
 * can read.
 *
 * <p>Control messages are numbered per direction and kept until the other side acknowledges them
 * (acknowledgements ride along with the heartbeats). With a {@link ConnectionLossHandler}, a lost
 * connection does not end the channel: it waits, sends nothing, and {@link #resume} puts it on a
 * new connection, sending again whatever the other side had not received; whatever arrives twice
 * is dropped (decision 0013). Screen updates and input events sent while apart are dropped.
 */
public final class SessionChannel implements AutoCloseable, ChannelHeartbeat.Outlet {
    private static final Logger LOG = LoggerFactory.getLogger(SessionChannel.class);
    /**
     * How long a side stays quiet before it says it is there: anything it sends says so, so a
     * heartbeat goes only after an interval with nothing else (see {@link ChannelHeartbeat}).
     */
    public static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(2);
    /** How long a side waits without hearing anything before it gives the connection up. */
    public static final Duration SILENCE_LIMIT = Duration.ofSeconds(5);
    /** How long a goodbye to the other side may take before the pipe is closed regardless. */
    private static final Duration GOODBYE_WAIT = Duration.ofSeconds(1);
    /** Room a control message's number takes in its record: {@code {"type":"numbered","seq":…,"message":…}}. */
    private static final int NUMBER_OVERHEAD = 64;

    private final SessionMessageCodec codec = new SessionMessageCodec();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Duration silenceLimit;
    /**
     * Orders numbering with writing, so numbers go out in order; never held while anything but a write
     * blocks. Fair: writers take turns in the order they came, so a thread streaming screen updates
     * cannot keep the heartbeat, the acknowledgements or anyone's one message waiting (an unfair lock
     * let it take the lock straight back, for many seconds on a loaded machine).
     */
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ControlOutbox outbox;
    private final Object deliverLock = new Object();
    private final ChannelIntake intake;
    private final AtomicLong bytesIn = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private volatile ChannelLink link;
    private volatile boolean suspended;
    private volatile ConnectionLossHandler lossHandler;
    private volatile SessionListener listener;
    private volatile String threadName;
    private final ChannelHeartbeat heartbeat;

    /**
     * How the connection is doing, for the people watching it: the last round trip of a heartbeat
     * through the whole path (relay included), and the session bytes moved each way so far.
     */
    public record Quality(Optional<Duration> roundTrip, long bytesReceived, long bytesSent) {
    }

    public SessionChannel(InputStream in, OutputStream out, Closeable pipe, RecordCipher inbound, RecordCipher outbound) {
        this(in, out, pipe, inbound, outbound, HEARTBEAT_EVERY, SILENCE_LIMIT);
    }

    /** A channel with its own heartbeat and silence limit (tests use short ones). */
    public SessionChannel(InputStream in, OutputStream out, Closeable pipe, RecordCipher inbound, RecordCipher outbound,
            Duration heartbeatEvery, Duration silenceLimit) {
        this(new ChannelLink(in, out, pipe, inbound, outbound), heartbeatEvery, silenceLimit, new ControlOutbox());
    }

    SessionChannel(ChannelLink link, Duration heartbeatEvery, Duration silenceLimit, ControlOutbox outbox) {
        this.link = link;
        this.outbox = outbox;
        this.heartbeat = new ChannelHeartbeat(this, Objects.requireNonNull(heartbeatEvery, "heartbeatEvery"));
        this.intake = new ChannelIntake(heartbeat, outbox);
        this.silenceLimit = Objects.requireNonNull(silenceLimit, "silenceLimit");
        if (silenceLimit.compareTo(heartbeatEvery.multipliedBy(2)) <= 0) {
            throw new IllegalArgumentException("The silence limit must be more than two heartbeats");
        }
    }

    /**
     * From now on a lost connection is handed to {@code handler} instead of ending the channel.
     * Set it once pairing is done, before or after {@link #start}.
     */
    public void resumeOnLoss(ConnectionLossHandler handler) {
        this.lossHandler = Objects.requireNonNull(handler, "handler");
    }

    /** Starts delivering incoming messages to the listener on a reader thread of its own. */
    public void start(SessionListener listener, String threadName) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("Channel already started");
        }
        this.listener = Objects.requireNonNull(listener, "listener");
        this.threadName = threadName;
        heartbeat.heard();
        startReader(link);
        heartbeat.start(threadName, silenceLimit, this::watchSilence);
        if (ended.get()) {
            heartbeat.stop(true);
        }
    }

    /**
     * Sends one message. While the connection is lost, a control message is kept to be sent on
     * resume and anything else is dropped.
     *
     * @throws IOException when the channel has ended, or the pipe fails and the session cannot resume
     */
    @Override
    public void send(SessionMessage message) throws IOException {
        if (ended.get()) {
            throw new IOException("The session has ended");
        }
        byte[] plaintext = codec.encode(message);
        boolean numbered = message instanceof ControlMessage control && ControlMessage.Numbered.carriesNumber(control);
        if (plaintext.length > RecordReader.MAX_PLAINTEXT - (numbered ? NUMBER_OVERHEAD : 0)) {
            // A local mistake, refused before anything reached the wire: the session goes on.
            throw new RecordException("Message of " + plaintext.length + " bytes is over the record limit");
        }
        ChannelLink failed;
        try {
            failed = writeOrKeep(message, plaintext, numbered);
        } catch (ControlOutbox.OverflowException e) {
            LOG.warn("Ending session: {}", e.getMessage());
            end(SessionEnding.STOPPED_ANSWERING, false);
            throw new IOException("The session has ended", e);
        }
        if (failed != null) {
            lost(failed, SessionEnding.CONNECTION_LOST);
            if (ended.get()) {
                throw new IOException("The session has ended");
            }
        }
    }

    /**
     * Under the write lock: numbers a control message and writes the record; while the connection is
     * lost, a control message is kept and anything else dropped. The end or loss this finds is told by
     * the caller once the lock is let go: the listener hears of it, and may wait for a thread that writes.
     *
     * @return the link whose write failed; null when the record was written, kept or dropped
     * @throws ControlOutbox.OverflowException when the other side left too much unacknowledged
     */
    private ChannelLink writeOrKeep(SessionMessage message, byte[] plaintext, boolean numbered)
            throws ControlOutbox.OverflowException {
        writeLock.lock();
        try {
            byte[] record = plaintext;
            if (numbered) {
                synchronized (outbox) {
                    record = codec.encode(outbox.number((ControlMessage) message, plaintext.length));
                }
            }
            ChannelLink current = link;
            if (suspended) {
                return null;
            }
            try {
                current.writer.write(record);
                heartbeat.sent();
                bytesOut.addAndGet(record.length);
                return null;
            } catch (IOException e) {
                LOG.info("Sending failed: {}", e.toString());
                return current;
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Puts the session on a new connection after a loss: control messages the other side had not
     * received (it said which was the last) go out again first, then the session goes on.
     *
     * @param peerLastReceived the number of the last control message the other side received
     * @throws ProtocolException when the other side claims a message never sent; the channel then ends
     */
    public void resume(InputStream in, OutputStream out, Closeable pipe, RecordCipher inbound, RecordCipher outbound,
            long peerLastReceived) throws IOException {
        ChannelLink fresh = new ChannelLink(in, out, pipe, inbound, outbound);
        int resent;
        try {
            resent = switchTo(fresh, peerLastReceived);
        } catch (ProtocolException e) {
            fresh.close();
            end(SessionEnding.INVALID_DATA, false); // outside the write lock: the listener hears of the end
            throw e;
        }
        LOG.info("Session resumed; {} control messages sent again", resent);
        startReader(fresh);
        SessionListener current = listener;
        if (current != null) {
            current.connectionResumed();
        }
    }

    /**
     * Under the write lock: the new link replaces the lost one, and what the other side had not
     * received goes out on it first.
     *
     * @return how many control messages went out again
     * @throws ProtocolException when the other side claims a message never sent
     */
    private int switchTo(ChannelLink fresh, long peerLastReceived) throws IOException {
        writeLock.lock();
        try {
            if (ended.get() || !suspended) {
                fresh.close();
                throw new IOException(ended.get() ? "The session has ended" : "The session is connected");
            }
            List<ControlMessage.Numbered> again;
            synchronized (outbox) {
                again = outbox.unacknowledgedAfter(peerLastReceived);
            }
            link = fresh;
            for (ControlMessage.Numbered numbered : again) {
                fresh.writer.write(codec.encode(numbered));
            }
            heartbeat.restart();
            synchronized (this) {
                suspended = false;
            }
            return again.size();
        } finally {
            writeLock.unlock();
        }
    }

    /** The number of the last control message received from the other side, for the resume hello. */
    @Override
    public long lastReceived() {
        return intake.lastApplied();
    }

    public boolean isOpen() {
        return !ended.get();
    }

    /** Whether the connection is lost and the session waits to be resumed. */
    @Override
    public boolean isSuspended() {
        return suspended && !ended.get();
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

    /** The connection's round trip and the bytes moved so far. */
    public Quality quality() {
        return new Quality(heartbeat.roundTrip(), bytesIn.get(), bytesOut.get());
    }

    private void startReader(ChannelLink mine) {
        Thread thread = new Thread(() -> readLoop(mine), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void readLoop(ChannelLink mine) {
        try {
            while (!ended.get() && link == mine) {
                Optional<byte[]> record = mine.reader.read();
                if (record.isEmpty()) {
                    // A side that ends says so first; a pipe that just closes is a lost connection.
                    lost(mine, SessionEnding.CONNECTION_LOST);
                    return;
                }
                SessionMessage message = codec.decode(record.get());
                synchronized (deliverLock) {
                    // The reader of a replaced link may still hold a record: only one reader delivers at a time.
                    if (link != mine) {
                        return;
                    }
                    heartbeat.heard();
                    bytesIn.addAndGet(record.get().length);
                    intake.deliver(message, listener);
                }
            }
        } catch (RecordException e) {
            if (lossHandler != null && mine.endSeen()) {
                lost(mine, SessionEnding.CONNECTION_LOST); // cut inside a record: nothing of it was accepted
            } else if (link == mine) {
                LOG.warn("Ending session: {}", e.getMessage());
                end(SessionEnding.INVALID_DATA, true);
            }
        } catch (ProtocolException e) {
            if (link == mine) {
                LOG.warn("Ending session: {}", e.getMessage());
                end(SessionEnding.INVALID_DATA, true);
            }
        } catch (IOException e) {
            LOG.info("Reading failed: {}", e.toString());
            lost(mine, SessionEnding.CONNECTION_LOST);
        } catch (RuntimeException e) {
            LOG.error("Session listener failed", e);
            end(SessionEnding.FAULT, true);
        }
    }

    /**
     * The connection {@code which} is gone. With a loss handler the channel waits to be resumed;
     * without one it ends. A link that was replaced already is no news.
     */
    private void lost(ChannelLink which, SessionEnding cause) {
        ConnectionLossHandler handler = lossHandler;
        if (handler == null) {
            if (link == which) {
                end(cause, false);
            }
            return;
        }
        synchronized (this) {
            if (ended.get() || suspended || link != which) {
                return;
            }
            suspended = true;
        }
        // Not under the write lock: a write blocked on the dead pipe fails once the pipe is closed here.
        which.close();
        LOG.info("Connection lost ({}); waiting to resume", cause.code());
        SessionListener current = listener;
        if (current != null) {
            current.connectionLost(cause);
        }
        handler.lost(this, cause);
    }

    /** Called by the heartbeat's watch: gives the connection up when nothing was heard for the silence limit. */
    void watchSilence() {
        ChannelLink current = link;
        if (!suspended && heartbeat.silentFor(silenceLimit)) {
            LOG.info("Nothing heard for {} s", silenceLimit.toSeconds());
            lost(current, SessionEnding.STOPPED_ANSWERING);
        }
    }

    /** Ends once; with {@code tellThem}, the other side first hears how, so both sides say the same. */
    private void end(SessionEnding ending, boolean tellThem) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        // A heartbeat blocked in a write is released when the pipe closes below.
        heartbeat.stop(false);
        ConnectionLossHandler handler = lossHandler;
        if (handler != null) {
            handler.channelEnded(this); // a reconnect under way must not outlive the session
        }
        ChannelLink current = link;
        if (tellThem && !suspended) {
            sayGoodbye(current, ending);
        }
        current.close();
        SessionListener heard = listener;
        if (heard != null) {
            heard.ended(new SessionEndReason(ending));
        }
    }

    /** Best effort, and bounded: a stalled pipe is closed under a goodbye that cannot get through. */
    private void sayGoodbye(ChannelLink current, SessionEnding ending) {
        CompletableFuture.delayedExecutor(GOODBYE_WAIT.toMillis(), TimeUnit.MILLISECONDS).execute(current::close);
        try {
            current.writer.write(codec.encode(new ControlMessage.SessionEnd("", ending.code())));
        } catch (IOException | RuntimeException e) {
            LOG.debug("The other side was not told how the session ended: {}", e.toString());
        }
    }
}
