package org.tandem.shared.relay.client;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The relay answered a request with {@code {"type":"error"}}. The message is the relay's own text,
 * meant for people; {@link #code()} is stable and meant for programs, e.g.
 * {@code unknown-nameplate} (see {@code RelayMessage.Error}).
 */
public class RelayRefusedException extends IOException {
    private final String code;
    private final Duration retryAfter;

    public RelayRefusedException(String code, String message) {
        this(code, message, null);
    }

    /** @param retryAfter with {@code rate-limited}: how long to wait before asking again; else null */
    public RelayRefusedException(String code, String message, Duration retryAfter) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
        this.retryAfter = retryAfter;
    }

    public String code() {
        return code;
    }

    /** With {@code rate-limited}: how long the relay asks to wait before the next request. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
