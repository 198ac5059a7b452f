package org.tandem.shared.session;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    /** What a person reads when Tandem itself failed; the stack trace goes to the app log. */
    public static final String FAULT = "The session stopped because of a fault in Tandem. The details are in Tandem's log.";

    private final RecordReader reader;
    private final RecordWriter writer;
    private final Closeable pipe;
    private final SessionMessageCodec codec = new SessionMessageCodec();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile SessionListener listener;

    public SessionChannel(InputStream in, OutputStream out, Closeable pipe, RecordCipher inbound, RecordCipher outbound) {
        this.reader = new RecordReader(in, inbound);
        this.writer = new RecordWriter(out, outbound);
        this.pipe = Objects.requireNonNull(pipe, "pipe");
    }

    /** Starts delivering incoming messages to the listener on a reader thread of its own. */
    public void start(SessionListener listener, String threadName) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("Channel already started");
        }
        this.listener = Objects.requireNonNull(listener, "listener");
        Thread thread = new Thread(this::readLoop, threadName);
        thread.setDaemon(true);
        thread.start();
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
                SessionMessage message = codec.decode(record.get());
                listener.received(message);
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

    private void end(SessionEndReason reason) {
        if (!ended.compareAndSet(false, true)) {
            return;
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
