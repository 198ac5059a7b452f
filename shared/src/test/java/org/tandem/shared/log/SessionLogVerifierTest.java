package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.LogVerification.Broken;
import org.tandem.shared.log.LogVerification.Intact;
import org.tandem.shared.log.LogVerification.NotClosed;

/** Every way of altering a realistic log is caught, at the line that was altered. */
class SessionLogVerifierTest {
    private static final List<String> FIELDS = List.of("actor", "details", "hash", "prev", "seq", "session", "time", "type");

    @TempDir
    Path dir;

    private SampleSessionLogs.Pair logs;
    private List<String> lines;
    private List<ObjectNode> events;

    @BeforeEach
    void writeLogs() throws Exception {
        logs = SampleSessionLogs.write(dir, Instant.parse("2026-03-01T09:00:00Z"));
        lines = Files.readAllLines(logs.technicianLog(), StandardCharsets.UTF_8);
        events = LogForger.events(logs.technicianLog());
    }

    @Test
    void theSampleLogsAreIntactAndVouchForEachOther() throws Exception {
        Intact technician = assertInstanceOf(Intact.class, SessionLogVerifier.verify(logs.technicianLog(),
                Optional.of(logs.technicianKey().getPublic())));
        Intact customer = assertInstanceOf(Intact.class, SessionLogVerifier.verify(logs.customerLog(),
                Optional.of(logs.customerKey().getPublic())));

        assertEquals(45, technician.events(), "39 events, 3 checkpoints, final checkpoint, receipt, final checkpoint again");
        assertEquals(44, customer.events(), "39 events, 3 checkpoints, receipt, final checkpoint");
        assertEquals(Optional.of(customer.finalCheckpoint()), technician.receipt());
        assertEquals(Optional.of(technician.finalCheckpoint()), customer.receipt());
        assertTrue(SessionLogVerifier.crossCheck(logs.technicianLog(), logs.customerLog()).consistent());
        assertTrue(SessionLogVerifier.crossCheck(logs.customerLog(), logs.technicianLog()).consistent());
    }

    @TestFactory
    Stream<DynamicTest> aFlippedByteInAnyFieldOfAnyLineIsCaughtAtThatLine() {
        return IntStream.range(0, lines.size()).boxed().flatMap(index -> FIELDS.stream().map(field ->
                dynamicTest("line " + (index + 1) + ", " + field, () -> {
                    byte[] line = lines.get(index).getBytes(StandardCharsets.UTF_8);
                    line[valueOffset(lines.get(index), field)] ^= 0x01;
                    List<byte[]> altered = bytesOf(lines);
                    altered.set(index, line);
                    Path file = write("flipped.log", altered);

                    assertBroken(index + 1, SessionLogVerifier.verify(file));
                })));
    }

