package org.tandem.shared.session;

import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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
    private static final String SYSTEM = "system";
    /**
     * The longest wait for the other side's checkpoint while the connection is alive. A side that is
     * gone is noticed sooner, by the channel: the end of its input, or its silence past
     * {@link SessionChannel#SILENCE_LIMIT}, ends the wait at once ({@link #lost}). This limit is only
     * for a side that still answers heartbeats but never sends its checkpoint; a fixed wait of a few
     * seconds lost the receipts of sessions ended on a slow link, where the goodbye and the receipt
     * queue behind what the link still carries and each side writes its journal to disk first.
     */
    public static final Duration RECEIPT_LIMIT = Duration.ofMinutes(1);

    private final SessionLogWriter writer;
    private final String ownActor;
    private final CompletableFuture<Checkpoint> theirs = new CompletableFuture<>();
    /** How the session ended, set once by whichever end comes first. */
    private final AtomicReference<SessionEnding> ending = new AtomicReference<>();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final AtomicBoolean failed = new AtomicBoolean();
    private volatile Consumer<SessionEnding> onFailure = ending -> { };
    private final boolean customerSide;
    private final ReceiptTimer timer;

    /** Runs a task once after a delay: the JDK's shared delayer in the apps, a hand-driven one in tests. */
    @FunctionalInterface
    public interface ReceiptTimer {
        void after(Duration delay, Runnable task);

        /** The JDK's shared delay thread: no thread of its own per session. */
        static ReceiptTimer shared() {
            return (delay, task) -> CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(task);
        }
    }

    public SessionLogbook(SessionLogWriter writer, String ownActor) {
        this(writer, ownActor, ReceiptTimer.shared());
    }

    public SessionLogbook(SessionLogWriter writer, String ownActor, ReceiptTimer timer) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.ownActor = Objects.requireNonNull(ownActor, "ownActor");
        this.customerSide = !ownActor.startsWith("technician");
        this.timer = Objects.requireNonNull(timer, "timer");
    }

    /** What to do, once, when the log cannot be written: end the session this way (this side's journal failed). */
    public void onFailure(Consumer<SessionEnding> endSession) {
        this.onFailure = Objects.requireNonNull(endSession, "endSession");
    }

    /** How a session ends when this side's log cannot be written. */
    public SessionEnding writeFailed() {
        return SessionEnding.journalFailed(customerSide);
    }

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
                onFailure.accept(writeFailed());
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

    /** How the session ended, as this log records it; empty while it goes on. */
    public java.util.Optional<SessionEnding> ending() {
        return java.util.Optional.ofNullable(ending.get());
    }

    /** This side ends the session: the other side hears how and gets our checkpoint. */
    public void endByUs(SessionChannel channel, SessionEnding how) {
        end(channel, ownActor, how, true);
    }

    /** The other side ended the session (it said how); answer with our checkpoint. */
    public void endedByPeer(SessionChannel channel, String peerActor, SessionEnding how) {
        end(channel, peerActor, how, false);
    }

    /** The other side's final checkpoint arrived. */
    public void receivedCheckpoint(Map<String, ?> checkpoint) {
        try {
            theirs.complete(Checkpoint.fromMap(checkpoint));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring a malformed checkpoint from the other side: {}", e.getMessage());
        }
    }

    /**
     * The channel ended without a goodbye (or after one): close the log with what we have.
     *
     * @return how the session ended as the log has it: {@code how}, unless an end was recorded before
     */
    public SessionEnding lost(SessionEnding how) {
        Objects.requireNonNull(how, "how");
        if (!ending.compareAndSet(null, how)) {
            theirs.complete(null); // stop waiting for a receipt that cannot come now
            return ending.get();
        }
        try {
            JournalEvent ended = new JournalEvent.SessionEnded("connection", how.code(), how.to(customerSide), "");
            writer.append(SYSTEM, ended.type(), ended.details());
            writer.finish();
        } catch (IOException | IllegalStateException e) {
            LOG.error("Could not close the session log: {}", e.getMessage());
        }
        closeWriter();
        return how;
    }

    private void end(SessionChannel channel, String by, SessionEnding how, boolean weEnd) {
        if (!ending.compareAndSet(null, how)) {
            return;
        }
        // Who ended it: a person, or Tandem (a failure, or a question nobody answered), which writes it too.
        String endedBy = how.endedByTandem() ? SYSTEM : by;
        JournalEvent.SessionEnded ended = new JournalEvent.SessionEnded(endedBy, how.code(), how.to(customerSide), "");
        Checkpoint ours = null;
        try {
            writer.append(how.endedByTandem() ? SYSTEM : ownActor, ended.type(), ended.details());
            ours = writer.finish();
        } catch (IOException | IllegalStateException e) {
            LOG.error("Could not close the session log: {}", e.getMessage());
        }
        try {
            if (weEnd) {
                // Older versions show the reason; this one shows its own words for the code.
                channel.send(new ControlMessage.SessionEnd(how.to(!customerSide), how.code()));
            }
            if (ours != null) {
                channel.send(new ControlMessage.LogCheckpoint(ours.toMap()));
            }
        } catch (IOException e) {
            LOG.debug("Could not send the end of the session", e);
        }
        if (channel.isSuspended() || !channel.isOpen()) {
            theirs.complete(null); // the connection is already gone (ended while reconnecting): no receipt can come
        }
        // Not a short fixed wait: the channel's heartbeats tell a side that is there from one that is gone.
        // The task holds the future alone, so an ended session is not kept in memory until the limit.
        CompletableFuture<Checkpoint> awaited = theirs;
        timer.after(RECEIPT_LIMIT, () -> {
            if (awaited.complete(null)) {
                LOG.warn("The other side's receipt did not come within {} s; closing the log without it",
                        RECEIPT_LIMIT.toSeconds());
            }
        });
        theirs.whenComplete((checkpoint, error) -> {
            if (checkpoint != null) {
                try {
                    writer.storeReceipt(checkpoint);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("The other side's receipt was not stored: {}", e.getMessage());
                }
            }
            closeWriter();
            channel.close(how);
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
