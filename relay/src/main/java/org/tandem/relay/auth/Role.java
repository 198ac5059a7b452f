package org.tandem.relay.auth;

import org.apache.sshd.server.session.ServerSession;
import org.tandem.shared.relay.RelayProtocol;

/**
 * Who is on an authenticated session. The guest user name can only log in without a credential
 * and every other name only with a listed technician key, so the name alone tells the role.
 */
public enum Role {
    TECHNICIAN,
    CUSTOMER;

    public static Role of(ServerSession session) {
        if (!session.isAuthenticated()) {
            throw new IllegalStateException("The session is not authenticated yet");
        }
        return RelayProtocol.CUSTOMER_USER.equals(session.getUsername()) ? CUSTOMER : TECHNICIAN;
    }
}
