package org.tandem.shared.relay;

import java.io.IOException;

/** A line on the relay channel that is not a valid relay message. */
public final class RelayProtocolException extends IOException {
    public RelayProtocolException(String message) {
        super(message);
    }

    public RelayProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
