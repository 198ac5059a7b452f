package org.tandem.shared.relay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The relay envelope: the only messages the relay parses. One JSON object per line on the SSH
 * subsystem channel {@code tandem}, exchanged before pairing. After {@link Paired} the channel
 * carries opaque bytes that the relay pipes without reading.
 *
 * <p>The format is kept simple enough for a plain OpenSSH client to speak it by hand.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(RelayMessage.Create.class),
    @JsonSubTypes.Type(RelayMessage.Created.class),
    @JsonSubTypes.Type(RelayMessage.Join.class),
    @JsonSubTypes.Type(RelayMessage.Resume.class),
    @JsonSubTypes.Type(RelayMessage.Paired.class),
    @JsonSubTypes.Type(RelayMessage.Error.class),
    @JsonSubTypes.Type(RelayMessage.Close.class),
    @JsonSubTypes.Type(RelayMessage.Closing.class)
})
public sealed interface RelayMessage {

    /**
     * Nameplates are decimal numbers, easy to read aloud. A relay hands out 10 digits: five that
     * find the waiting technician and five that a joining customer must match (see decision 0008).
     */
    Pattern NAMEPLATE = Pattern.compile("[0-9]{1,10}");

    /** Hex digits of a resume token (16 bytes). */
    int RESUME_TOKEN_HEX = 32;

    /** A resume token as the envelope carries it. */
    Pattern RESUME_TOKEN = Pattern.compile("[0-9a-f]{" + RESUME_TOKEN_HEX + "}");

    /** Technician asks the relay for a new nameplate. */
    @JsonTypeName("create")
    record Create() implements RelayMessage {}

    /** Relay answers a {@link Create} with the nameplate it reserved. */
    @JsonTypeName("created")
    record Created(String nameplate) implements RelayMessage {
        public Created {
            requireNameplate(nameplate);
        }
    }

    /** Customer joins the session waiting under a nameplate. */
    @JsonTypeName("join")
    record Join(String nameplate) implements RelayMessage {
        public Join {
            requireNameplate(nameplate);
        }
    }

    /**
     * Either side asks to be paired again with the other end of a session that lost its connection
     * (decision 0013). The relay pairs the technician and the customer connection that present the
     * same token, whichever comes first waiting for the other; it keeps nothing else, so a restarted
     * relay resumes as well. The token is public: only the endpoints' resume proof, which the relay
     * never sees the secret of, authorises the resumed session.
     *
     * @param token {@value #RESUME_TOKEN_HEX} lowercase hex digits
     */
    @JsonTypeName("resume")
    record Resume(String token) implements RelayMessage {
        public Resume {
            if (token == null || !RESUME_TOKEN.matcher(token).matches()) {
                throw new IllegalArgumentException("A resume token is " + RESUME_TOKEN_HEX + " lowercase hex digits");
            }
        }
    }

    /** Both ends are connected; from here on the channel is an opaque byte pipe. */
    @JsonTypeName("paired")
    record Paired() implements RelayMessage {}

    /**
     * The relay refuses a request; {@code code} is stable, {@code message} is for people.
     *
     * @param retryAfterSeconds with {@link #RATE_LIMITED}: how long to wait before trying again;
     *     absent otherwise
     */
    @JsonTypeName("error")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(String code, String message, Long retryAfterSeconds) implements RelayMessage {
        public static final String UNKNOWN_NAMEPLATE = "unknown-nameplate";
        public static final String BAD_REQUEST = "bad-request";
        public static final String NOT_ALLOWED = "not-allowed";
        public static final String EXPIRED = "expired";
        /** The nameplate was joined already: its code was used by someone else, or typed twice. */
        public static final String IN_USE = "in-use";
        /** Three joins failed against the nameplate; nobody can join it any more. */
        public static final String BURNED = "burned";
        /** Too many requests from this address, or on the relay as a whole; see {@code retryAfterSeconds}. */
        public static final String RATE_LIMITED = "rate-limited";
        /** The customer did not join, or the request did not come, within the time allowed. */
        public static final String TIMEOUT = "timeout";
        /** A connection with the same resume token and role waits already. */
        public static final String RESUME_TAKEN = "resume-taken";
        /** Not sent by the relay: what a client reports when the relay said {@code closing}. */
        public static final String CLOSING = "closing";

        public Error {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            if (retryAfterSeconds != null && retryAfterSeconds < 1) {
                throw new IllegalArgumentException("retryAfterSeconds must be at least 1, got " + retryAfterSeconds);
            }
        }

        public Error(String code, String message) {
            this(code, message, null);
        }
    }

    /** Either side ends the rendezvous before pairing. */
    @JsonTypeName("close")
    record Close() implements RelayMessage {}

    /**
     * The relay is shutting down. Before pairing it comes as an envelope line; after pairing, when
     * the channel carries the endpoints' bytes, it comes as one line on the channel's extended
     * data stream (SSH "stderr"), which never mixes with those bytes. The channel closes soon after.
     */
    @JsonTypeName("closing")
    record Closing() implements RelayMessage {}

    private static void requireNameplate(String nameplate) {
        if (nameplate == null || !NAMEPLATE.matcher(nameplate).matches()) {
            throw new IllegalArgumentException("A nameplate is 1 to 10 digits, got: " + nameplate);
        }
    }
}
