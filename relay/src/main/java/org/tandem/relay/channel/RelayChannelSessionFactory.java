package org.tandem.relay.channel;

import java.util.Objects;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.tandem.relay.connection.ConnectionState;
import org.tandem.relay.limit.RefusalLog;

/**
 * The only channel type the relay opens: {@code session}, as a {@link RelayChannelSession}, and
 * only one per connection, ever: a second one is refused cleanly (the connection stays as it was).
 * Without factories for {@code direct-tcpip} and the like, port forwarding channels are refused
 * when they are opened.
 */
public final class RelayChannelSessionFactory implements ChannelFactory {
    private final RefusalLog refusals;

    public RelayChannelSessionFactory(RefusalLog refusals) {
        this.refusals = Objects.requireNonNull(refusals, "refusals");
    }

    @Override
    public String getName() {
        return ChannelSessionFactory.INSTANCE.getName();
    }

    @Override
    public Channel createChannel(Session session) {
        ConnectionState state = ConnectionState.of(session);
        if (!state.openChannel()) {
            refusals.refused("second-channel", state.source(), "a connection gets one channel");
            return null;
        }
        return new RelayChannelSession();
    }
}
