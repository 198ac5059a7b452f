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
import org.tandem.shared.log.Checkpoint;
import org.tandem.shared.log.LogEventTypes;
import org.tandem.shared.log.SessionJournal;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;

/**
 * One endpoint's log of one session, and the way it is closed: the side that ends records the end,
 * signs its final checkpoint and sends it; the other side does the same; each stores the other's
 * checkpoint as a receipt. A dropped connection still closes the log, without a receipt.
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

    public SessionLogbook(SessionLogWriter writer, String ownActor) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.ownActor = Objects.requireNonNull(ownActor, "ownActor");
    }

    /** The id both ends give a session: derived from the pairing transcript, so it is the same on both. */
    public static String sessionIdFrom(byte[] transcriptHash) {
        return HexFormat.of().formatHex(transcriptHash, 0, 8);
    }

    @Override
    public void record(String actor, String type, Map<String, ?> details) throws IOException {
        writer.record(actor, type, details);
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
        end(channel, Map.of("by", ownActor, "reason", reasonForThem), reasonForUs, true, reasonForThem);
    }

    /** The other side ended the session; answer with our checkpoint. */
    public void endedByPeer(SessionChannel channel, String peerActor, String reason) {
        end(channel, Map.of("by", peerActor, "reason", reason), reason, false, reason);
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
            writer.record(ownActor, LogEventTypes.SESSION_ENDED, Map.of("by", "connection", "reason", reason));
            writer.finish();
        } catch (IOException e) {
            LOG.error("Could not close the session log: {}", e.getMessage());
        }
        closeWriter();
    }

    private void end(SessionChannel channel, Map<String, String> details, String closeReason, boolean weEnd,
            String reasonForThem) {
        if (!ending.compareAndSet(false, true)) {
            return;
        }
        Checkpoint ours = null;
        try {
            writer.record(ownActor, LogEventTypes.SESSION_ENDED, details);
            ours = writer.finish();
        } catch (IOException e) {
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
                } catch (IOException | IllegalArgumentException e) {
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
