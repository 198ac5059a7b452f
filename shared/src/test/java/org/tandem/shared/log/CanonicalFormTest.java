package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact bytes of a line: another implementation must be able to reproduce every hash. The lines
 * are written by the real {@link SessionLogWriter}; the rules are checked here without the log's
 * own canonical form: keys sorted at every level, no whitespace, UTF-8 as is, Jackson's escapes,
 * and the hash over {@code prev} followed by the event without its hash.
 */
class CanonicalFormTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00.123456Z"), ZoneOffset.UTC);
    private static final String PREV = "0".repeat(64);
    /** A quote, a line break and a control character, escaped; letters beyond ASCII and a slash, as they are. */
    private static final String TEXT = "Grüß \"dich\"\n\u0001/";
    /** The hash of the first event below, pinned, so that a change to the form cannot pass unnoticed. */
    private static final String HASH = "1b318052d352464fa0f02a79f846e8399a54ea6d09e1d87dc1e5c5ae35dbd588";
    /** Plain Jackson: it keeps the keys of a line in the order they were read. */
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aLineIsTheSortedEventWithItsHash() throws Exception {
        // Every object given with its keys out of order.
        String line = firstLine("s.log", "s-1", "technician:Dana", ordered(
                "text", TEXT,
                "list", List.of(ordered("y", "2", "x", "1")),
                "b", ordered("z", 1, "a", true)));
        JsonNode event = JSON.readTree(line);

        assertEquals(List.of(), unsortedObjects(event, "the event"), () -> "keys sorted at every level: " + line);
        assertEquals(JSON.writeValueAsString(event), line, "no whitespace, UTF-8 as is, escaped as Jackson escapes");
        assertTrue(line.contains("\"text\":\"Grüß \\\"dich\\\"\\n\\u0001/\""), () -> "the text's escapes: " + line);
        assertEquals("2026-03-01T09:00:00.123Z", event.get("time").asText(), "milliseconds, in UTC");

        ObjectNode withoutHash = event.deepCopy();
        String hash = withoutHash.remove("hash").asText();
        assertEquals(PREV, withoutHash.get("prev").asText(), "the first event follows 64 zeros");
        String hashed = PREV + JSON.writeValueAsString(withoutHash);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(hashed.getBytes(StandardCharsets.UTF_8)));
        assertEquals(sha256, hash, "SHA-256 of prev and the event without its hash");
        assertEquals(HASH, hash, () -> "the bytes hashed are no longer the ones pinned: " + hashed);
    }

    @Test
    void timeHasMillisecondsAlways() {
        assertEquals("2026-03-01T09:00:00.000Z", LogEvents.formatTime(Instant.parse("2026-03-01T09:00:00Z")));
        assertEquals("2026-03-01T09:00:00.123Z", LogEvents.formatTime(Instant.parse("2026-03-01T09:00:00.123999Z")));
        assertThrows(IllegalArgumentException.class, () -> LogEvents.parseTime("2026-03-01T09:00:00Z"));
        assertThrows(IllegalArgumentException.class, () -> LogEvents.parseTime("2026-03-01T10:00:00.000+01:00"));
    }

    @Test
    void fractionalNumbersAreRefused() throws Exception {
        Path file = dir.resolve("ratio.log");
        try (SessionLogWriter log = SessionLogWriter.create(file, "s", "customer", SampleSessionLogs.newKey(), 100,
                CLOCK)) {
            assertThrows(IllegalArgumentException.class,
                    () -> log.append("customer", LogEventTypes.CHAT, Map.of("ratio", 0.5)));
            assertEquals(List.of(), Files.readAllLines(file, StandardCharsets.UTF_8), "nothing of it was written");
        }
    }

    @Test
    void theSameEventHashesTheSameWhateverTheKeyOrderGiven() throws Exception {
        String given = firstLine("given.log", "s", "customer", ordered("text", "hi", "a", ordered("d", 1, "c", 2)));
        String reordered = firstLine("reordered.log", "s", "customer",
                ordered("a", ordered("c", 2, "d", 1), "text", "hi"));
        assertEquals(given, reordered, "one line, and so one hash, for the same event");

        // A line read with its keys in another order is brought back to the same bytes, as the verifier does.
        String shuffled = JSON.writeValueAsString(reversed(JSON.readTree(given)));
        assertNotEquals(given, shuffled, "the keys were moved");
        assertEquals(given, CanonicalJson.write(CanonicalJson.parse(shuffled)));
    }

    /** The first line of a new log that holds one chat event with these details. */
    private String firstLine(String name, String session, String actor, Map<String, ?> details) throws Exception {
        Path file = dir.resolve(name);
        try (SessionLogWriter log = SessionLogWriter.create(file, session, actor, SampleSessionLogs.newKey(), 100,
                CLOCK)) {
            log.append(actor, LogEventTypes.CHAT, details);
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    }

    /** A map that keeps the order its keys are given in. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Where in {@code node} an object's keys are not in {@link String#compareTo} order. */
    private static List<String> unsortedObjects(JsonNode node, String where) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            if (!keys.equals(keys.stream().sorted().toList())) {
                found.add(where + " " + keys);
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                found.addAll(unsortedObjects(field.getValue(), where + "." + field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(unsortedObjects(node.get(i), where + "[" + i + "]"));
            }
        }
        return found;
    }

    /** A copy of {@code node} with the keys of every object in the opposite order. */
    private static JsonNode reversed(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (int i = fields.size() - 1; i >= 0; i--) {
                copy.set(fields.get(i).getKey(), reversed(fields.get(i).getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(reversed(element)));
            return copy;
        }
        return node;
    }
}
