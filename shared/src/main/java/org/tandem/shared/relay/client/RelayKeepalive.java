package org.tandem.shared.relay.client;

import java.io.IOException;
import org.apache.sshd.client.session.AbstractClientSession;
import org.apache.sshd.client.session.ClientConnectionService;
import org.apache.sshd.client.session.ClientConnectionServiceFactory;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.Service;
import org.apache.sshd.common.session.Session;

/**
 * The SSH connection service of a relay connection, whose keepalive rests once the link's user says
 * its own heartbeats took over ({@link RelayLink#heartbeatsTakeOver}): a session channel's, which
 * cross the link end to end and give a silent connection up within 5 s (decision 0019), sooner than
 * three unanswered keepalives would; the keepalive would only add its request and answer to the
 * wire every 2 s. Until then (a technician waiting for a customer, a link still pairing) the
 * keepalive keeps the connection alive through NAT and notices a relay that stopped answering.
 */
final class RelayKeepalive extends ClientConnectionServiceFactory {
    /** Set on an SSH session whose link's own heartbeats took over; the keepalive then sends nothing. */
    static final AttributeKey<Boolean> RESTING = new AttributeKey<>();

    @Override
    public Service create(Session session) throws IOException {
        if (!(session instanceof AbstractClientSession client)) {
            throw new IOException("Not a client session: " + session);
        }
        ClientConnectionService service = new ClientConnectionService(client) {
            @Override
            protected boolean sendHeartBeat() {
                if (Boolean.TRUE.equals(getSession().getAttribute(RESTING))) {
                    return true; // nothing owed: the link's own heartbeats speak for it
                }
                return super.sendHeartBeat();
            }
        };
        service.addPortForwardingEventListenerManager(this);
        return service;
    }
}
