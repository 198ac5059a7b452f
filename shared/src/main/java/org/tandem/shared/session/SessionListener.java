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

    /** The channel ended; called once. */
    void ended(SessionEndReason reason);
}
