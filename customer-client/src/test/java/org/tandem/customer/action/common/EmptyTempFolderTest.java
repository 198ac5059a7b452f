package org.tandem.customer.action.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
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

    @BeforeEach
    void setUp() throws Exception {
        temp = Files.createDirectory(dir.toRealPath().resolve("temp"));
        outside = Files.createDirectory(dir.toRealPath().resolve("outside"));
        UserPrincipal me = Files.getOwner(temp);
        action = new EmptyTempFolder(List.of(temp), Duration.ofDays(1), me, Clock.fixed(NOW, ZoneOffset.UTC));
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
    void theDescriptorNamesTheOnlyFolder() {
        assertTrue(action.descriptor().touches().contains("“" + temp + "” only"), action.descriptor().touches());
    }
}
