package org.tandem.shared.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/** The fields of a log event, its hash and its time format: what writer, reader and verifier share. */
final class LogEvents {
    static final String SEQ = "seq";
    static final String TIME = "time";
    static final String SESSION = "session";
    static final String ACTOR = "actor";
    static final String TYPE = "type";
    static final String DETAILS = "details";
    static final String PREV = "prev";
    static final String HASH = "hash";
    /** Every field of a written event, in canonical (sorted) order. */
    static final List<String> FIELDS = List.of(ACTOR, DETAILS, HASH, PREV, SEQ, SESSION, TIME, TYPE);
    /** The {@code prev} of the first event: there is nothing before it. */
    static final String GENESIS = "0".repeat(64);

    // Always three fraction digits, so that one instant has one spelling.
    private static final DateTimeFormatter TIME_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private LogEvents() {}

    /** A complete event, {@code hash} included, with its keys sorted. */
    static ObjectNode event(long seq, Instant time, String session, String actor, String type, JsonNode details, String prev) {
        if (!details.isObject()) {
            throw new IllegalArgumentException("Event details are a JSON object");
        }
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put(ACTOR, actor);
        event.set(DETAILS, details);
        event.put(PREV, prev);
        event.put(SEQ, seq);
        event.put(SESSION, session);
        event.put(TIME, formatTime(time));
        event.put(TYPE, type);
        event.put(HASH, hash(event));
        return (ObjectNode) CanonicalJson.sorted(event);
    }

    /** SHA-256 over UTF-8 of {@code prev} followed by the canonical event without its {@code hash}, in hex. */
    static String hash(ObjectNode event) {
        ObjectNode withoutHash = event.deepCopy();
        withoutHash.remove(HASH);
        String prev = withoutHash.path(PREV).asText();
        return sha256Hex(prev + CanonicalJson.write(withoutHash));
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String formatTime(Instant time) {
        return TIME_FORMAT.format(time.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The instant of a {@code time} field; only the one spelling {@link #formatTime} writes is accepted. */
    static Instant parseTime(String text) {
        Instant time;
        try {
            time = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time is not a UTC instant: " + text, e);
        }
        if (!formatTime(time).equals(text)) {
            throw new IllegalArgumentException("time is not written as yyyy-MM-ddTHH:mm:ss.SSSZ: " + text);
        }
        return time;
    }

    static boolean isHash(String text) {
        return text.length() == 64 && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
