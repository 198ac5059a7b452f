package org.tandem.relay.auth;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.auth.UserAuthNoneFactory;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.server.session.ServerUserAuthService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.relay.RelayProtocol;

/**
 * The {@code ssh-userauth} service of the relay: the usual one (public keys for technicians), plus
 * the {@code none} method for the guest user {@value RelayProtocol#CUSTOMER_USER} and nobody else.
 *
 * <p>RFC 4252 lets a server accept {@code none} when a user is granted access without any
 * authentication; that is what a customer is, since all the guest may do is join a nameplate and
 * everything after that is protected end to end. SSHD itself always refuses {@code none}, hence
 * this subclass. A client must keep one user name through authentication, as SSHD enforces.
 */
public final class CustomerGuestAuthenticator extends ServerUserAuthService {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerGuestAuthenticator.class);
    private static final String CONNECTION_SERVICE = "ssh-connection";

    private String firstUser;

    public CustomerGuestAuthenticator(Session session) throws IOException {
        super(session);
    }

    /** Whether a request may log in without a credential. */
    static boolean admitsGuest(String user, String service, String method) {
        return UserAuthNoneFactory.NAME.equals(method)
                && RelayProtocol.CUSTOMER_USER.equals(user)
                && CONNECTION_SERVICE.equals(service);
    }

    @Override
    protected boolean handleUserAuthRequestMessage(ServerSession session, Buffer buffer, AtomicReference<Boolean> authHolder)
            throws Exception {
        int start = buffer.rpos();
        String user = buffer.getString();
        String service = buffer.getString();
        String method = buffer.getString();
        buffer.rpos(start);
        if (firstUser == null) {
            firstUser = user;
        }
        if (!session.isAuthenticated() && firstUser.equals(user) && admitsGuest(user, service, method)) {
            LOG.debug("Guest login from {}", session.getClientAddress());
            session.signalAuthenticationSuccess(user, service, buffer);
            return false;
        }
        return super.handleUserAuthRequestMessage(session, buffer, authHolder);
    }
}
