package org.tandem.shared.screen;

import org.tandem.shared.message.ProtocolException;

/** A screen update whose contents cannot be decoded. */
public final class ScreenCodecException extends Exception {
    public ScreenCodecException(String message) {
        super(message);
    }

    public ScreenCodecException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProtocolException asProtocolException() {
        return new ProtocolException(getMessage(), this);
    }
}
