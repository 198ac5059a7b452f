package org.tandem.shared.session;

import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.function.Consumer;
import org.tandem.shared.log.Checkpoint;
import org.tandem.shared.log.JournalClosedException;
import org.tandem.shared.log.JournalEvent;
import org.tandem.shared.log.JournalException;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;

/**
 * One endpoint's journal of one session: the only way the apps write their session log, and the way
 * it is closed. Every typed event goes through {@link #record}, with one failure policy: after the
 * end, {@link JournalClosedException}; when the disk fails, {@link JournalException} and the session
 * ends with a stated reason (the failure handler, once). At the end the side that ends records the
 * end, signs its final checkpoint and sends it; the other side does the same; each stores the
 * other's checkpoint as a receipt. A dropped connection still closes the log, without a receipt.
 */
public final class SessionLogbook implements SessionJournal {
    private static final Logger LOG = LoggerFactory.getLogger(SessionLogbook.class);
    /** How long to wait for the other side's checkpoint before closing without a receipt. */
    static final Duration RECEIPT_WAIT = Duration.ofSeconds(5);

    private final SessionLogWriter writer;
    private final String ownActor;
    private final CompletableFuture<Checkpoint> theirs = new CompletableFuture<>();
    private final AtomicBoolean ending = new AtomicBoolean();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final AtomicBoolean failed = new AtomicBoolean();
    private volatile Consumer<String> onFailure = reason -> { };

    public SessionLogbook(SessionLogWriter writer, String ownActor) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.ownActor = Objects.requireNonNull(ownActor, "ownActor");
    }

    /** What to do, once, when the log cannot be written: end the session with this reason. */
    public void onFailure(Consumer<String> endSession) {
        this.onFailure = Objects.requireNonNull(endSession, "endSession");
    }

    /** The words a person sees when the session ends because its log could not be written. */
    public static final String WRITE_FAILED = "The session was ended because its record could not be saved on this computer.";

    /** The id both ends give a session: derived from the pairing transcript, so it is the same on both. */
    public static String sessionIdFrom(byte[] transcriptHash) {
        return HexFormat.of().formatHex(transcriptHash, 0, 8);
    }

    @Override
    public void record(String actor, JournalEvent event) throws JournalException {
        Objects.requireNonNull(event, "event");
        try {
            writer.append(actor, event.type(), event.details());
        } catch (IllegalStateException e) {
            throw new JournalClosedException("The session has ended; " + event.type() + " was not recorded");
        } catch (IOException e) {
            LOG.error("Could not record {}: {}", event.type(), e.toString());
            if (failed.compareAndSet(false, true)) {
                onFailure.accept(WRITE_FAILED);
            }
            throw new JournalException("The session log could not be written", e);
        }
    }

    /** Records the event, or logs why it could not be: for events whose loss stops nothing. */
    public void recordOrLog(String actor, JournalEvent event) {
        try {
            record(actor, event);
        } catch (JournalException e) {
            LOG.info("Not recorded ({}): {}", e.getMessage(), event.type());
        }
    }

    public SessionLogWriter writer() {
        return writer;
    }

    /** Completes once the log is closed, with or without the other side's receipt. */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    /** This side ends the session: the other side hears the reason and gets our checkpoint. */
    public void endByUs(SessionChannel channel, String reasonForThem, String reasonForUs) {
        end(channel, new JournalEvent.SessionEnded(ownActor, reasonForThem, ""), reasonForUs, true, reasonForThem);
    }

    /** The other side ended the session; answer with our checkpoint. */
    public void endedByPeer(SessionChannel channel, String peerActor, String reason) {
        end(channel, new JournalEvent.SessionEnded(peerActor, reason, ""), reason, false, reason);
    }

    /** The other side's final checkpoint arrived. */
    public void receivedCheckpoint(Map<String, ?> checkpoint) {
        try {
            theirs.complete(Checkpoint.fromMap(checkpoint));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring a malformed checkpoint from the other side: {}", e.getMessage());
        }
    }

    /** The connection is gone: close the log with what we have. */
    public void lost(String reason) {
        if (!ending.compareAndSet(false, true)) {
            theirs.complete(null); // stop waiting for a receipt that cannot come now
            return;
        }
        try {
            JournalEvent ended = new JournalEvent.SessionEnded("connection", reason, "");
            writer.append(ownActor, ended.type(), ended.details());
            writer.finish();
        } catch (IOException | IllegalStateException e) {
            LOG.error("Could not close the session log: {}", e.getMessage());
        }
        closeWriter();
    }

    private void end(SessionChannel channel, JournalEvent.SessionEnded ended, String closeReason, boolean weEnd,
            String reasonForThem) {
        if (!ending.compareAndSet(false, true)) {
            return;
        }
        Checkpoint ours = null;
        try {
            writer.append(ownActor, ended.type(), ended.details());
            ours = writer.finish();
        } catch (IOException | IllegalStateException e) {
            LOG.error("Could not close the session log: {}", e.getMessage());
        }
        try {
            if (weEnd) {
                channel.send(new ControlMessage.SessionEnd(reasonForThem));
            }
            if (ours != null) {
                channel.send(new ControlMessage.LogCheckpoint(ours.toMap()));
            }
        } catch (IOException e) {
            LOG.debug("Could not send the end of the session", e);
        }
        theirs.completeOnTimeout(null, RECEIPT_WAIT.toMillis(), TimeUnit.MILLISECONDS).whenComplete((checkpoint, error) -> {
            if (checkpoint != null) {
                try {
                    writer.storeReceipt(checkpoint);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("The other side's receipt was not stored: {}", e.getMessage());
                }
            }
            closeWriter();
            channel.close(closeReason);
        });
    }

    private void closeWriter() {
        try {
            writer.close();
        } catch (IOException e) {
            LOG.error("Could not close the session log: {}", e.getMessage());
        }
        closed.complete(null);
    }
}
