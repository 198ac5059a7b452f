package org.tandem.shared.relay;

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
    @JsonSubTypes.Type(RelayMessage.Paired.class),
    @JsonSubTypes.Type(RelayMessage.Error.class),
    @JsonSubTypes.Type(RelayMessage.Close.class)
})
public sealed interface RelayMessage {

    /** Nameplates are short decimal numbers, easy to read aloud. */
    Pattern NAMEPLATE = Pattern.compile("[0-9]{1,9}");

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

    /** Both ends are connected; from here on the channel is an opaque byte pipe. */
    @JsonTypeName("paired")
    record Paired() implements RelayMessage {}

    /** The relay refuses a request; {@code code} is stable, {@code message} is for people. */
    @JsonTypeName("error")
    record Error(String code, String message) implements RelayMessage {
        public static final String UNKNOWN_NAMEPLATE = "unknown-nameplate";
        public static final String BAD_REQUEST = "bad-request";
        public static final String NOT_ALLOWED = "not-allowed";
        public static final String EXPIRED = "expired";
        /** The nameplate was joined already: its code was used by someone else, or typed twice. */
        public static final String IN_USE = "in-use";

        public Error {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Either side ends the rendezvous before pairing. */
    @JsonTypeName("close")
    record Close() implements RelayMessage {}

    private static void requireNameplate(String nameplate) {
        if (nameplate == null || !NAMEPLATE.matcher(nameplate).matches()) {
            throw new IllegalArgumentException("A nameplate is 1 to 9 digits, got: " + nameplate);
        }
    }
}
