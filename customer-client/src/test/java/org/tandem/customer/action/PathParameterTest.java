package org.tandem.customer.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathParameterTest {
    @TempDir
    Path dir;

    private Path real() throws Exception {
        return dir.toRealPath();
    }

    @Test
    void aRealFolderIsAccepted() throws Exception {
        PathParameter.Checked checked = PathParameter.check(real().toString(), false);
        assertTrue(checked.ok(), checked.problem());
        assertEquals(real(), checked.path());
    }

    @Test
    void aFolderThatDoesNotExistIsRefused() throws Exception {
        String missing = real().resolve("nope").toString();
        assertEquals("“" + missing + "” does not exist on this computer.", PathParameter.check(missing, false).problem());
    }

    @Test
    void dotDotLeadingOutsideIsRefused() throws Exception {
        Path inside = Files.createDirectory(real().resolve("inside"));
        String sneaky = inside + "/../../" + real().getFileName();
        String problem = PathParameter.check(sneaky, false).problem();
        assertTrue(problem.startsWith("“" + sneaky + "” leads to “"), problem);
        assertTrue(problem.contains("outside what it names"), problem);
    }

    @Test
    void aLinkLeadingElsewhereIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(real().resolve("etc-link"), Path.of("/etc"));
        assertEquals("“" + link + "” leads to “/etc”, outside what it names. Ask for “/etc” itself if that is what you "
                + "mean.", PathParameter.check(link.toString(), false).problem());
    }

    @Test
    void relativeBlankAndControlPathsAreRefused() {
        assertTrue(PathParameter.check("Downloads", false).problem().startsWith("“Downloads” is not a full path"));
        assertEquals("No folder was given.", PathParameter.check("  ", false).problem());
        assertEquals("No folder was given.", PathParameter.check(null, false).problem());
        assertTrue(PathParameter.check("/tmp/a\tb", false).problem().contains("control characters"));
        assertTrue(PathParameter.check("/" + "a".repeat(300), false).problem().contains("too long"));
    }

    @Test
    void aFileIsRefusedWhereAFolderIsAsked() throws Exception {
        Path file = Files.writeString(real().resolve("f.txt"), "x");
        assertEquals("“" + file + "” is a file, not a folder.", PathParameter.check(file.toString(), false).problem());
        assertTrue(PathParameter.check(file.toString(), true).ok());
    }

    @Test
    void severalPathsAreOneALine() throws Exception {
        Path a = Files.createDirectory(real().resolve("a"));
        Path b = Files.createDirectory(real().resolve("b"));
        List<PathParameter.Checked> checked = PathParameter.checkLines(a + "\n\n" + b + "\n", false, 8);
        assertEquals(List.of(a, b), checked.stream().map(PathParameter.Checked::path).toList());
        assertEquals("No folder was given.", PathParameter.checkLines("\n \n", false, 8).get(0).problem());
        assertEquals("At most 1 folder can be asked for at once.", PathParameter.checkLines(a + "\n" + b, false, 1).get(0).problem());
    }
}
