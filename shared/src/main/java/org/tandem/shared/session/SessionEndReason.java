package org.tandem.shared.session;

import java.util.Objects;

/**
 * Why a session ended. Each side reads its own words from {@link SessionEnding}; the technical
 * cause, when there is one, is in the app log only.
 *
 * @param ending which way it ended
 */
public record SessionEndReason(SessionEnding ending) {
    public SessionEndReason {
        Objects.requireNonNull(ending, "ending");
    }

    /** True when the session ended because something went wrong rather than by choice. */
    public boolean failure() {
        return ending.failure();
    }
}
