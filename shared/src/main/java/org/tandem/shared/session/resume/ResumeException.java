package org.tandem.shared.session.resume;

import java.io.IOException;
import java.util.Objects;
import org.tandem.shared.session.SessionEnding;

/**
 * A resume handshake was refused: the session ends with {@link #ending()} and is never resumed
 * with weaker checks. The message is for the log; people read the ending's words.
 */
public final class ResumeException extends IOException {
    private final transient SessionEnding ending;

    private ResumeException(SessionEnding ending, String message) {
        super(message);
        this.ending = Objects.requireNonNull(ending, "ending");
    }

    static ResumeException invalid(String message) {
        return new ResumeException(SessionEnding.INVALID_DATA, message);
    }

    static ResumeException versionMismatch(int theirs, int ours) {
        return new ResumeException(SessionEnding.VERSION_MISMATCH, "The other side resumes with protocol " + theirs
                + ", this is " + ours);
    }

    /** How the session ends: {@link SessionEnding#INVALID_DATA} or {@link SessionEnding#VERSION_MISMATCH}. */
    public SessionEnding ending() {
        return ending;
    }
}
