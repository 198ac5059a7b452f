package org.tandem.shared.session;

/**
 * Takes over when a {@link SessionChannel}'s connection is lost (end of input, a failed write, or
 * silence past the limit) and the session may be resumed: it reconnects and calls
 * {@link SessionChannel#resume}, or ends the channel. Called once per loss, on the thread that
 * noticed it; it must return at once and do its work elsewhere. A new loss may come while the work
 * for the last one is still finishing.
 */
@FunctionalInterface
public interface ConnectionLossHandler {
    /** @param cause how the session would end if it is not resumed */
    void lost(SessionChannel channel, SessionEnding cause);

    /**
     * The channel ended, for whatever reason: nothing may go on trying to resume it, and a connection
     * made for it meanwhile must be closed. Called once, on the thread that ended it, possibly the
     * handler's own; it must return at once.
     */
    default void channelEnded(SessionChannel channel) {
    }
}
