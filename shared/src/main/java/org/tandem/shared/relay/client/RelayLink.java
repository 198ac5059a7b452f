package org.tandem.shared.relay.client;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The byte pipe to the other side once the relay has paired the two. The relay passes bytes
 * through unread; everything on it must be protected end to end by the caller.
 *
 * <p>{@link #input()} returns -1 once the other side or the relay goes away, after every byte
 * that was sent before. Closing {@link #output()} only ends this direction; {@link #close()}
 * ends both, and the connection to the relay.
 */
public interface RelayLink extends AutoCloseable {
    InputStream input();

    OutputStream output();

    boolean isOpen();

    /**
     * Whether the relay said it is shutting down ({@code {"type":"closing"}}): when the input
     * ended, this tells a relay restart from a lost connection. False for links not through a relay.
     */
    default boolean relayClosing() {
        return false;
    }

    /**
     * The caller's own heartbeats cross this link from now on, end to end, and give a silent peer or
     * relay up (a session channel's, decision 0019): the connection's SSH keepalive rests. Until then
     * the keepalive keeps the link alive through NAT and notices a relay that stopped answering.
     */
    default void heartbeatsTakeOver() {}

    @Override
    void close();
}
