package org.tandem.relay.channel;

import java.io.IOException;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.channel.ChannelSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session channel that grants one kind of request: starting a subsystem. Shell, exec, pty,
 * environment variables, agent and X11 forwarding, signals and the rest are refused here, before
 * any factory or filter is asked, so nothing configured elsewhere can turn them on by mistake.
 */
public final class RelayChannelSession extends ChannelSession {
    private static final Logger LOG = LoggerFactory.getLogger(RelayChannelSession.class);
    private static final String SUBSYSTEM_REQUEST = "subsystem";

    /**
     * Sends SSH EOF: no more data comes on this channel, though data may still arrive on it.
     * Closing the command's output stream alone does not do that in SSHD.
     */
    public void sendEndOfData() throws IOException {
        sendEof();
    }

    @Override
    protected RequestHandler.Result handleInternalRequest(String requestType, boolean wantReply, Buffer buffer)
            throws IOException {
        if (SUBSYSTEM_REQUEST.equals(requestType)) {
            return super.handleInternalRequest(requestType, wantReply, buffer);
        }
        LOG.info("Refused channel request '{}' from {}", requestType, getSession().getClientAddress());
        return RequestHandler.Result.ReplyFailure;
    }
}
