package org.tandem.relay.rendezvous;

import java.util.Objects;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.subsystem.SubsystemFactory;
import org.tandem.relay.channel.RelayChannelSession;
import org.tandem.shared.relay.RelayProtocol;

/** Makes the {@code tandem} subsystem, the only one the relay offers. */
public final class RendezvousSubsystemFactory implements SubsystemFactory {
    private final RendezvousService service;

    public RendezvousSubsystemFactory(RendezvousService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @Override
    public String getName() {
        return RelayProtocol.SUBSYSTEM;
    }

    @Override
    public Command createSubsystem(ChannelSession channel) {
        if (!(channel instanceof RelayChannelSession relayChannel)) {
            throw new IllegalStateException("The tandem subsystem needs a RelayChannelSession, got " + channel);
        }
        RendezvousSubsystem subsystem = new RendezvousSubsystem(service, relayChannel);
        // Set before SSHD installs its own receiver, which would buffer the channel's data in a stream.
        channel.setDataReceiver(subsystem);
        return subsystem;
    }
}
