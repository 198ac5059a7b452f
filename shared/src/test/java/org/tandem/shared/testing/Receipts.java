package org.tandem.shared.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.tandem.shared.log.Checkpoint;
import org.tandem.shared.log.SessionLogWriter;
import org.tandem.shared.message.ControlMessage;
import org.tandem.shared.message.SessionMessage;
import org.tandem.shared.session.SessionChannel;
import org.tandem.shared.ssh.Ed25519Keys;

/**
 * The receipt a real app gives at the end of a session, for tests whose other side is a bare
 * channel: each side waits for the other's final checkpoint while the connection lives, so a
 * stand-in that never answers keeps the session ending for a minute.
 */
public final class Receipts {
    private static final AtomicInteger LOGS = new AtomicInteger();

    private Receipts() {
    }

    /**
     * The answer to {@code message} when it is the other side's final checkpoint: a final checkpoint
     * of a log of our own for the same session, signed with a fresh key and written under {@code dir};
     * empty for any other message.
     */
    public static Optional<ControlMessage.LogCheckpoint> answerTo(SessionMessage message, Path dir, String actor)
            throws IOException {
        if (!(message instanceof ControlMessage.LogCheckpoint ending)) {
            return Optional.empty();
        }
        Checkpoint theirs = Checkpoint.fromMap(ending.checkpoint());
        if (!theirs.isFinal()) {
            return Optional.empty();
        }
        Path file = dir.resolve("receipt-" + theirs.session() + "-" + LOGS.incrementAndGet() + ".log");
        try (SessionLogWriter writer = SessionLogWriter.create(file, theirs.session(), actor, Ed25519Keys.generate(),
                20, Clock.systemUTC())) {
            return Optional.of(new ControlMessage.LogCheckpoint(writer.finish().toMap()));
        }
    }

    /**
     * Sends {@code to} the answer to {@code message}, if it needs one (see {@link #answerTo}); for a
     * stand-in's listener, which fails the test when it cannot answer.
     */
    public static void answer(SessionMessage message, Path dir, String actor, SessionChannel to) {
        try {
            Optional<ControlMessage.LogCheckpoint> receipt = answerTo(message, dir, actor);
            if (receipt.isPresent()) {
                to.send(receipt.get());
            }
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("The stand-in " + actor + " could not answer with its receipt", e);
        }
    }
}
