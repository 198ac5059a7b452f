package org.tandem.relay.auth;

import java.io.IOException;
import java.util.Objects;
import org.apache.sshd.common.Service;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.auth.AbstractUserAuthServiceFactory;
import org.apache.sshd.common.session.Session;
import org.tandem.relay.connection.ConnectionState;
import org.tandem.relay.limit.AdmissionControl;

/**
 * Installs {@link CustomerGuestAuthenticator} as the server's {@code ssh-userauth} service, once
 * per connection: asking for the service again would start a fresh count of login attempts, so
 * it counts as a failed login and ends the connection.
 */
public final class CustomerGuestAuthenticatorFactory extends AbstractUserAuthServiceFactory {
    private final AdmissionControl admission;

    public CustomerGuestAuthenticatorFactory(AdmissionControl admission) {
        this.admission = Objects.requireNonNull(admission, "admission");
    }

    @Override
    public Service create(Session session) throws IOException {
        ConnectionState state = ConnectionState.of(session);
        if (!state.startUserAuth()) {
            admission.loginFailed(state.source(), "asked for the ssh-userauth service a second time");
            throw new SshException("ssh-userauth was asked for a second time");
        }
        return new CustomerGuestAuthenticator(session, admission);
    }
}
