package org.tandem.relay.auth;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.auth.UserAuthNoneFactory;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.server.session.ServerUserAuthService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.relay.connection.ConnectionState;
import org.tandem.relay.limit.AdmissionControl;
import org.tandem.shared.relay.RelayProtocol;

/**
 * The {@code ssh-userauth} service of the relay: the usual one (public keys for technicians), plus
 * the {@code none} method for the guest user {@value RelayProtocol#CUSTOMER_USER} and nobody else.
 *
 * <p>RFC 4252 lets a server accept {@code none} when a user is granted access without any
 * authentication; that is what a customer is, since all the guest may do is join a nameplate and
 * everything after that is protected end to end. SSHD itself always refuses {@code none}, hence
 * this subclass.
 *
 * <p>The rules, each checked before SSHD sees the request: the guest gets in only with
 * {@code none} as the connection's very first attempt; a connection keeps one user name (a switch
 * ends it); it makes at most the configured number of attempts, counted per connection, so that
 * asking for this service again (which the factory refuses anyway) resets nothing; and an address
 * backing off after failed logins gets nowhere.
 */
public final class CustomerGuestAuthenticator extends ServerUserAuthService {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerGuestAuthenticator.class);
    private static final String CONNECTION_SERVICE = "ssh-connection";

    private final AdmissionControl admission;

    public CustomerGuestAuthenticator(Session session, AdmissionControl admission) throws IOException {
        super(session);
        this.admission = Objects.requireNonNull(admission, "admission");
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
        if (session.isAuthenticated()) {
            return super.handleUserAuthRequestMessage(session, buffer, authHolder);
        }
        int start = buffer.rpos();
        String user = buffer.getString();
        String service = buffer.getString();
        String method = buffer.getString();
        buffer.rpos(start);
        ConnectionState state = ConnectionState.of(session);
        int attempt = state.countLoginAttempt();
        if (admission.loginBlocked(state.source())) {
            return refuse(session, state, "logins from this address are backing off after failures");
        }
        if (!state.sameUserAsFirst(user)) {
            return refuse(session, state, "switched user name during login");
        }
        if (attempt > admission.loginAttemptsPerConnection()) {
            return refuse(session, state, "more than " + admission.loginAttemptsPerConnection()
                    + " login attempts on one connection");
        }
        if (RelayProtocol.CUSTOMER_USER.equals(user)) {
            if (attempt == 1 && admitsGuest(user, service, method)) {
                LOG.debug("Guest login from {}", session.getClientAddress());
                session.signalAuthenticationSuccess(user, service, buffer);
                return false;
            }
            return refuse(session, state, "the guest user may only log in with 'none', as its first attempt");
        }
        return super.handleUserAuthRequestMessage(session, buffer, authHolder);
    }

    private boolean refuse(ServerSession session, ConnectionState state, String why) throws IOException {
        admission.loginFailed(state.source(), why);
        session.disconnect(SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE, "Login refused");
        return false;
    }
}
