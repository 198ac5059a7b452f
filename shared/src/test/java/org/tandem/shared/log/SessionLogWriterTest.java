package org.tandem.shared.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.log.SampleSessionLogs.SteppingClock;

class SessionLogWriterTest {
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    private static final String SESSION = "482-abc";

    @TempDir
    Path dir;

    private final KeyPair key = SampleSessionLogs.newKey();

    private SessionLogWriter writer(Path file, int checkpointEvery) throws IOException {
        return SessionLogWriter.create(file, SESSION, "customer", key, checkpointEvery, new SteppingClock(START, Duration.ofSeconds(1)));
    }

    @Test
    void eventsComeBackAsTheyWereWritten() throws Exception {
        Path file = dir.resolve("s.log");
        LogEntry written;
        try (SessionLogWriter log = writer(file, 100)) {
            log.append("system", LogEventTypes.SESSION_CONNECTED, Map.of("customerName", "Zoë"));
            written = log.append("technician:Dana Scully", LogEventTypes.PLAN_CHANGED,
                    Map.of("steps", List.of(Map.of("title", "Restart", "status", "planned")), "version", 2));
        }

        List<LogEntry> read = LogReader.read(file);

        assertEquals(3, read.size(), "two events and the final checkpoint");
        assertEquals(written, read.get(1));
        assertEquals(2, written.seq());
        assertEquals(START.plusSeconds(1), written.time());
        assertEquals(SESSION, written.session());
        assertEquals("Dana Scully", written.technicianName());
        assertEquals(List.of(Map.of("status", "planned", "title", "Restart")), written.details().get("steps"));
        assertEquals("2", written.detail("version"));
        assertEquals(read.get(0).hash(), written.prev());
        assertEquals(LogEvents.GENESIS, read.get(0).prev());
        assertEquals("Zoë", read.get(0).detail("customerName"));
        assertInstanceOf(LogVerification.Intact.class, SessionLogVerifier.verify(file));
    }

