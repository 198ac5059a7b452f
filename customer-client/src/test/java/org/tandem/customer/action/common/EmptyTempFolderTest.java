package org.tandem.customer.action.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.customer.action.ActionReport;
import org.tandem.customer.action.CancellationToken;
import org.tandem.customer.action.Consent;
import org.tandem.customer.action.ProgressSink;
import org.tandem.shared.action.ActionResult.Outcome;

class EmptyTempFolderTest {
    private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");
    private static final FileTime OLD = FileTime.from(NOW.minus(Duration.ofDays(3)));

    @TempDir
    Path dir;
    private Path temp;
    private Path outside;
    private EmptyTempFolder action;
    private final List<Process> holders = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        temp = Files.createDirectory(dir.toRealPath().resolve("temp"));
        outside = Files.createDirectory(dir.toRealPath().resolve("outside"));
        UserPrincipal me = Files.getOwner(temp);
        action = new EmptyTempFolder(List.of(temp), Duration.ofDays(1), me, Clock.fixed(NOW, ZoneOffset.UTC),
                OpenFiles.ofThisSystem());
    }

    @AfterEach
    void stopHolders() {
        holders.forEach(Process::destroyForcibly);
    }

    /** Starts a real program that keeps {@code file} open, and waits until it has. */
    private void holdOpen(Path file) throws Exception {
        Process tail = new ProcessBuilder("tail", "-f", file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        holders.add(tail);
        Path descriptors = Path.of("/proc", Long.toString(tail.pid()), "fd");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !tail.isAlive() || holds(descriptors, file));
        if (!tail.isAlive()) {
            fail("tail did not open " + file);
        }
    }

    private static boolean holds(Path descriptors, Path file) {
        try (Stream<Path> open = Files.list(descriptors)) {
            return open.anyMatch(descriptor -> pointsTo(descriptor, file));
        } catch (IOException e) {
            return false; // not started yet
        }
    }

    private static boolean pointsTo(Path descriptor, Path file) {
        try {
            return Files.readSymbolicLink(descriptor).equals(file);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path old(Path path) throws Exception {
        Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).setTimes(OLD, null, null);
        return path;
    }

    @Test
    void oldFilesGoNewFilesStay() throws Exception {
        Path oldFile = old(Files.write(temp.resolve("old.bin"), new byte[2048]));
        Path newFile = Files.writeString(temp.resolve("new.txt"), "in use");
        Path nested = Files.createDirectories(temp.resolve("a/b"));
        Path oldNested = old(Files.writeString(nested.resolve("old.txt"), "x"));
        old(nested);
        old(nested.getParent());
        Path dotted = old(Files.writeString(temp.resolve(".X0-lock"), "x"));

        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, action.consentFor(Map.of("folder", temp.toString())));
        assertEquals("Delete 2 old files (2 KB) from “" + temp + "”", ask.what());
        assertTrue(Files.exists(oldFile), "asking deleted something");

        ActionReport report = ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertEquals(Outcome.SUCCEEDED, report.outcome());
        assertEquals("Deleted 2 files (2 KB) from “" + temp + "” and 2 empty folders.", report.summary());
        assertFalse(Files.exists(oldFile));
        assertFalse(Files.exists(oldNested));
        assertFalse(Files.exists(temp.resolve("a")));
        assertTrue(Files.exists(newFile));
        assertTrue(Files.exists(dotted), "a dot file at the top of the folder was deleted");
        assertTrue(Files.exists(temp));
    }

    @Test
    void aLinkIsDeletedNeverWhatItPointsTo() throws Exception {
        Path target = old(Files.writeString(outside.resolve("keep.txt"), "precious"));
        old(Files.createSymbolicLink(temp.resolve("link.txt"), target));
        Path folderLink = old(Files.createSymbolicLink(temp.resolve("folder-link"), outside));

        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, action.consentFor(Map.of("folder", temp.toString())));
        ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertFalse(Files.exists(temp.resolve("link.txt"), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.exists(folderLink, LinkOption.NOFOLLOW_LINKS));
        assertEquals("precious", Files.readString(target));
    }

    @Test
    void anyOtherFolderIsRefused() throws Exception {
        old(Files.writeString(outside.resolve("x"), "x"));
        Consent.Refuse refused = assertInstanceOf(Consent.Refuse.class,
                action.consentFor(Map.of("folder", outside.toString())));
        assertEquals("Tandem only empties “" + temp + "”; “" + outside + "” is not a temporary-files folder it may empty.",
                refused.reason());

        Consent.Refuse sneaky = assertInstanceOf(Consent.Refuse.class,
                action.consentFor(Map.of("folder", temp + "/../outside")));
        assertTrue(sneaky.reason().contains("outside what it names"), sneaky.reason());
        assertTrue(Files.exists(outside.resolve("x")));
    }

    @Test
    void nothingToDeleteIsSaidBeforeAsking() throws Exception {
        Files.writeString(temp.resolve("new.txt"), "x");
        Consent.Refuse refused = assertInstanceOf(Consent.Refuse.class, action.consentFor(Map.of("folder", temp.toString())));
        assertTrue(refused.reason().startsWith("There is nothing to delete in “" + temp + "”"), refused.reason());
    }

    @Test
    void aFileThatAppearsAfterConsentIsLeftAlone() throws Exception {
        Path listed = old(Files.writeString(temp.resolve("listed.txt"), "x"));
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, action.consentFor(Map.of("folder", temp.toString())));
        assertEquals("Delete 1 old file (1 byte) from “" + temp + "”", ask.what());
        Path later = old(Files.writeString(temp.resolve("later.txt"), "not agreed to"));
        Path laterNested = old(Files.writeString(Files.createDirectory(temp.resolve("later")).resolve("x.txt"), "x"));
        old(laterNested.getParent());

        ActionReport report = ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertEquals("Deleted 1 file (1 byte) from “" + temp + "”.", report.summary());
        assertFalse(Files.exists(listed));
        assertTrue(Files.exists(later), "a file the customer was not asked about was deleted");
        assertTrue(Files.exists(laterNested), "a file the customer was not asked about was deleted");
    }

    @Test
    void aFileReplacedOrChangedAfterConsentIsLeftAlone() throws Exception {
        Path replaced = old(Files.writeString(temp.resolve("replaced.txt"), "x"));
        Path touched = old(Files.writeString(temp.resolve("touched.txt"), "y"));
        Path kept = old(Files.writeString(temp.resolve("kept.txt"), "z"));
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, action.consentFor(Map.of("folder", temp.toString())));
        assertEquals("Delete 3 old files (3 bytes) from “" + temp + "”", ask.what());
        Files.delete(replaced);
        Files.writeString(replaced, "another file by the same name");
        Files.setLastModifiedTime(replaced, FileTime.from(NOW.minus(Duration.ofDays(5))));
        Files.setLastModifiedTime(touched, FileTime.from(NOW.minus(Duration.ofDays(2))));

        ActionReport report = ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertEquals("Deleted 1 file (1 byte) from “" + temp + "”. 2 files changed since you agreed were left alone.",
                report.summary());
        assertFalse(Files.exists(kept));
        assertEquals("another file by the same name", Files.readString(replaced));
        assertTrue(Files.exists(touched));
    }

    @Test
    void aFileAProgramHasOpenWhenAskedIsNotListed() throws Exception {
        assumeTrue(OpenFiles.ofThisSystem().canTell(), "this system cannot tell which files are open");
        Path open = old(Files.writeString(temp.resolve("open.log"), "a program writes here\n"));
        Path free = old(Files.writeString(temp.resolve("free.txt"), "x"));
        holdOpen(open);

        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, action.consentFor(Map.of("folder", temp.toString())));
        assertEquals("Delete 1 old file (1 byte) from “" + temp + "”", ask.what());
        assertTrue(ask.effect().contains("Files a program has open are left alone."), ask.effect());
        ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertTrue(Files.exists(open), "a file in use was deleted");
        assertFalse(Files.exists(free));
    }

    @Test
    void aFileAProgramOpenedAfterConsentSurvivesAndIsReported() throws Exception {
        assumeTrue(OpenFiles.ofThisSystem().canTell(), "this system cannot tell which files are open");
        Path open = old(Files.writeString(Files.createDirectory(temp.resolve("app")).resolve("open.log"), "log\n"));
        Path free = old(Files.writeString(temp.resolve("free.txt"), "x"));
        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, action.consentFor(Map.of("folder", temp.toString())));
        assertEquals("Delete 2 old files (5 bytes) from “" + temp + "”", ask.what());
        holdOpen(open);

        ActionReport report = ask.run().run(ProgressSink.NONE, new CancellationToken());

        assertEquals(Outcome.SUCCEEDED, report.outcome());
        assertEquals("Deleted 1 file (1 byte) from “" + temp + "”. 1 file in use was left alone.", report.summary());
        assertEquals(List.of("In use, left alone: " + open), report.lines());
        assertTrue(Files.exists(open), "a file in use was deleted");
        assertEquals("log\n", Files.readString(open));
        assertFalse(Files.exists(free));
    }

    @Test
    void whereTheSystemCannotTellNothingIsPromisedAboutFilesInUse() throws Exception {
        EmptyTempFolder blind = new EmptyTempFolder(List.of(temp), Duration.ofDays(1), Files.getOwner(temp),
                Clock.fixed(NOW, ZoneOffset.UTC), OpenFiles.UNKNOWN);
        old(Files.writeString(temp.resolve("old.txt"), "x"));

        Consent.Ask ask = assertInstanceOf(Consent.Ask.class, blind.consentFor(Map.of("folder", temp.toString())));

        assertFalse(ask.effect().contains("in use") || ask.effect().contains("open"), ask.effect());
    }

    @Test
    void theDescriptorNamesTheOnlyFolder() {
        assertTrue(action.descriptor().touches().contains("“" + temp + "” only"), action.descriptor().touches());
    }
}
