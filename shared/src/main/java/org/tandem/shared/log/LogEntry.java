package org.tandem.shared.log;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event of a session log, as read back. {@code details} keeps the JSON structure: strings,
 * integers, booleans, lists and maps.
 *
 * @param seq     position in the log, from 1
 * @param actor   {@code customer}, {@code technician:<name>} or {@code system}
 * @param type    one of {@link LogEventTypes}
 * @param prev    hash of the event before, 64 zeros for the first
 * @param hash    hash of this event (see {@link SessionLogWriter} for how it is made)
 */
public record LogEntry(long seq, Instant time, String session, String actor, String type,
                       Map<String, Object> details, String prev, String hash) {
    static final String TECHNICIAN_PREFIX = "technician:";
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    public LogEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(details, "details")));
        Objects.requireNonNull(prev, "prev");
        Objects.requireNonNull(hash, "hash");
    }

    /** The detail {@code key} as text: a string as it is, anything else as JSON, absent as "". */
    public String detail(String key) {
        Object value = details.get(key);
        if (value == null) {
            return "";
        }
        return value instanceof String text ? text : CanonicalJson.write(CanonicalJson.tree(value));
    }

    /** Whether the actor is a technician, whose name follows {@code technician:}. */
    public boolean byTechnician() {
        return actor.startsWith(TECHNICIAN_PREFIX);
    }

    /** The technician's name or id from the actor, or "" when a customer or the system acted. */
    public String technicianName() {
        return byTechnician() ? actor.substring(TECHNICIAN_PREFIX.length()) : "";
    }

    /** The entry for a verified or written event node. */
    static LogEntry of(JsonNode event) {
        Map<String, Object> details = CanonicalJson.MAPPER.convertValue(event.get(LogEvents.DETAILS), MAP);
        return new LogEntry(event.get(LogEvents.SEQ).asLong(), LogEvents.parseTime(event.get(LogEvents.TIME).asText()),
                event.get(LogEvents.SESSION).asText(), event.get(LogEvents.ACTOR).asText(),
                event.get(LogEvents.TYPE).asText(), details, event.get(LogEvents.PREV).asText(),
                event.get(LogEvents.HASH).asText());
    }
}
