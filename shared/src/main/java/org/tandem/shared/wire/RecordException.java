package org.tandem.shared.wire;

import java.io.IOException;

/** A record that cannot be accepted: oversize, cut short, or failing the cipher's checks. */
public class RecordException extends IOException {
    public RecordException(String message) {
        super(message);
    }

    public RecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
