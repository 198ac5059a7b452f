package org.tandem.shared.relay.client;

import java.io.IOException;

/** The relay did not let this client log in: a technician key it does not list, or no guest access. */
public final class RelayLoginRefusedException extends IOException {
    public RelayLoginRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
