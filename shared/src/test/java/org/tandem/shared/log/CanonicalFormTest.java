package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact bytes of a line: another implementation must be able to reproduce every hash. */
class CanonicalFormTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00.123456Z"), ZoneOffset.UTC);
    private static final String PREV = "0".repeat(64);
    /** The event without its hash: keys sorted at every level, no spaces, UTF-8 as is, Jackson's escapes. */
    private static final String EVENT = "{\"actor\":\"technician:Dana\","
            + "\"details\":{\"b\":{\"a\":true,\"z\":1},\"list\":[{\"x\":\"1\",\"y\":\"2\"}],\"text\":\"Grüß \\\"dich\\\"\\n\\u0001/\"},"
            + "\"prev\":\"" + PREV + "\",\"seq\":1,\"session\":\"s-1\",\"time\":\"2026-03-01T09:00:00.123Z\",\"type\":\"chat\"}";
    /** Pinned, so that a change to the form cannot pass unnoticed. */
    private static final String HASH = "1b318052d352464fa0f02a79f846e8399a54ea6d09e1d87dc1e5c5ae35dbd588";

    @TempDir
    Path dir;

    @Test
    void aLineIsTheSortedEventWithItsHash() throws Exception {
        Path file = dir.resolve("s.log");
        try (SessionLogWriter log = SessionLogWriter.create(file, "s-1", "technician:Dana", SampleSessionLogs.newKey(), 100, CLOCK)) {
            log.append("technician:Dana", LogEventTypes.CHAT, Map.of(
                    "text", "Grüß \"dich\"\n\u0001/",
                    "list", List.of(Map.of("y", "2", "x", "1")),
                    "b", Map.of("z", 1, "a", true)));
        }
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((PREV + EVENT).getBytes(StandardCharsets.UTF_8)));
        String expected = EVENT.replace(",\"prev\":", ",\"hash\":\"" + hash + "\",\"prev\":");

        assertEquals(expected, Files.readAllLines(file, StandardCharsets.UTF_8).get(0));
        assertEquals(HASH, hash);
    }

    @Test
    void timeHasMillisecondsAlways() {
        assertEquals("2026-03-01T09:00:00.000Z", LogEvents.formatTime(Instant.parse("2026-03-01T09:00:00Z")));
        assertEquals("2026-03-01T09:00:00.123Z", LogEvents.formatTime(Instant.parse("2026-03-01T09:00:00.123999Z")));
        assertThrows(IllegalArgumentException.class, () -> LogEvents.parseTime("2026-03-01T09:00:00Z"));
        assertThrows(IllegalArgumentException.class, () -> LogEvents.parseTime("2026-03-01T10:00:00.000+01:00"));
    }

    @Test
    void fractionalNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.tree(Map.of("ratio", 0.5)));
    }

    @Test
    void theSameEventHashesTheSameWhateverTheKeyOrderGiven() throws Exception {
        String shuffled = "{\"type\":\"chat\",\"seq\":1,\"details\":{\"text\":\"hi\",\"a\":{\"d\":1,\"c\":2}},"
                + "\"actor\":\"customer\",\"prev\":\"" + PREV + "\",\"session\":\"s\",\"time\":\"2026-03-01T09:00:00.000Z\"}";
        String sorted = "{\"actor\":\"customer\",\"details\":{\"a\":{\"c\":2,\"d\":1},\"text\":\"hi\"},\"prev\":\"" + PREV
                + "\",\"seq\":1,\"session\":\"s\",\"time\":\"2026-03-01T09:00:00.000Z\",\"type\":\"chat\"}";

        assertEquals(sorted, CanonicalJson.write(CanonicalJson.parse(shuffled)));
    }
}
