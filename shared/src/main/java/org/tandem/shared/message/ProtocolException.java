package org.tandem.shared.message;

import java.io.IOException;

/** A session message that breaks the protocol; the session ends with this message as its reason. */
public final class ProtocolException extends IOException {
    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
