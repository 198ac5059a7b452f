package org.tandem.shared.session;

import java.util.Objects;

/**
 * Why a session ended, in words for the person in front of the screen.
 *
 * @param message what to show
 * @param failure true when the session ended because something went wrong rather than by choice
 */
public record SessionEndReason(String message, boolean failure) {
    public SessionEndReason {
        Objects.requireNonNull(message, "message");
    }
}