    @Test
    void eachLineIsOnDiskBeforeAppendReturns() throws Exception {
        Path file = dir.resolve("s.log");
        CountingFileChannel[] channel = new CountingFileChannel[1];
        try (SessionLogWriter log = SessionLogWriter.create(file, SESSION, "customer", key, 100,
                new SteppingClock(START, Duration.ofSeconds(1)), path -> channel[0] = new CountingFileChannel(
                        FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.APPEND)))) {
            for (int i = 1; i <= 5; i++) {
                log.append("customer", LogEventTypes.CHAT, Map.of("text", "message " + i));

                assertEquals(i, channel[0].forces(), "one fsync per event");
                assertTrue(channel[0].allForced(), "nothing written after the last fsync");
                // Read through a stream of its own, as another process would.
                try (InputStream in = Files.newInputStream(file)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertEquals(i, text.lines().count());
                    assertTrue(text.endsWith("\n") && text.lines().reduce((a, b) -> b).orElseThrow().contains("message " + i), text);
                }
            }
        }
    }

    @Test
    void aSignedCheckpointFollowsEveryNEvents() throws Exception {
        Path file = dir.resolve("s.log");
        try (SessionLogWriter log = writer(file, 3)) {
            for (int i = 0; i < 7; i++) {
                log.append("customer", LogEventTypes.CHAT, Map.of("text", "m" + i));
            }
        }

        List<LogEntry> entries = LogReader.read(file);
        List<String> types = entries.stream().map(LogEntry::type).toList();
        assertEquals(List.of("chat", "chat", "chat", "checkpoint", "chat", "chat", "chat", "checkpoint", "chat", "checkpoint"), types);
        Checkpoint first = Checkpoint.fromMap(entries.get(3).details());
        assertEquals(3, first.upTo());
        assertEquals(entries.get(2).hash(), first.hash());
        assertFalse(first.isFinal());
        assertTrue(first.verify());
        assertTrue(first.isSignedBy(key.getPublic()));
        Checkpoint last = Checkpoint.fromMap(entries.get(9).details());
        assertTrue(last.isFinal());
        assertEquals(9, last.upTo());
        assertEquals("customer", entries.get(9).actor());
    }

    @Test
    void finishReturnsTheFinalCheckpointAndRefusesMoreEvents() throws Exception {
        Path file = dir.resolve("s.log");
        try (SessionLogWriter log = writer(file, 100)) {
            log.append("customer", LogEventTypes.SESSION_ENDED, Map.of());
            Checkpoint last = log.finish();

            assertTrue(last.isFinal() && last.verify());
            assertEquals(1, last.upTo());
            assertEquals(last, log.finish(), "finishing twice writes nothing more");
            assertEquals(Optional.of(last), log.finalCheckpoint());
            assertThrows(IllegalStateException.class, () -> log.append("customer", LogEventTypes.CHAT, Map.of()));
        }
        assertEquals(2, LogReader.read(file).size());
    }

    @Test
    void aReceiptStoredAfterFinishingIsCoveredByAnotherFinalCheckpoint() throws Exception {
        Path file = dir.resolve("s.log");
        Checkpoint theirs = Checkpoint.sign(SESSION, 40, "ab".repeat(32), true, SampleSessionLogs.newKey());
        try (SessionLogWriter log = writer(file, 100)) {
            log.append("customer", LogEventTypes.SESSION_ENDED, Map.of());
            log.finish();
            log.storeReceipt(theirs);
            assertThrows(IllegalStateException.class, () -> log.storeReceipt(theirs));
        }

        List<String> types = LogReader.read(file).stream().map(LogEntry::type).toList();
        assertEquals(List.of("session.ended", "checkpoint", "receipt", "checkpoint"), types);
        LogVerification result = SessionLogVerifier.verify(file);
        LogVerification.Intact intact = assertInstanceOf(LogVerification.Intact.class, result);
        assertEquals(Optional.of(theirs), intact.receipt());
        assertEquals(1, intact.finalCheckpoint().upTo(), "the final checkpoint is the one sent to the other side");
    }

    @Test
    void onlyAValidlySignedFinalCheckpointOfThisSessionIsAReceipt() throws Exception {
        KeyPair other = SampleSessionLogs.newKey();
        Checkpoint good = Checkpoint.sign(SESSION, 4, "ab".repeat(32), true, other);
        try (SessionLogWriter log = writer(dir.resolve("s.log"), 100)) {
            assertThrows(IllegalArgumentException.class,
                    () -> log.storeReceipt(Checkpoint.sign("other-session", 4, "ab".repeat(32), true, other)));
            assertThrows(IllegalArgumentException.class,
                    () -> log.storeReceipt(Checkpoint.sign(SESSION, 4, "ab".repeat(32), false, other)));
            assertThrows(IllegalArgumentException.class, () -> log.storeReceipt(new Checkpoint(
                    SESSION, 5, good.hash(), good.publicKey(), good.signature(), true)));
            log.storeReceipt(good);
        }
    }

    @Test
    void checkpointsAndReceiptsAreWrittenOnlyByTheLog() throws Exception {
        try (SessionLogWriter log = writer(dir.resolve("s.log"), 100)) {
            assertThrows(IllegalArgumentException.class, () -> log.append("customer", LogEventTypes.CHECKPOINT, Map.of()));
            assertThrows(IllegalArgumentException.class, () -> log.append("customer", LogEventTypes.RECEIPT, Map.of()));
            assertThrows(IllegalArgumentException.class, () -> log.append("the customer", LogEventTypes.CHAT, Map.of()));
            assertThrows(IllegalArgumentException.class, () -> log.append("technician:", LogEventTypes.CHAT, Map.of()));
        }
    }

    @Test
    void anExistingLogIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("s.log");
        Files.writeString(file, "earlier\n");

        assertThrows(FileAlreadyExistsException.class, () -> writer(file, 10));
        assertEquals("earlier\n", Files.readString(file));
    }

    @Test
    void aBouncyCastleKeySignsToo() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519", new BouncyCastleProvider());
        KeyPair bcKey = generator.generateKeyPair();
        Path file = dir.resolve("s.log");
        try (SessionLogWriter log = SessionLogWriter.create(file, SESSION, "technician:Dana", bcKey, 1,
                new SteppingClock(START, Duration.ofSeconds(1)))) {
            log.append("technician:Dana", LogEventTypes.CHAT, Map.of("text", "hi"));
        }

        assertEquals(new LogVerification.Intact(3, true, Checkpoint.fromMap(LogReader.read(file).get(2).details()), Optional.empty()),
                SessionLogVerifier.verify(file, Optional.of(bcKey.getPublic())));
    }

    @Test
    void aKeyPairThatDoesNotBelongTogetherIsRefusedAtOnce() {
        KeyPair mixed = new KeyPair(SampleSessionLogs.newKey().getPublic(), key.getPrivate());

        assertThrows(IllegalArgumentException.class, () -> SessionLogWriter.create(dir.resolve("s.log"), SESSION, "customer",
                mixed, 10, new SteppingClock(START, Duration.ofSeconds(1))));
    }
}
