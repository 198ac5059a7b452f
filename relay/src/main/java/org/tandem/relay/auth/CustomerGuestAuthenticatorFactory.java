package org.tandem.relay.auth;

import java.io.IOException;
import org.apache.sshd.common.Service;
import org.apache.sshd.common.auth.AbstractUserAuthServiceFactory;
import org.apache.sshd.common.session.Session;

/** Installs {@link CustomerGuestAuthenticator} as the server's {@code ssh-userauth} service. */
public final class CustomerGuestAuthenticatorFactory extends AbstractUserAuthServiceFactory {
    @Override
    public Service create(Session session) throws IOException {
        return new CustomerGuestAuthenticator(session);
    }
}
