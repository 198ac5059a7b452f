package org.tandem.shared.session;

/**
 * Takes over when a {@link SessionChannel}'s connection is lost (end of input, a failed write, or
 * silence past the limit) and the session may be resumed: it reconnects and calls
 * {@link SessionChannel#resume}, or ends the channel. Called once per loss, on the thread that
 * noticed it; it must return at once and do its work elsewhere.
 */
@FunctionalInterface
public interface ConnectionLossHandler {
    /** @param cause how the session would end if it is not resumed */
    void lost(SessionChannel channel, SessionEnding cause);
}
