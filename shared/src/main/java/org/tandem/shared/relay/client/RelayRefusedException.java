package org.tandem.shared.relay.client;

import java.io.IOException;
import java.util.Objects;

/**
 * The relay answered a request with {@code {"type":"error"}}. The message is the relay's own text,
 * meant for people; {@link #code()} is stable and meant for programs, e.g.
 * {@code unknown-nameplate} (see {@code RelayMessage.Error}).
 */
public final class RelayRefusedException extends IOException {
    private final String code;

    public RelayRefusedException(String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}
