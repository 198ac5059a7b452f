package org.tandem.shared.session;

import org.tandem.shared.message.ProtocolException;
import org.tandem.shared.message.SessionMessage;

/** Receives what arrives on a {@link SessionChannel}, on its reader thread, in order. */
public interface SessionListener {

    /**
     * One message from the other side.
     *
     * @throws ProtocolException when the message is not acceptable now; the session then ends
     */
    void received(SessionMessage message) throws ProtocolException;

    /**
     * The channel ended; called once, on the thread that ended it, after its pipe was closed and
     * never under the channel's write lock: a listener may wait here for a thread that is sending.
     */
    void ended(SessionEndReason reason);

    /**
     * The connection was lost and the session waits to be resumed (decision 0013): nothing is
     * sent or received until {@link #connectionResumed}. Called on the thread that noticed it, after
     * the dead pipe was closed and never under the channel's write lock, as {@link #ended} is.
     *
     * @param cause how the session ends if it is not resumed
     */
    default void connectionLost(SessionEnding cause) {
    }

    /** The session goes on over a new connection: unacknowledged control messages were sent again. */
    default void connectionResumed() {
    }
}
