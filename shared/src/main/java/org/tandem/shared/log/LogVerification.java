package org.tandem.shared.log;

import java.util.Objects;
import java.util.Optional;

/** What {@link SessionLogVerifier} found: intact and closed, cut short, or altered. */
public sealed interface LogVerification permits LogVerification.Intact, LogVerification.NotClosed, LogVerification.Broken {

    /** One line for people, e.g. {@code intact (41 events, closed)}. */
    String describe();

    /**
     * Every line chains and every signature holds, and the log ends with its final checkpoint.
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
            return "intact (" + events + " events, closed)";
        }
    }

    /**
     * Everything up to event {@code lastGoodSeq} verifies, but the final checkpoint is missing: the
     * program ended without closing the log, or its end was cut off. A last line without its
     * newline, as a crash mid-write leaves, is ignored.
     */
    record NotClosed(long lastGoodSeq) implements LogVerification {
        @Override
        public String describe() {
            return "not closed: verifies up to event " + lastGoodSeq;
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
