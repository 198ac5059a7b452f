package org.tandem.shared.relay.client;

import java.io.IOException;

/**
 * The person gave up the try to connect ({@link ConnectAttempt#cancel()}): what it had opened is
 * closed. Not a failure to tell anyone about; the app says "Connection cancelled." in its own words.
 */
public final class ConnectCancelledException extends IOException {
    private static final long serialVersionUID = 1L;

    public ConnectCancelledException() {
        super("The connection attempt was cancelled");
    }

    /** @param cause what the cancelled try failed with as its connection was closed under it */
    public ConnectCancelledException(Throwable cause) {
        super("The connection attempt was cancelled", cause);
    }
}