    @TestFactory
    Stream<DynamicTest> aDeletedLineIsCaughtWhereItWas() {
        return IntStream.range(0, lines.size()).mapToObj(index -> dynamicTest("line " + (index + 1), () -> {
            List<String> altered = new ArrayList<>(lines);
            altered.remove(index);
            LogVerification result = SessionLogVerifier.verify(writeLines("deleted.log", altered));

            if (index == lines.size() - 1) {
                // Losing the last checkpoint leaves a receipt nothing covers: not closed.
                assertEquals(new NotClosed(lines.size() - 1), result);
            } else {
                assertBroken(index + 1, result);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> swappedNeighboursAreCaughtAtTheFirstOfThem() {
        return IntStream.range(0, lines.size() - 1).mapToObj(index -> dynamicTest("lines " + (index + 1) + " and " + (index + 2), () -> {
            List<String> altered = new ArrayList<>(lines);
            altered.set(index, lines.get(index + 1));
            altered.set(index + 1, lines.get(index));

            assertBroken(index + 1, SessionLogVerifier.verify(writeLines("swapped.log", altered)));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aLogCutAtALineIsNotClosedUnlessCutRightAfterItsFinalCheckpoint() {
        int finalLine = LogForger.indexOfType(events, LogEventTypes.CHECKPOINT, 3) + 1;
        return IntStream.range(0, lines.size()).mapToObj(kept -> dynamicTest(kept + " lines kept", () -> {
            LogVerification result = SessionLogVerifier.verify(writeLines("cut.log", lines.subList(0, kept)));

            if (kept == finalLine) {
                // Cutting off a receipt stored after finishing leaves a closed log without a receipt, which the
                // verdict says; only the cross-check can tell it from a log closed before the receipt came.
                Intact intact = assertInstanceOf(Intact.class, result);
                assertEquals(Optional.empty(), intact.receipt());
                assertEquals("intact (" + kept + " events, closed, no receipt from the other side)", intact.describe());
                assertFalse(SessionLogVerifier.crossCheck(dir.resolve("cut.log"), logs.customerLog()).consistent());
            } else {
                assertEquals(new NotClosed(kept), result);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> aLogCutMidLineIsNotClosedAndVerifiesUpToTheLineBefore() {
        return IntStream.range(0, lines.size()).mapToObj(index -> dynamicTest("in line " + (index + 1), () -> {
            StringBuilder text = new StringBuilder();
            lines.subList(0, index).forEach(line -> text.append(line).append('\n'));
            text.append(lines.get(index), 0, lines.get(index).length() / 2);
            Path file = dir.resolve("torn.log");
            Files.writeString(file, text, StandardCharsets.UTF_8);

            assertEquals(new NotClosed(index), SessionLogVerifier.verify(file));
        }));
    }

    @TestFactory
    Stream<DynamicTest> aForgedLineWithAGoodHashBreaksTheChainAfterIt() {
        int finalIndex = LogForger.indexOfType(events, LogEventTypes.CHECKPOINT, 3);
        return IntStream.rangeClosed(0, events.size()).mapToObj(position -> dynamicTest("inserted as line " + (position + 1), () -> {
            List<ObjectNode> altered = new ArrayList<>(events);
            altered.add(position, forgedChat(position));

            LogVerification result = verify("forged.log", altered);

            if (position > finalIndex) {
                // After the final checkpoint, the forged line itself is out of place.
                assertBroken(position + 1, result);
            } else {
                assertBroken(position + 2, result);
            }
        }));
    }

    @Test
    void aLineAppendedAfterTheFinalCheckpointIsCaught() throws Exception {
        List<ObjectNode> altered = new ArrayList<>(events);
        altered.add(forgedChat(events.size()));

        assertEquals(new Broken(events.size() + 1, "content after the final checkpoint"), verify("appended.log", altered));
    }

    @Test
    void aForgedLineWithEveryHashAfterItRecomputedIsCaughtAtTheNextCheckpoint() throws Exception {
        List<ObjectNode> altered = new ArrayList<>(events);
        altered.add(12, forgedChat(12));
        altered = LogForger.rechain(altered, 12, Optional.empty());

        int nextCheckpoint = LogForger.indexOfType(altered, LogEventTypes.CHECKPOINT, 1);
        assertEquals(new Broken(nextCheckpoint + 1, "checkpoint signature is invalid"), verify("forged.log", altered));
    }

    @Test
    void aCheckpointReSignedWithAnotherKeyIsCaught() throws Exception {
        KeyPair attacker = SampleSessionLogs.newKey();
        int second = LogForger.indexOfType(events, LogEventTypes.CHECKPOINT, 1);
        List<ObjectNode> altered = new ArrayList<>(events);
        ObjectNode chat = altered.get(second - 1).deepCopy();
        ((ObjectNode) chat.get("details")).put("text", "Nothing happened here.");
        altered.set(second - 1, chat);
        altered = LogForger.rechain(altered, second - 1, Optional.of(attacker));

        assertEquals(new Broken(second + 1, "checkpoint signed by key " + KeyFingerprint.of(attacker.getPublic())
                        + ", not by key " + KeyFingerprint.of(logs.technicianKey().getPublic()) + " that signed the checkpoints before it"),
                verify("resigned.log", altered));
    }

    @Test
    void aWholeLogReSignedWithAnotherKeyIsCaughtByTheExpectedSignerOrTheCrossCheck() throws Exception {
        KeyPair attacker = SampleSessionLogs.newKey();
        List<ObjectNode> altered = LogForger.rechain(events, 0, Optional.of(attacker));
        Path file = dir.resolve("resigned.log");
        LogForger.write(file, altered);

        LogVerificationReport unchecked = SessionLogVerifier.report(file, Optional.empty());
        assertInstanceOf(Intact.class, unchecked.verdict(), "without knowing the key, a new signer looks fine");
        assertEquals(Optional.of(new LogSigner(KeyFingerprint.of(attacker.getPublic()), SampleSessionLogs.TECHNICIAN, false)),
                unchecked.signer(), "but the report names the key that signed it, and that it was not checked");
        int first = LogForger.indexOfType(altered, LogEventTypes.CHECKPOINT, 0);
        assertEquals(new Broken(first + 1, "checkpoint signed by key " + KeyFingerprint.of(attacker.getPublic())
                        + ", not by the expected key " + KeyFingerprint.of(logs.technicianKey().getPublic())),
                SessionLogVerifier.verify(file, Optional.of(logs.technicianKey().getPublic())));
        assertEquals(List.of("the receipt in their log is not the final checkpoint of my log"),
                SessionLogVerifier.crossCheck(file, logs.customerLog()).problems());
    }

    @Test
    void theReportNamesTheKeyThatSignedTheCheckpointsWhoseItClaimsToBeAndWhetherItWasChecked() throws Exception {
        String technicianKey = KeyFingerprint.of(logs.technicianKey().getPublic());
        String customerKey = KeyFingerprint.of(logs.customerKey().getPublic());

        assertEquals(new LogVerificationReport(SessionLogVerifier.verify(logs.technicianLog()),
                        Optional.of(new LogSigner(technicianKey, SampleSessionLogs.TECHNICIAN, false))),
                SessionLogVerifier.report(logs.technicianLog(), Optional.empty()));
        assertEquals(Optional.of(new LogSigner(technicianKey, SampleSessionLogs.TECHNICIAN, true)),
                SessionLogVerifier.report(logs.technicianLog(), Optional.of(logs.technicianKey().getPublic())).signer());
        assertEquals(Optional.of(new LogSigner(customerKey, "customer", true)),
                SessionLogVerifier.report(logs.customerLog(), Optional.of(logs.customerKey().getPublic())).signer());
    }

    @Test
    void aLogCutShortStillNamesItsSignerButAnUnsignedOrBrokenOneNamesNone() throws Exception {
        LogVerificationReport cut = SessionLogVerifier.report(writeLines("cut.log", lines.subList(0, 20)), Optional.empty());
        LogVerificationReport unsigned = SessionLogVerifier.report(writeLines("short.log", lines.subList(0, 5)), Optional.empty());
        List<String> altered = new ArrayList<>(lines);
        altered.set(30, altered.get(30).replace("\"type\":\"", "\"type\":\"x"));
        LogVerificationReport broken = SessionLogVerifier.report(writeLines("broken.log", altered), Optional.empty());

        assertEquals(new NotClosed(20), cut.verdict());
        assertEquals(Optional.of(new LogSigner(KeyFingerprint.of(logs.technicianKey().getPublic()), SampleSessionLogs.TECHNICIAN, false)),
                cut.signer());
        assertEquals(new LogVerificationReport(new NotClosed(5), Optional.empty()), unsigned);
        assertInstanceOf(Broken.class, broken.verdict());
        assertEquals(Optional.empty(), broken.signer());
    }

    @Test
    void aCheckpointWrittenUnderAnotherNameIsCaughtEvenWhenItIsTheLastLine() throws Exception {
        int last = events.size() - 1;
        List<ObjectNode> altered = new ArrayList<>(events);
        ObjectNode renamed = altered.get(last).deepCopy();
        renamed.put("actor", "customer");
        altered.set(last, LogForger.rehash(renamed));

        // Nothing signs the last line's own fields; that it names the same signer as every checkpoint before is checked.
        assertEquals(new Broken(last + 1, "checkpoint written as customer, the checkpoints before it as technician:Dana Scully"),
                verify("renamed.log", altered));
    }

    @Test
    void aCheckpointKeyWithBytesAfterItIsCaughtAtThatCheckpoint() throws Exception {
        int first = LogForger.indexOfType(events, LogEventTypes.CHECKPOINT, 0);
        List<ObjectNode> altered = new ArrayList<>(events);
        ObjectNode checkpoint = altered.get(first).deepCopy();
        ObjectNode details = (ObjectNode) checkpoint.get("details");
        byte[] key = Base64.getDecoder().decode(details.get("publicKey").asText());
        details.put("publicKey", Base64.getEncoder().encodeToString(Arrays.copyOf(key, key.length + 2)));
        altered.set(first, LogForger.rehash(checkpoint));

        // The JDK accepts the key and the signature; naming the key needs it well-formed.
        assertEquals(new Broken(first + 1, "checkpoint key is not a well-formed Ed25519 public key"),
                verify("padded.log", LogForger.rechain(altered, first + 1, Optional.empty())));
    }

    @Test
    void aReceiptWithAnAlteredHashIsCaughtAtTheReceipt() throws Exception {
        int receipt = LogForger.indexOfType(events, LogEventTypes.RECEIPT, 0);
        List<ObjectNode> altered = new ArrayList<>(events);
        ObjectNode forged = altered.get(receipt).deepCopy();
        ((ObjectNode) forged.get("details")).put("hash", "ab".repeat(32));
        altered.set(receipt, forged);

        assertEquals(new Broken(receipt + 1, "receipt signature does not verify"),
                verify("receipt.log", LogForger.rechain(altered, receipt, Optional.empty())));
    }

    @Test
    void aReceiptReplacedBySomeoneWithoutTheKeyIsCaughtAtTheCheckpointThatCoversIt() throws Exception {
        int receipt = LogForger.indexOfType(events, LogEventTypes.RECEIPT, 0);
        List<ObjectNode> altered = new ArrayList<>(events);
        altered.set(receipt, withReceipt(altered.get(receipt), SampleSessionLogs.newKey()));

        assertEquals(new Broken(receipt + 2, "checkpoint signature is invalid"),
                verify("receipt.log", LogForger.rechain(altered, receipt, Optional.empty())));
    }

    @Test
    void aReceiptReplacedByTheOwnerOfTheLogIsCaughtByTheCrossCheck() throws Exception {
        int receipt = LogForger.indexOfType(events, LogEventTypes.RECEIPT, 0);
        List<ObjectNode> altered = new ArrayList<>(events);
        altered.set(receipt, withReceipt(altered.get(receipt), SampleSessionLogs.newKey()));
        Path file = dir.resolve("receipt.log");
        LogForger.write(file, LogForger.rechain(altered, receipt, Optional.of(logs.technicianKey())));

        assertInstanceOf(Intact.class, SessionLogVerifier.verify(file, Optional.of(logs.technicianKey().getPublic())));
        assertEquals(List.of("the receipt in my log is not the final checkpoint of their log"),
                SessionLogVerifier.crossCheck(file, logs.customerLog()).problems());
    }

    @Test
    void anEventOfAnotherSessionIsCaught() throws Exception {
        List<ObjectNode> altered = new ArrayList<>(events);
        ObjectNode other = altered.get(4).deepCopy();
        other.put("session", "999-other");
        altered.set(4, other);

        assertEquals(new Broken(5, "session id 999-other differs from 482-7f3c9a of the events before"),
                verify("session.log", LogForger.rechain(altered, 4, Optional.empty())));
    }

    @Test
    void aCheckpointClaimingAnotherEventIsCaught() throws Exception {
        int first = LogForger.indexOfType(events, LogEventTypes.CHECKPOINT, 0);
        List<ObjectNode> altered = new ArrayList<>(events);
        ObjectNode checkpoint = altered.get(first).deepCopy();
        ((ObjectNode) checkpoint.get("details")).put("upTo", 3);
        altered.set(first, LogForger.rehash(checkpoint));

        assertEquals(new Broken(first + 1, "checkpoint claims event 3 but follows event " + first), verify("upto.log", altered));
    }

    @Test
    void aLineInAnotherJsonSpellingIsCaughtEvenThoughItMeansTheSame() throws Exception {
        List<String> altered = new ArrayList<>(lines);
        altered.set(6, lines.get(6).replace("\",\"", "\", \""));

        assertEquals(new Broken(7, "not in canonical form (keys sorted, no spaces)"),
                SessionLogVerifier.verify(writeLines("spaced.log", altered)));
    }

    @Test
    void anEmptyLineOrGarbageIsCaughtWhereItIs() throws Exception {
        List<String> blank = new ArrayList<>(lines);
        blank.add(9, "");
        List<String> garbage = new ArrayList<>(lines);
        garbage.add(9, "{\"seq\":10");

        assertEquals(new Broken(10, "empty line"), SessionLogVerifier.verify(writeLines("blank.log", blank)));
        assertBroken(10, SessionLogVerifier.verify(writeLines("garbage.log", garbage)));
    }

    @Test
    void anEmptyFileIsNotClosed() throws Exception {
        assertEquals(new NotClosed(0), SessionLogVerifier.verify(writeLines("empty.log", List.of())));
    }

    @Test
    void theCrossCheckNamesLogsThatAreNotTheTwoSidesOfOneSession() throws Exception {
        SampleSessionLogs.Pair other = SampleSessionLogs.write(Files.createDirectory(dir.resolve("other")),
                "555-other", Instant.parse("2026-03-02T09:00:00Z"), SampleSessionLogs.script());

        CrossCheck mixed = SessionLogVerifier.crossCheck(logs.technicianLog(), other.customerLog());
        assertEquals(List.of("the logs are of different sessions: 482-7f3c9a and 555-other",
                "the receipt in my log is not the final checkpoint of their log",
                "the receipt in their log is not the final checkpoint of my log"), mixed.problems());
        assertEquals(List.of("both logs are signed by the same key, so they are not the two sides of a session",
                        "the receipt in my log is not the final checkpoint of their log",
                        "the receipt in their log is not the final checkpoint of my log"),
                SessionLogVerifier.crossCheck(logs.technicianLog(), logs.technicianLog()).problems());
    }

    private ObjectNode forgedChat(int position) {
        String prev = position == 0 ? LogEvents.GENESIS : events.get(position - 1).get("hash").asText();
        return LogEvents.event(position + 1, Instant.parse("2026-03-01T09:10:00Z"), SampleSessionLogs.SESSION,
                "customer", LogEventTypes.CHAT, CanonicalJson.tree(Map.of("text", "You may delete my files.")), prev);
    }

    /** The event with its receipt replaced by a validly signed final checkpoint of {@code key}. */
    private static ObjectNode withReceipt(ObjectNode event, KeyPair key) {
        ObjectNode copy = event.deepCopy();
        Checkpoint fake = Checkpoint.sign(SampleSessionLogs.SESSION, 40, "cd".repeat(32), true, key);
        copy.set("details", CanonicalJson.tree(fake.toMap()));
        return copy;
    }

    private LogVerification verify(String name, List<ObjectNode> altered) throws Exception {
        Path file = dir.resolve(name);
        LogForger.write(file, altered);
        return SessionLogVerifier.verify(file);
    }

    private static void assertBroken(long line, LogVerification result) {
        Broken broken = assertInstanceOf(Broken.class, result, () -> "expected broken at line " + line + ", got " + result.describe());
        assertEquals(line, broken.lineNumber(), broken::describe);
    }

    /** Where the value of {@code field} starts in {@code line}; for details, its first string value or digit. */
    private static int valueOffset(String line, String field) {
        String key = "\"" + field + "\":";
        int start = line.indexOf(key) + key.length();
        if (field.equals("details")) {
            int text = line.indexOf("\":\"", start);
            int digit = IntStream.range(start, line.length()).filter(i -> Character.isDigit(line.charAt(i))).findFirst().orElse(-1);
            start = text >= 0 && text < line.indexOf("\"hash\":") ? text + 2 : digit;
        }
        if (line.charAt(start) == '"') {
            start++;
        }
        // A byte offset: everything before a value's first character here is ASCII except inside details.
        return line.substring(0, start).getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<byte[]> bytesOf(List<String> lines) {
        return new ArrayList<>(lines.stream().map(line -> line.getBytes(StandardCharsets.UTF_8)).toList());
    }

    private Path write(String name, List<byte[]> altered) throws Exception {
        Path file = dir.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            for (byte[] line : altered) {
                out.write(line);
                out.write('\n');
            }
        }
        return file;
    }

    private Path writeLines(String name, List<String> altered) throws Exception {
        return write(name, bytesOf(altered));
    }

}
