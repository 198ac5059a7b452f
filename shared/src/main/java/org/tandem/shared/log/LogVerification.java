package org.tandem.shared.log;

import java.util.Objects;
import java.util.Optional;

/** What {@link SessionLogVerifier} found: intact and closed, cut short, or altered. */
public sealed interface LogVerification permits LogVerification.Intact, LogVerification.NotClosed, LogVerification.Broken {

    /**
     * One line for people: {@code intact (45 events, closed)}, {@code intact (43 events, closed, no
     * receipt from the other side)}, {@code not closed (the log stops after event 20; its end is
     * missing or it was cut short)} or {@code broken at line 16: hash does not match the event}.
     */
    String describe();

    /**
     * Every line chains and every signature holds, and the last line is a final checkpoint that
     * covers every line before it. Without a receipt the log may have been closed before the other
     * side's checkpoint came, or the receipt and the checkpoint after it were cut off: the two look
     * the same, so {@link #describe()} says that the receipt is missing.
     *
     * @param events          the number of events, checkpoints and receipts included
     * @param closed          always true: a log without its final checkpoint is {@link NotClosed}
     * @param finalCheckpoint the first final checkpoint, the one sent to the other side
     * @param receipt         the other side's final checkpoint, when it was stored
     */
    record Intact(long events, boolean closed, Checkpoint finalCheckpoint, Optional<Checkpoint> receipt)
            implements LogVerification {
        public Intact {
            Objects.requireNonNull(finalCheckpoint, "finalCheckpoint");
            Objects.requireNonNull(receipt, "receipt");
        }

        @Override
        public String describe() {
            return "intact (" + events + " events, closed" + (receipt.isPresent() ? ")" : ", no receipt from the other side)");
        }
    }

    /**
     * Everything up to event {@code lastGoodSeq} verifies, but the last line is not a final
     * checkpoint: the program ended without closing the log, or its end was cut off. A last line
     * without its newline, as a crash mid-write leaves, is ignored.
     */
    record NotClosed(long lastGoodSeq) implements LogVerification {
        @Override
        public String describe() {
            return "not closed (the log stops after event " + lastGoodSeq + "; its end is missing or it was cut short)";
        }
    }

    /** Line {@code lineNumber} (from 1) is the first that does not verify, for {@code reason}. */
    record Broken(long lineNumber, String reason) implements LogVerification {
        public Broken {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return "broken at line " + lineNumber + ": " + reason;
        }
    }
}
