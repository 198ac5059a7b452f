package org.tandem.relay.channel;

import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.channel.ChannelSessionFactory;

/**
 * The only channel type the relay opens: {@code session}, as a {@link RelayChannelSession}.
 * Without factories for {@code direct-tcpip} and the like, port forwarding channels are refused
 * when they are opened.
 */
public final class RelayChannelSessionFactory implements ChannelFactory {
    @Override
    public String getName() {
        return ChannelSessionFactory.INSTANCE.getName();
    }

    @Override
    public Channel createChannel(Session session) {
        return new RelayChannelSession();
    }
}
